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
import org.cpodrc.engine.LayerView;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.WaiverUse;

/**
 * One self-contained HTML page (no scripts, no external resources, so it opens from a CI
 * artifact store as is): summary, an {@link OverviewPicture} of the whole design with every
 * listed violation linked to its table row, a table of rules, per rule a table of every violation and, for
 * the first {@link #PICTURES_PER_RULE}, an inline SVG of its neighbourhood (the rule's layers in
 * distinct colours, the marker in red), the metrics table and the waivers. Every picture has a
 * scale bar. Every text from the design, deck or waiver file is escaped.
 */
public final class HtmlReport implements ReportWriter {
    /** Pictures per rule; more would make the page slow to open for a rule with thousands of hits. */
    public static final int PICTURES_PER_RULE = 50;
    /** Table rows per rule; the JSON and SARIF reports list every violation. */
    public static final int ROWS_PER_RULE = 1000;
    /** Sparse layers drawn in the overview: those of failing rules with at most this many shapes (die outlines, lids). */
    static final int OVERVIEW_MAX_SHAPES = 64;
    static final int OVERVIEW_MAX_LAYERS = 6;
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
            th{background:#f0f0f0}.num{text-align:right;font-variant-numeric:tabular-nums}
            .passed{color:#1a7f37;font-weight:bold}.failed{color:#c62828;font-weight:bold}
            .error{color:#c62828}.warning{color:#b26a00}.info{color:#1f5fa0}.muted{color:#777}
            figure{display:inline-block;margin:.4em;padding:.3em;border:1px solid #ddd;vertical-align:top;max-width:380px}
            figcaption{font-size:.8em;max-width:360px;overflow-wrap:anywhere}
            .legend span{display:inline-block;width:.8em;height:.8em;margin:0 .2em 0 .6em;vertical-align:middle}
            """ + OverviewPicture.css();

    private final String toolVersion;
    private final LayerView view;

    public HtmlReport(String toolVersion) {
        this(toolVersion, LayerView.NONE);
    }

    public HtmlReport(String toolVersion, LayerView view) {
        this.toolVersion = toolVersion;
        this.view = view;
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String defaultFileName() {
        return "cpodrc-report.html";
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        String title = "cpodrc: " + r.input().file() + " (" + r.deck().name() + ")";
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + esc(title) + "</h1>\n");
        summary(r, out);
        Map<String, List<Integer>> byRule = new LinkedHashMap<>();
        for (int i = 0; i < r.violations().size(); i++) {
            byRule.computeIfAbsent(r.violations().get(i).rule(), k -> new ArrayList<>()).add(i);
        }
        overview(r, byRule, out);
        rulesTable(r, byRule, out);
        SvgPicture pictures = new SvgPicture(view, r.input().dbuUm());
        int n = 0;
        for (RuleSummary s : r.rules()) {
            ruleSection(r, s, byRule.getOrDefault(s.id(), List.of()), n++, pictures, out);
        }
        metrics(r.metrics(), out);
        waivers(r.waivers(), out);
        out.write("<p class=\"muted\">cpodrc " + esc(toolVersion) + "</p>\n</body>\n</html>\n");
    }

    private static void summary(RunResult r, Writer out) throws IOException {
        out.write("<table>\n");
        row(out, "Design", esc(r.input().file()) + ", top cell " + esc(r.input().top()) + ", database unit "
                + esc(Numbers.format(r.input().dbuUm())) + " µm");
        row(out, "Deck", esc(r.deck().name()) + " (" + esc(r.deck().source()) + ")"
                + (r.deck().stack() != null ? ", stack " + esc(r.deck().stack()) : ""));
        row(out, "Result", (r.passed() ? "<span class=\"passed\">PASSED</span>" : "<span class=\"failed\">FAILED</span>")
                + " (fail on " + esc(r.failOn().label()) + ")");
        row(out, "Violations", r.count(Severity.ERROR) + " errors, " + r.count(Severity.WARNING) + " warnings, "
                + r.count(Severity.INFO) + " infos; " + r.waivedCount() + " waived, " + r.baselineCount()
                + " in baseline; " + r.rules().size() + " rules");
        out.write("</table>\n");
    }

    private static void row(Writer out, String head, String html) throws IOException {
        out.write("<tr><th>" + esc(head) + "</th><td>" + html + "</td></tr>\n");
    }

    private static void rulesTable(RunResult r, Map<String, List<Integer>> byRule, Writer out) throws IOException {
        out.write("<h2>Rules</h2>\n<table>\n<tr><th>Rule</th><th>Check</th><th>Severity</th><th>Violations</th>"
                + "<th>Failing</th><th>Description</th></tr>\n");
        int n = 0;
        for (RuleSummary s : r.rules()) {
            List<Integer> own = byRule.getOrDefault(s.id(), List.of());
            long failing = own.stream().filter(r::failing).count();
            out.write("<tr><td><a href=\"#rule-" + n++ + "\">" + esc(s.id()) + "</a></td><td>" + esc(s.check())
                    + "</td><td class=\"" + s.severity().label() + "\">" + esc(s.severity().label())
                    + "</td><td class=\"num\">" + own.size() + "</td><td class=\"num\">" + failing + "</td><td>"
                    + esc(s.description()) + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private void ruleSection(RunResult r, RuleSummary s, List<Integer> own, int n, SvgPicture pictures, Writer out)
            throws IOException {
        out.write("<section id=\"rule-" + n + "\">\n<h2>" + esc(s.id()) + " <span class=\"" + s.severity().label()
                + "\">" + esc(s.severity().label()) + "</span></h2>\n");
        out.write("<p>" + esc(s.description()) + " <span class=\"muted\">(" + esc(s.check()) + ")</span></p>\n");
        if (own.isEmpty()) {
            out.write("<p class=\"passed\">passed</p>\n</section>\n");
            return;
        }
        double dbu = r.input().dbuUm();
        out.write("<table>\n<tr><th>#</th><th>bbox (µm)</th><th>Message</th><th>Measured</th><th>Required</th>"
                + "<th>Cell</th><th>Status</th></tr>\n");
        int k = 0;
        for (int i : own) {
            if (k == ROWS_PER_RULE) {
                break;
            }
            Violation v = r.violations().get(i);
            out.write("<tr id=\"" + rowId(n, ++k) + "\"><td class=\"num\">" + k + "</td><td>" + esc(bbox(v, dbu)) + "</td><td>"
                    + esc(v.message()) + dieLines(r, v) + "</td><td class=\"num\">" + esc(num(v.measuredUm())) + "</td><td class=\"num\">"
                    + esc(num(v.requiredUm())) + "</td><td>" + esc(v.cell()) + "</td><td>" + esc(status(r, i))
                    + "</td></tr>\n");
        }
        out.write("</table>\n");
        if (own.size() > ROWS_PER_RULE) {
            out.write("<p class=\"muted\">The first " + ROWS_PER_RULE + " of " + own.size()
                    + " violations; the JSON and SARIF reports list all of them.</p>\n");
        }
        List<String> layers = view.layersOf(s.id());
        if (!layers.isEmpty()) {
            out.write("<p class=\"legend\">Layers:");
            for (int l = 0; l < layers.size(); l++) {
                out.write("<span style=\"background:" + SvgPicture.colour(l) + "\"></span>" + esc(layers.get(l)));
            }
            out.write("<span style=\"background:" + SvgPicture.MARKER + "\"></span>violation marker</p>\n");
        }
        k = 0;
        for (int i : own) {
            if (k == PICTURES_PER_RULE) {
                break;
            }
            Violation v = r.violations().get(i);
            out.write("<figure>" + pictures.draw(v, layers) + "<figcaption>" + (++k) + ". " + esc(bbox(v, dbu))
                    + " µm: " + esc(v.message()) + "</figcaption></figure>\n");
        }
        if (own.size() > PICTURES_PER_RULE) {
            out.write("<p class=\"muted\">Pictures of the first " + PICTURES_PER_RULE + " of " + own.size()
                    + " violations.</p>\n");
        }
        out.write("</section>\n");
    }

    /** The anchor of the k-th row (from 1) of the n-th rule's table, the overview's link target. */
    static String rowId(int rule, int k) {
        return "v-" + rule + "-" + k;
    }

    /**
     * The overview: the design extent, the view's outlines (a stack's dies), the sparse layers of
     * failing rules, and the violations listed in the tables, each linking to its row.
     */
    private void overview(RunResult r, Map<String, List<Integer>> byRule, Writer out) throws IOException {
        List<OverviewPicture.Marker> markers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int n = 0;
        for (RuleSummary s : r.rules()) {
            List<Integer> own = byRule.getOrDefault(s.id(), List.of());
            for (int k = 0; k < own.size() && k < ROWS_PER_RULE; k++) {
                Violation v = r.violations().get(own.get(k));
                markers.add(new OverviewPicture.Marker(v.x1(), v.y1(), v.x2(), v.y2(), "#" + rowId(n, k + 1),
                        s.id() + " " + (k + 1) + ": " + v.message()));
            }
            if (!own.isEmpty()) {
                view.layersOf(s.id()).stream().filter(l -> !names.contains(l)).forEach(names::add);
            }
            n++;
        }
        List<OverviewPicture.Layer> layers = new ArrayList<>();
        for (String name : names) {
            List<org.locationtech.jts.geom.Polygon> ps = view.layer(name).polygons();
            if (!ps.isEmpty() && ps.size() <= OVERVIEW_MAX_SHAPES && layers.size() < OVERVIEW_MAX_LAYERS) {
                layers.add(new OverviewPicture.Layer(name, SvgPicture.colour(layers.size()), ps));
            }
        }
        List<org.cpodrc.engine.LayerView.Outline> outlines = view.outlines();
        org.locationtech.jts.geom.Envelope extent = view.extent();
        org.locationtech.jts.geom.Envelope frame = OverviewPicture.frame(extent, outlines, layers, markers);
        if (frame.isNull()) {
            return;
        }
        out.write("<section id=\"overview\">\n<h2>Overview</h2>\n<p class=\"legend\">");
        if (!extent.isNull()) {
            out.write("<span class=\"sw extent\"></span>design extent");
        }
        for (org.cpodrc.engine.LayerView.Outline o : outlines) {
            out.write("<span class=\"sw " + esc(o.style()) + "\"></span>" + esc(o.label()));
        }
        for (OverviewPicture.Layer l : layers) {
            out.write("<span style=\"background:" + l.colour() + "\"></span>" + esc(l.name()));
        }
        out.write("<span style=\"background:" + SvgPicture.MARKER + "\"></span>violation marker</p>\n");
        out.write("<figure class=\"overview\">" + OverviewPicture.draw(extent, frame, outlines, layers, markers,
                r.input().dbuUm()) + "<figcaption>" + markers.size() + (markers.size() == 1 ? " violation" : " violations")
                + (markers.size() < r.violations().size() ? " (those listed in the tables below)" : "")
                + "; click a marker to go to its row.</figcaption></figure>\n</section>\n");
    }

    private static String status(RunResult r, int i) {
        Disposition d = r.disposition(i);
        if (d.waived()) {
            WaiverUse w = r.waivers().get(d.waiver());
            return "waived (" + w.source() + ", " + w.owner() + "): " + w.reason();
        }
        if (d.baseline()) {
            return "in baseline";
        }
        return r.failing(i) ? "failing" : "not failing";
    }

    private static void metrics(List<Metric> metrics, Writer out) throws IOException {
        if (metrics.isEmpty()) {
            return;
        }
        out.write("<h2>Metrics</h2>\n");
        Map<String, List<Metric>> groups = new LinkedHashMap<>();
        for (Metric m : metrics) {
            groups.computeIfAbsent(m.rule() + " " + m.name(), key -> new ArrayList<>()).add(m);
        }
        for (List<Metric> group : groups.values()) {
            Set<String> columns = new LinkedHashSet<>();
            group.forEach(m -> columns.addAll(m.fields().keySet()));
            out.write("<h3>" + esc(group.get(0).rule()) + ": " + esc(group.get(0).name()) + "</h3>\n<table>\n<tr>");
            for (String c : columns) {
                out.write("<th>" + esc(c) + "</th>");
            }
            out.write("</tr>\n");
            for (Metric m : group) {
                out.write("<tr>");
                for (String c : columns) {
                    Object v = m.fields().get(c);
                    out.write("<td" + (v instanceof Number ? " class=\"num\"" : "") + ">" + esc(cell(v)) + "</td>");
                }
                out.write("</tr>\n");
            }
            out.write("</table>\n");
        }
    }

    private static void waivers(List<WaiverUse> waivers, Writer out) throws IOException {
        if (waivers.isEmpty()) {
            return;
        }
        out.write("<h2>Waivers</h2>\n<table>\n<tr><th>Where</th><th>Status</th><th>Rule</th><th>Cell</th>"
                + "<th>bbox (µm)</th><th>Matches</th><th>Expires</th><th>Owner</th><th>Reason</th></tr>\n");
        for (WaiverUse w : waivers) {
            double[] b = w.bboxUm();
            out.write("<tr><td>" + esc(w.source()) + "</td><td>" + esc(w.status().label()) + "</td><td>" + esc(w.rule())
                    + "</td><td>" + esc(w.cell()) + "</td><td>" + (b == null ? "" : esc("[" + Numbers.format(b[0])
                    + ", " + Numbers.format(b[1]) + " .. " + Numbers.format(b[2]) + ", " + Numbers.format(b[3]) + "]"))
                    + "</td><td class=\"num\">" + w.matched() + "</td><td>"
                    + (w.expires() == null ? "" : esc(w.expires().toString())) + "</td><td>" + esc(w.owner())
                    + "</td><td>" + esc(w.reason()) + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    /** A stack: a line per die the violation touches, with the box in that die's coordinates. */
    private static String dieLines(RunResult r, Violation v) {
        StringBuilder b = new StringBuilder();
        for (org.cpodrc.check.Assembly.Spot s : DieSpots.of(r, v)) {
            b.append("<br><span class=\"muted\">").append(esc(DieSpots.line(s).replace(" um", " µm"))).append("</span>");
        }
        return b.toString();
    }

    private static String bbox(Violation v, double dbu) {
        return "[" + Numbers.format(v.x1() * dbu) + ", " + Numbers.format(v.y1() * dbu) + " .. "
                + Numbers.format(v.x2() * dbu) + ", " + Numbers.format(v.y2() * dbu) + "]";
    }

    private static String cell(Object v) {
        return MetricCell.format(v, "", HtmlReport::num);
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "";
    }

    /** HTML text and attribute escaping; same rules as XML (quotes too), control characters replaced. */
    private static String esc(String s) {
        return Xml.attr(s).replace("&#9;", "\t").replace("&#10;", "\n");
    }
}
