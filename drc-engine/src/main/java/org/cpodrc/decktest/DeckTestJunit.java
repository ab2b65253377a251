package org.cpodrc.decktest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.report.Xml;

/**
 * Deck test results as JUnit XML for CI: one testsuite per test file, one testcase per case
 * (classname {@code cpodrc.decktest.DECK}), a failure listing each failing rule's expected and
 * actual markers; a last testsuite "coverage" has one testcase per deck rule that fails when the
 * rule lacks a passing or a failing case and {@code failUncovered} is set (skipped otherwise).
 */
public final class DeckTestJunit {
    private DeckTestJunit() {
    }

    public static void write(DeckTestResult r, boolean failUncovered, Writer out) throws IOException {
        Map<String, List<CaseResult>> byFile = new LinkedHashMap<>();
        for (CaseResult c : r.cases()) {
            byFile.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c);
        }
        Coverage cov = r.coverage();
        List<String> uncovered = new ArrayList<>();
        for (String id : cov.passing().keySet()) {
            if (cov.passing().get(id) == 0 || cov.failing().get(id) == 0) {
                uncovered.add(id);
            }
        }
        int covFailures = failUncovered ? uncovered.size() : 0;
        int covSkipped = failUncovered ? 0 : uncovered.size();
        int tests = r.cases().size() + cov.passing().size();
        long failures = r.failedCases() + covFailures;
        String classname = "cpodrc.decktest." + r.deck().name();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"cpodrc deck test " + Xml.attr(r.deck().name()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + covSkipped + "\" time=\"0\">\n");
        for (Map.Entry<String, List<CaseResult>> f : byFile.entrySet()) {
            long failed = f.getValue().stream().filter(c -> !c.passed()).count();
            out.write("  <testsuite name=\"" + Xml.attr(f.getKey()) + "\" tests=\"" + f.getValue().size()
                    + "\" failures=\"" + failed + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
            out.write("    <properties>\n");
            property(out, "deck", r.deck().name());
            property(out, "deck_source", r.deck().source());
            out.write("    </properties>\n");
            for (CaseResult c : f.getValue()) {
                out.write("    <testcase name=\"" + Xml.attr(c.testCase().name()) + "\" classname=\""
                        + Xml.attr(classname) + "\" time=\"0\" assertions=\"" + c.checks().size() + "\"");
                if (c.passed()) {
                    out.write("/>\n");
                    continue;
                }
                List<RuleCheck> bad = c.checks().stream().filter(k -> !k.passed()).toList();
                StringBuilder text = new StringBuilder();
                for (RuleCheck k : bad) {
                    text.append(DeckTestText.failure(c, k));
                }
                out.write(">\n      <failure message=\"" + Xml.attr(String.join(", ",
                        bad.stream().map(RuleCheck::rule).toList()) + " not as expected") + "\" type=\"decktest\">");
                out.write(Xml.text(text.toString()));
                out.write("</failure>\n    </testcase>\n");
            }
            out.write("  </testsuite>\n");
        }
        out.write("  <testsuite name=\"coverage\" tests=\"" + cov.passing().size() + "\" failures=\"" + covFailures
                + "\" errors=\"0\" skipped=\"" + covSkipped + "\" time=\"0\">\n");
        for (String id : cov.passing().keySet()) {
            out.write("    <testcase name=\"" + Xml.attr(id) + "\" classname=\"" + Xml.attr(classname + ".coverage")
                    + "\" time=\"0\"");
            if (!uncovered.contains(id)) {
                out.write("/>\n");
                continue;
            }
            String why = id + ": " + cov.passing().get(id) + " passing, " + cov.failing().get(id) + " failing cases";
            out.write(">\n");
            if (failUncovered) {
                out.write("      <failure message=\"" + Xml.attr(why) + "\" type=\"coverage\"/>\n");
            } else {
                out.write("      <skipped message=\"" + Xml.attr(why) + "\"/>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
    }

    private static void property(Writer out, String name, String value) throws IOException {
        out.write("      <property name=\"" + Xml.attr(name) + "\" value=\"" + Xml.attr(value) + "\"/>\n");
    }
}
