package org.cpodrc.engine;

import java.util.List;

import org.cpodrc.check.Metric;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.deck.Deck;

/**
 * The outcome of running a deck: rules in deck order, violations sorted (deck order of their
 * rule, then bounding box x1, y1, x2, y2, then message and values), metrics in deck order of
 * their rule and, within a rule, in the order the check produced them. The same input gives the
 * same result for every thread count.
 *
 * @param failOn the lowest severity that fails the gate ({@code --fail-on}); ERROR by default
 */
public record RunResult(Deck deck, InputInfo input, List<RuleSummary> rules, List<Violation> violations,
                        List<Metric> metrics, Severity failOn) {
    public RunResult {
        rules = List.copyOf(rules);
        violations = List.copyOf(violations);
        metrics = List.copyOf(metrics);
    }

    public long count(Severity s) {
        return violations.stream().filter(v -> v.severity() == s).count();
    }

    /** Whether a violation of this severity fails the gate. */
    public boolean fails(Severity s) {
        return s.ordinal() <= failOn.ordinal();
    }

    /** True when no violation fails the gate. */
    public boolean passed() {
        return violations.stream().noneMatch(v -> fails(v.severity()));
    }
}
