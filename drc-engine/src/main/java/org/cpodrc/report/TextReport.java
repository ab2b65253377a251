package org.cpodrc.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpodrc.check.Metric;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.WaiverUse;

/**
 * The human report (default, on stdout): a header naming design and deck, then every rule in
 * deck order with its severity and count and each violation with its bounding box in µm and
 * measured against required value, then a metrics table per rule and metric name, then one
 * summary line. Measured and required values carry the check's unit (µm for lengths, µm² for
 * areas, plain for ratios and counts); the message states which.
 */
public final class TextReport implements ReportWriter {
    private final String toolVersion;

    public TextReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String defaultFileName() {
        return null;
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        double dbu = r.input().dbuUm();
        out.write("cpodrc " + toolVersion + ": " + r.input().file() + ", top " + r.input().top()
                + ", deck " + r.deck().name() + " (" + r.deck().source() + ")"
                + (r.deck().stack() != null ? ", stack " + r.deck().stack() : "") + "\n");
        Map<String, List<Integer>> byRule = new LinkedHashMap<>();
        for (int i = 0; i < r.violations().size(); i++) {
            byRule.computeIfAbsent(r.violations().get(i).rule(), k -> new ArrayList<>()).add(i);
        }
        for (RuleSummary s : r.rules()) {
            out.write("\n" + s.id() + "  " + s.severity().label() + "  " + s.check() + "  "
                    + (s.violations() == 0 ? "passed" : plural(s.violations(), "violation")) + "\n");
            if (s.description() != null && !s.description().isEmpty()) {
                out.write("  " + s.description() + "\n");
            }
            int n = 0;
            for (int i : byRule.getOrDefault(s.id(), List.of())) {
                Violation v = r.violations().get(i);
                out.write("  " + (++n) + ". [" + um(v.x1() * dbu) + ", " + um(v.y1() * dbu) + " .. "
                        + um(v.x2() * dbu) + ", " + um(v.y2() * dbu) + "] um  " + v.message().replace("\n", "\n     ")
                        + values(v) + mark(r, i) + "\n");
                for (org.cpodrc.check.Assembly.Spot spot : DieSpots.of(r, v)) {
                    out.write("     in " + DieSpots.line(spot) + "\n");
                }
            }
        }
        writeMetrics(r.metrics(), out);
        writeWaivers(r.waivers(), out);
        out.write("\n" + summary(r) + "\n");
    }

    private static String values(Violation v) {
        if (Double.isNaN(v.measuredUm()) && Double.isNaN(v.requiredUm())) {
            return "";
        }
        return "  (measured " + num(v.measuredUm()) + ", required " + num(v.requiredUm()) + ")";
    }

    /** Why a violation does not fail the gate, if it does not. */
    private static String mark(RunResult r, int i) {
        Disposition d = r.disposition(i);
        if (d.waived()) {
            return "  [waived: " + r.waivers().get(d.waiver()).source() + "]";
        }
        return d.baseline() ? "  [baseline]" : "";
    }

    private static void writeWaivers(List<WaiverUse> waivers, Writer out) throws IOException {
        if (waivers.isEmpty()) {
            return;
        }
        out.write("\nWaivers\n");
        for (WaiverUse w : waivers) {
            out.write("  " + w.source() + "  " + w.status().label() + "  " + w.rule()
                    + (w.cell() != null ? " in " + w.cell() : "") + "  matches " + w.matched()
                    + (w.expires() != null ? "  expires " + w.expires() : "") + "  owner " + w.owner() + "\n");
        }
    }

    private static void writeMetrics(List<Metric> metrics, Writer out) throws IOException {
        if (metrics.isEmpty()) {
            return;
        }
        out.write("\nMetrics\n");
        Map<String, List<Metric>> groups = new LinkedHashMap<>();
        for (Metric m : metrics) {
            groups.computeIfAbsent(m.rule() + "  " + m.name(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, List<Metric>> g : groups.entrySet()) {
            Set<String> columns = new LinkedHashSet<>();
            for (Metric m : g.getValue()) {
                columns.addAll(m.fields().keySet());
            }
            List<String> header = new ArrayList<>(columns);
            List<List<String>> rows = new ArrayList<>();
            for (Metric m : g.getValue()) {
                List<String> row = new ArrayList<>();
                for (String c : header) {
                    row.add(cell(m.fields().get(c)));
                }
                rows.add(row);
            }
            out.write("  " + g.getKey() + "\n");
            writeTable(header, rows, out);
        }
    }

    private static void writeTable(List<String> header, List<List<String>> rows, Writer out) throws IOException {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            StringBuilder b = new StringBuilder("   ");
            for (int c = 0; c < width.length; c++) {
                b.append(' ').append(pad(row.get(c), width[c]));
            }
            out.write(b.toString().stripTrailing() + "\n");
        }
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }

    private static String cell(Object v) {
        return MetricCell.format(v, "-", TextReport::num);
    }

    /** The closing line, also printed alone by {@code cpodrc check} when reports go to files. */
    public static String summary(RunResult r) {
        long errors = r.count(Severity.ERROR);
        long warnings = r.count(Severity.WARNING);
        long infos = r.count(Severity.INFO);
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info")
                + (r.waivedCount() > 0 ? " (" + r.waivedCount() + " waived)" : "")
                + (r.baselineCount() > 0 ? " (" + r.baselineCount() + " in baseline)" : "")
                + " in " + plural(r.rules().size(), "rule") + ": "
                + (r.passed() ? "PASSED" : "FAILED") + " (fail on " + r.failOn().label() + ")";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String um(double v) {
        return Numbers.format(v);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : Numbers.format(v);
    }
}
