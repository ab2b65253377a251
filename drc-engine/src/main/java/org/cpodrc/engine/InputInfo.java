package org.cpodrc.engine;

import org.cpodrc.check.Assembly;

/**
 * What was checked, as reports name it.
 *
 * @param file     the design file as the user gave it (not made absolute, so reports do not depend on the machine)
 * @param top      the top cell checked
 * @param dbuUm    database unit in micrometres
 * @param assembly the placed dies when the design is a stack file, else null; reports then add,
 *                 per violation, the dies it touches with die-local boxes (STACK-SPEC §4)
 */
public record InputInfo(String file, String top, double dbuUm, Assembly assembly) {
    public InputInfo(String file, String top, double dbuUm) {
        this(file, top, dbuUm, null);
    }
}
