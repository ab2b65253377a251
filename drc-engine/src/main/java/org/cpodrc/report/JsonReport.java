package org.cpodrc.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.cpodrc.check.Assembly;
import org.cpodrc.check.Metric;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.WaiverUse;
import org.cpodrc.json.JsonOut;

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
    public void write(RunResult r, Writer writer) throws IOException {
        double dbu = r.input().dbuUm();
        JsonOut out = new JsonOut(writer);
        out.startObject(true);
        out.field("tool").startObject(false).field("name").string("cpodrc").field("version").string(toolVersion)
                .endObject();
        out.field("input").startObject(false).field("file").string(r.input().file()).field("top")
                .string(r.input().top()).field("dbu_um");
        Json.number(out, dbu);
        out.endObject();
        out.field("deck").startObject(false).field("name").string(r.deck().name()).field("source")
                .string(r.deck().source()).endObject();
        out.field("summary").startObject(false)
                .field("errors").number(r.count(Severity.ERROR))
                .field("warnings").number(r.count(Severity.WARNING))
                .field("infos").number(r.count(Severity.INFO))
                .field("waived").number(r.waivedCount())
                .field("baseline").number(r.baselineCount())
                .field("rules").number(r.rules().size())
                .field("passed").bool(r.passed())
                .field("fail_on").string(r.failOn().label()).endObject();
        out.field("rules").startArray(true);
        for (RuleSummary s : r.rules()) {
            rule(out, s);
        }
        out.endArray();
        // streamed: a run with a million violations must not hold the report as text
        out.field("violations").startArray(true);
        for (int i = 0; i < r.violations().size(); i++) {
            violation(out, r.violations().get(i), r.disposition(i), dbu, r);
        }
        out.endArray();
        out.field("metrics").startArray(true);
        for (Metric m : r.metrics()) {
            metric(out, m);
        }
        out.endArray();
        out.field("waivers").startArray(true);
        for (WaiverUse w : r.waivers()) {
            waiver(out, w);
        }
        out.endArray();
        out.endObject().finish();
    }

    private static void rule(JsonOut out, RuleSummary s) throws IOException {
        out.startObject(false).field("id").string(s.id()).field("check").string(s.check())
                .field("severity").string(s.severity().label()).field("description").string(s.description())
                .field("violations").number(s.violations()).endObject();
    }

    private static void violation(JsonOut out, Violation v, Disposition d, double dbu, RunResult r) throws IOException {
        out.startObject(false).field("rule").string(v.rule()).field("severity").string(v.severity().label())
                .field("message").string(v.message()).field("bbox_um");
        Json.value(out, new double[] {v.x1() * dbu, v.y1() * dbu, v.x2() * dbu, v.y2() * dbu});
        out.field("measured_um");
        Json.number(out, v.measuredUm());
        out.field("required_um");
        Json.number(out, v.requiredUm());
        out.field("cell").string(v.cell()).field("waived").bool(d.waived()).field("baseline").bool(d.baseline());
        if (DieSpots.stack(r)) {
            // a stack: the dies it touches, with the box in each die's own coordinates (STACK-SPEC §4)
            out.field("dies").startArray(false);
            for (Assembly.Spot s : DieSpots.of(r, v)) {
                out.startObject(false).field("die").string(s.die()).field("file").string(s.file()).field("bbox_um");
                Json.value(out, s.bboxUm());
                out.endObject();
            }
            out.endArray();
        }
        out.endObject();
    }

    private static void waiver(JsonOut out, WaiverUse w) throws IOException {
        out.startObject(false).field("rule").string(w.rule()).field("cell").string(w.cell()).field("bbox_um");
        Json.value(out, w.bboxUm());
        out.field("reason").string(w.reason()).field("owner").string(w.owner())
                .field("expires").string(w.expires() == null ? null : w.expires().toString())
                .field("status").string(w.status().label()).field("matched").number(w.matched())
                .field("source").string(w.source()).endObject();
    }

    private static void metric(JsonOut out, Metric m) throws IOException {
        out.startObject(false).field("rule").string(m.rule()).field("name").string(m.name());
        for (Map.Entry<String, Object> e : m.fields().entrySet()) {
            out.field(e.getKey());
            Json.value(out, e.getValue());
        }
        out.endObject();
    }
}
