package org.cpodrc.check;

/**
 * A violation message kept unrendered: one object shared by many violations of a rule (the
 * message template and what it needs), rendered from each violation's own values only when a
 * report, a waiver or a test asks for {@link Violation#message()}. Must be a pure function of the
 * violation's fields, so that every rendering gives the same text.
 */
@FunctionalInterface
public interface ViolationText {
    String render(Violation v);
}
