package org.cpodrc.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Numbers;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.WaiverUse;

/**
 * JUnit XML in the Ant/Jenkins structure that Jenkins, GitLab and most CI servers show as test
 * results: one testsuite for the run, one testcase per deck rule. A rule's test fails when it has
 * violations that fail the gate (severity at or above {@code --fail-on}, not waived, not in the
 * baseline); the failure lists them. Violations that do not fail the gate are listed in the test
 * case's system-out, so nothing is hidden. No timestamps or host names: the same result gives
 * the same bytes. Each violation is one line: index, bbox in µm, message, measured and required.
 */
public final class JunitReport implements ReportWriter {
    /** Violations listed per rule and kind; a CI page with a million lines helps nobody, the JSON report has them all. */
    public static final int LINES_PER_RULE = 1000;
    private final String toolVersion;

    public JunitReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String defaultFileName() {
        return "cpodrc-junit.xml";
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        Map<String, List<Integer>> byRule = new LinkedHashMap<>();
        for (int i = 0; i < r.violations().size(); i++) {
            byRule.computeIfAbsent(r.violations().get(i).rule(), k -> new ArrayList<>()).add(i);
        }
        int failures = 0;
        for (RuleSummary s : r.rules()) {
            if (byRule.getOrDefault(s.id(), List.of()).stream().anyMatch(r::failing)) {
                failures++;
            }
        }
        String suite = "cpodrc " + r.deck().name() + ": " + r.input().file();
        int tests = r.rules().size();
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"cpodrc\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        out.write("  <testsuite name=\"" + Xml.attr(suite) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        out.write("    <properties>\n");
        property(out, "tool", "cpodrc " + toolVersion);
        property(out, "design", r.input().file());
        property(out, "top", r.input().top());
        property(out, "deck", r.deck().name());
        property(out, "deck_source", r.deck().source());
        property(out, "fail_on", r.failOn().label());
        property(out, "passed", Boolean.toString(r.passed()));
        for (WaiverUse w : r.waivers()) {
            property(out, "waiver " + w.source(), w.status().label() + ": " + w.rule() + ", matched " + w.matched()
                    + ", owner " + w.owner() + (w.expires() != null ? ", expires " + w.expires() : ""));
        }
        out.write("    </properties>\n");
        String classname = "cpodrc." + r.deck().name();
        for (RuleSummary s : r.rules()) {
            List<Integer> own = byRule.getOrDefault(s.id(), List.of());
            List<Integer> failing = own.stream().filter(r::failing).toList();
            List<Integer> other = own.stream().filter(i -> !r.failing(i)).toList();
            String name = s.id() + (s.description() == null || s.description().isBlank() ? "" : ": " + s.description());
            out.write("    <testcase name=\"" + Xml.attr(name) + "\" classname=\"" + Xml.attr(classname)
                    + "\" time=\"0\"");
            if (failing.isEmpty() && other.isEmpty()) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            if (!failing.isEmpty()) {
                out.write("      <failure message=\"" + Xml.attr(failing.size() + " " + s.severity().label()
                        + (failing.size() == 1 ? "" : "s") + " of " + s.check() + " rule " + s.id())
                        + "\" type=\"" + Xml.attr(s.severity().label()) + "\">");
                lines(r, failing, out);
                out.write("</failure>\n");
            }
            if (!other.isEmpty()) {
                out.write("      <system-out>");
                out.write(Xml.text("Not failing the gate:\n"));
                lines(r, other, out);
                out.write("</system-out>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
        out.write("</testsuites>\n");
    }

    private static void property(Writer out, String name, String value) throws IOException {
        out.write("      <property name=\"" + Xml.attr(name) + "\" value=\"" + Xml.attr(value) + "\"/>\n");
    }

    /** One escaped line per violation, written as it is made (escaping is per character, so per line is the same). */
    private static void lines(RunResult r, List<Integer> indexes, Writer out) throws IOException {
        double dbu = r.input().dbuUm();
        int n = 0;
        for (int i : indexes) {
            if (n == LINES_PER_RULE) {
                out.write(Xml.text("... and " + (indexes.size() - n) + " more (see the JSON report)\n"));
                break;
            }
            StringBuilder b = new StringBuilder();
            Violation v = r.violations().get(i);
            Disposition d = r.disposition(i);
            b.append(++n).append(". [").append(Numbers.format(v.x1() * dbu)).append(", ")
                    .append(Numbers.format(v.y1() * dbu)).append(" .. ").append(Numbers.format(v.x2() * dbu))
                    .append(", ").append(Numbers.format(v.y2() * dbu)).append("] um in ").append(v.cell())
                    .append(": ").append(v.message());
            if (Double.isFinite(v.measuredUm()) || Double.isFinite(v.requiredUm())) {
                b.append(" (measured ").append(num(v.measuredUm())).append(", required ")
                        .append(num(v.requiredUm())).append(')');
            }
            if (d.waived()) {
                WaiverUse w = r.waivers().get(d.waiver());
                b.append(" [waived by ").append(w.source()).append(": ").append(w.reason()).append(']');
            } else if (d.baseline()) {
                b.append(" [in baseline]");
            }
            b.append('\n');
            out.write(Xml.text(b.toString()));
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "n/a";
    }
}
