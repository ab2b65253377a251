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
 * same result for every thread count. {@code dispositions} runs parallel to {@code violations}:
 * whether each is waived or known from a baseline; {@code waivers} lists the waiver file's
 * entries with their status.
 *
 * @param failOn the lowest severity that fails the gate ({@code --fail-on}); ERROR by default
 */
public record RunResult(Deck deck, InputInfo input, List<RuleSummary> rules, List<Violation> violations,
                        List<Metric> metrics, Severity failOn, List<Disposition> dispositions,
                        List<WaiverUse> waivers) {
    public RunResult {
        rules = List.copyOf(rules);
        violations = List.copyOf(violations);
        metrics = List.copyOf(metrics);
        dispositions = List.copyOf(dispositions);
        waivers = List.copyOf(waivers);
        if (dispositions.size() != violations.size()) {
            throw new IllegalArgumentException("one disposition per violation: " + dispositions.size()
                    + " for " + violations.size());
        }
    }

    /** A result before waivers and baseline: every violation open. */
    public RunResult(Deck deck, InputInfo input, List<RuleSummary> rules, List<Violation> violations,
                     List<Metric> metrics, Severity failOn) {
        this(deck, input, rules, violations, metrics, failOn,
                java.util.Collections.nCopies(violations.size(), Disposition.OPEN), List.of());
    }

    /** The same result with the gate's view of each violation (parallel to {@link #violations()}) and the waivers. */
    public RunResult withReview(List<Disposition> dispositions, List<WaiverUse> waivers) {
        return new RunResult(deck, input, rules, violations, metrics, failOn, dispositions, waivers);
    }

    public Disposition disposition(int violationIndex) {
        return dispositions.get(violationIndex);
    }

    /** Violations of this severity that are not waived (baseline ones included: they are still there). */
    public long count(Severity s) {
        long n = 0;
        for (int i = 0; i < violations.size(); i++) {
            if (violations.get(i).severity() == s && !dispositions.get(i).waived()) {
                n++;
            }
        }
        return n;
    }

    public long waivedCount() {
        return dispositions.stream().filter(Disposition::waived).count();
    }

    /** Violations already in the baseline report and not waived. */
    public long baselineCount() {
        return dispositions.stream().filter(d -> d.baseline() && !d.waived()).count();
    }

    /** Whether violation i fails the gate: its severity fails and it is neither waived nor in the baseline. */
    public boolean failing(int i) {
        return fails(violations.get(i).severity()) && dispositions.get(i).counts();
    }

    /** Whether a violation of this severity fails the gate. */
    public boolean fails(Severity s) {
        return s.ordinal() <= failOn.ordinal();
    }

    /** True when no violation fails the gate (waived and baseline violations do not). */
    public boolean passed() {
        for (int i = 0; i < violations.size(); i++) {
            if (failing(i)) {
                return false;
            }
        }
        return true;
    }
}
