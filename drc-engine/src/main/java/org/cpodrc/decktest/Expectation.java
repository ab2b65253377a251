package org.cpodrc.decktest;

import java.util.List;

/**
 * What one case expects of one rule: {@code clean}, a number of violations, or the markers.
 *
 * @param count   the number of violations expected (markers.size() when markers are given)
 * @param markers the expected markers; empty unless written as a list
 * @param where   FILE:LINE:COL of the expectation, for failure messages
 */
public record Expectation(int count, List<ExpectedMarker> markers, String where) {
    public Expectation {
        markers = List.copyOf(markers);
    }

    /** Whether this expects the rule to report nothing (a passing case for it). */
    public boolean clean() {
        return count == 0;
    }

    public boolean hasMarkers() {
        return !markers.isEmpty();
    }

    /** As failure messages print it. */
    public String describe() {
        if (clean()) {
            return "clean";
        }
        return count + (count == 1 ? " violation" : " violations");
    }
}
