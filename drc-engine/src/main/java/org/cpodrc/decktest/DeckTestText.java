package org.cpodrc.decktest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Violation;

/**
 * The text {@code cpodrc deck test} prints: each failing expectation (case, rule, expected and
 * actual markers), a summary line, then the coverage table and the rules missing a passing or a
 * failing case. Pure text, so the watcher can compare two runs line by line.
 */
public final class DeckTestText {
    private DeckTestText() {
    }

    /** The failures, one block each: "FAIL FILE:LINE:COL case 'NAME': RULE" and what differs. */
    public static List<String> failures(DeckTestResult r) {
        List<String> out = new ArrayList<>();
        for (CaseResult c : r.cases()) {
            for (RuleCheck k : c.checks()) {
                if (!k.passed()) {
                    out.add(failure(c, k));
                }
            }
        }
        return out;
    }

    static String failure(CaseResult c, RuleCheck k) {
        StringBuilder b = new StringBuilder();
        b.append("FAIL ").append(k.expected().where()).append(": case '").append(c.testCase().name())
                .append("': ").append(k.rule()).append('\n');
        b.append("  expected: ").append(k.expected().describe()).append('\n');
        for (ExpectedMarker m : k.expected().markers()) {
            b.append("    ").append(m).append(" +- ").append(Markers.num(m.tolerance())).append('\n');
        }
        b.append("  actual:   ").append(k.actual().isEmpty() ? "clean" : k.actual().size()
                + (k.actual().size() == 1 ? " violation" : " violations")).append('\n');
        for (Violation v : k.actual()) {
            b.append("    ").append(Markers.of(v, k.dbuUm())).append("  ").append(v.message()).append('\n');
        }
        return b.toString();
    }

    public static String summary(DeckTestResult r) {
        long checks = r.cases().stream().mapToLong(c -> c.checks().size()).sum();
        long failed = r.cases().stream().flatMap(c -> c.checks().stream()).filter(k -> !k.passed()).count();
        return r.cases().size() + (r.cases().size() == 1 ? " case, " : " cases, ") + checks + " expectations: "
                + (checks - failed) + " passed, " + failed + " failed" + (r.passed() ? "" : " (" + r.failedCases()
                + " failing " + (r.failedCases() == 1 ? "case" : "cases") + ")");
    }

    /** The coverage table: per rule the number of passing and failing cases, then what is missing. */
    public static String coverage(DeckTestResult r) {
        Coverage cov = r.coverage();
        int width = Math.max(4, cov.passing().keySet().stream().mapToInt(String::length).max().orElse(4));
        StringBuilder b = new StringBuilder();
        b.append("Coverage of deck ").append(r.deck().name()).append(" (").append(cov.passing().size())
                .append(cov.passing().size() == 1 ? " rule" : " rules").append("): cases expecting each rule clean"
                        + " (pass) and violated (fail)\n");
        b.append(String.format("  %-" + width + "s  %4s  %4s%n", "rule", "pass", "fail"));
        for (Map.Entry<String, Integer> e : cov.passing().entrySet()) {
            b.append(String.format("  %-" + width + "s  %4d  %4d%n", e.getKey(), e.getValue(),
                    cov.failing().get(e.getKey())));
        }
        b.append("rules with no failing case: ").append(list(cov.withoutFailingCase())).append('\n');
        b.append("rules with no passing case: ").append(list(cov.withoutPassingCase())).append('\n');
        return b.toString();
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
