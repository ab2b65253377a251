package org.cpodrc.decktest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Rule;

/**
 * Per rule of the deck, how many cases expect it clean (passing cases) and how many expect
 * violations of it (failing cases), whether or not those cases pass.
 *
 * @param passing per rule id in deck order: cases expecting it clean
 * @param failing per rule id in deck order: cases expecting violations of it
 */
public record Coverage(Map<String, Integer> passing, Map<String, Integer> failing) {

    static Coverage of(DeckTestResult r) {
        Map<String, Integer> pass = new LinkedHashMap<>();
        Map<String, Integer> fail = new LinkedHashMap<>();
        for (Rule rule : r.deck().rules()) {
            pass.put(rule.id(), 0);
            fail.put(rule.id(), 0);
        }
        for (CaseResult c : r.cases()) {
            for (RuleCheck k : c.checks()) {
                (k.expected().clean() ? pass : fail).merge(k.rule(), 1, Integer::sum);
            }
        }
        return new Coverage(pass, fail);
    }

    /** Rules no case expects to report a violation. */
    public List<String> withoutFailingCase() {
        return zero(failing);
    }

    /** Rules no case expects to be clean. */
    public List<String> withoutPassingCase() {
        return zero(passing);
    }

    public boolean complete() {
        return withoutFailingCase().isEmpty() && withoutPassingCase().isEmpty();
    }

    private static List<String> zero(Map<String, Integer> m) {
        List<String> out = new ArrayList<>();
        m.forEach((k, v) -> {
            if (v == 0) {
                out.add(k);
            }
        });
        return out;
    }
}
