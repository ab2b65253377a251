package org.cpodrc.decktest;

import java.util.List;

/** The outcome of one case: one check per rule it names, in file order. */
public record CaseResult(String file, TestCase testCase, List<RuleCheck> checks) {
    public CaseResult {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(RuleCheck::passed);
    }
}
