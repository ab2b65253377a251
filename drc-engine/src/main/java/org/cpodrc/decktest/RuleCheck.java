package org.cpodrc.decktest;

import java.util.List;

import org.cpodrc.check.Violation;

/**
 * One expectation of one case held against what the rule reported.
 *
 * @param actual the rule's violations on the case's layout (coordinates in dbu of dbuUm)
 */
public record RuleCheck(String rule, Expectation expected, List<Violation> actual, double dbuUm, boolean passed) {
    public RuleCheck {
        actual = List.copyOf(actual);
    }

    /** Holds the expectation against the reported violations. */
    static RuleCheck of(String rule, Expectation e, List<Violation> actual, double dbuUm) {
        boolean ok = actual.size() == e.count();
        if (ok && e.hasMarkers()) {
            boolean[] used = new boolean[actual.size()];
            for (ExpectedMarker m : e.markers()) {
                int hit = -1;
                for (int i = 0; i < actual.size() && hit < 0; i++) {
                    if (!used[i] && m.matches(actual.get(i), dbuUm)) {
                        hit = i;
                    }
                }
                if (hit < 0) {
                    ok = false;
                    break;
                }
                used[hit] = true;
            }
        }
        return new RuleCheck(rule, e, actual, dbuUm, ok);
    }
}
