package org.cpodrc.engine;

/**
 * What was checked, as reports name it.
 *
 * @param file  the design file as the user gave it (not made absolute, so reports do not depend on the machine)
 * @param top   the top cell checked
 * @param dbuUm database unit in micrometres
 */
public record InputInfo(String file, String top, double dbuUm) {
}
