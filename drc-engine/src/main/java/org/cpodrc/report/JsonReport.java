package org.cpodrc.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.IntFunction;

import org.cpodrc.check.Metric;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.WaiverUse;

/**
 * The JSON report of DECK-SPEC §6, field for field and in that order, one array element per line
 * so reports diff well. No timestamps or absolute paths: two runs give identical bytes. Beyond
 * the spec, {@code summary} ends with {@code fail_on}, the severity threshold that decided
 * {@code passed}, and {@code baseline}, the violations already in the {@code --baseline} report.
 * Each violation carries {@code waived} and {@code baseline}; after the metrics, {@code waivers}
 * lists the waiver file's entries with their status (active, expired, unused), empty without one.
 */
public final class JsonReport implements ReportWriter {
    private final String toolVersion;

    public JsonReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String defaultFileName() {
        return "cpodrc-report.json";
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        double dbu = r.input().dbuUm();
        out.write("{\n");
        out.write("  \"tool\": " + Json.object("name", Json.string("cpodrc"), "version", Json.string(toolVersion))
                + ",\n");
        out.write("  \"input\": " + Json.object("file", Json.string(r.input().file()), "top",
                Json.string(r.input().top()), "dbu_um", Json.number(dbu)) + ",\n");
        out.write("  \"deck\": " + Json.object("name", Json.string(r.deck().name()), "source",
                Json.string(r.deck().source())) + ",\n");
        out.write("  \"summary\": " + Json.object(
                "errors", Long.toString(r.count(Severity.ERROR)),
                "warnings", Long.toString(r.count(Severity.WARNING)),
                "infos", Long.toString(r.count(Severity.INFO)),
                "waived", Long.toString(r.waivedCount()),
                "baseline", Long.toString(r.baselineCount()),
                "rules", Integer.toString(r.rules().size()),
                "passed", Boolean.toString(r.passed()),
                "fail_on", Json.string(r.failOn().label())) + ",\n");
        array(out, "rules", r.rules().size(), i -> rule(r.rules().get(i)), false);
        // one line at a time: a run with a million violations must not hold the whole report as strings
        array(out, "violations", r.violations().size(), i -> violation(r.violations().get(i), r.disposition(i), dbu, r), false);
        array(out, "metrics", r.metrics().size(), i -> metric(r.metrics().get(i)), false);
        array(out, "waivers", r.waivers().size(), i -> waiver(r.waivers().get(i)), true);
        out.write("}\n");
    }

    private static void array(Writer out, String name, int size, IntFunction<String> item, boolean last) throws IOException {
        out.write("  " + Json.string(name) + ": [");
        for (int i = 0; i < size; i++) {
            out.write(i == 0 ? "\n    " : ",\n    ");
            out.write(item.apply(i));
        }
        out.write(size == 0 ? "]" : "\n  ]");
        out.write(last ? "\n" : ",\n");
    }

    private static String rule(RuleSummary s) {
        return Json.object("id", Json.string(s.id()), "check", Json.string(s.check()),
                "severity", Json.string(s.severity().label()), "description", Json.string(s.description()),
                "violations", Integer.toString(s.violations()));
    }

    private static String violation(Violation v, Disposition d, double dbu, RunResult r) {
        java.util.List<String> kv = new java.util.ArrayList<>(java.util.List.of("rule", Json.string(v.rule()),
                "severity", Json.string(v.severity().label()), "message", Json.string(v.message()),
                "bbox_um", Json.value(new double[] {v.x1() * dbu, v.y1() * dbu, v.x2() * dbu, v.y2() * dbu}),
                "measured_um", Json.number(v.measuredUm()), "required_um", Json.number(v.requiredUm()),
                "cell", Json.string(v.cell()), "waived", Boolean.toString(d.waived()),
                "baseline", Boolean.toString(d.baseline())));
        if (DieSpots.stack(r)) {
            // a stack: the dies it touches, with the box in each die's own coordinates (STACK-SPEC §4)
            StringBuilder dies = new StringBuilder("[");
            for (org.cpodrc.check.Assembly.Spot s : DieSpots.of(r, v)) {
                dies.append(dies.length() == 1 ? "" : ", ").append(Json.object("die", Json.string(s.die()),
                        "file", Json.string(s.file()), "bbox_um", Json.value(s.bboxUm())));
            }
            kv.add("dies");
            kv.add(dies.append(']').toString());
        }
        return Json.object(kv.toArray(String[]::new));
    }

    private static String waiver(WaiverUse w) {
        return Json.object("rule", Json.string(w.rule()), "cell", Json.string(w.cell()),
                "bbox_um", w.bboxUm() == null ? "null" : Json.value(w.bboxUm()),
                "reason", Json.string(w.reason()), "owner", Json.string(w.owner()),
                "expires", w.expires() == null ? "null" : Json.string(w.expires().toString()),
                "status", Json.string(w.status().label()), "matched", Integer.toString(w.matched()),
                "source", Json.string(w.source()));
    }

    private static String metric(Metric m) {
        StringBuilder b = new StringBuilder("{");
        b.append(Json.string("rule")).append(": ").append(Json.string(m.rule()));
        b.append(", ").append(Json.string("name")).append(": ").append(Json.string(m.name()));
        for (Map.Entry<String, Object> e : m.fields().entrySet()) {
            b.append(", ").append(Json.string(e.getKey())).append(": ").append(Json.value(e.getValue()));
        }
        return b.append('}').toString();
    }
}
