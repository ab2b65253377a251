/**
 * Runs a deck over a design: {@link org.cpodrc.engine.DrcEngine} evaluates each layer and derived
 * layer once (memoised futures shared by the rule threads), runs the rules in parallel and
 * returns a {@link org.cpodrc.engine.RunResult} that is the same for every thread count.
 *
 * <p>Decisions users see: rules keep deck order in every report; violations within a rule are
 * sorted by bounding box (x1, y1, x2, y2) then message and values; metrics keep the order their
 * check produced them. A check's {@link org.cpodrc.InputException} stays an input error (exit 3)
 * reading "DECK: rule ID: message"; anything else it throws is an internal error (exit 4) naming
 * the rule and check. Message templates are rendered here, after the check ran.
 */
package org.cpodrc.engine;
