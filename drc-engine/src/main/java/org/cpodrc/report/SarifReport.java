package org.cpodrc.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Numbers;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.WaiverUse;
import org.cpodrc.json.JsonOut;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one rule descriptor per deck
 * rule, one result per violation. The design file is the (binary) artifact: a result points at it
 * with {@code region.startLine 1}, which code scanning requires, and carries its place in the
 * layout as the cell (a logical location), the bbox in the message and in properties.
 * Waived violations carry an accepted external suppression with the waiver's reason; with a
 * baseline, {@code baselineState} says new or unchanged. {@code partialFingerprints} (rule, cell,
 * bbox on the grid) let code scanning follow a violation across runs, since line hashes mean
 * nothing for a binary file.
 */
public final class SarifReport implements ReportWriter {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private final String toolVersion;

    public SarifReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String defaultFileName() {
        return "cpodrc.sarif";
    }

    /**
     * Written piece by piece rather than as one document in memory: a design with a million
     * violations must not need the whole SARIF text as one string.
     */
    @Override
    public void write(RunResult r, Writer writer) throws IOException {
        JsonOut out = new JsonOut(writer);
        out.startObject(true).field("$schema").string(SCHEMA).field("version").string("2.1.0");
        out.field("runs").startArray(true).startObject(true);
        field(out, "tool", obj("driver", driver(r)));
        field(out, "automationDetails", obj("id", "cpodrc/" + r.deck().name() + "/"));
        field(out, "artifacts", List.of(obj("location", obj("uri", uri(r.input().file())),
                "roles", List.of("analysisTarget"))));
        field(out, "columnKind", "unicodeCodePoints");
        out.field("results").startArray(true);
        Results results = new Results(r);
        for (int i = 0; i < r.violations().size(); i++) {
            Json.pretty(out, results.result(i));
        }
        out.endArray();
        field(out, "properties", runProperties(r));
        out.endObject().endArray().endObject().finish();
    }

    private static void field(JsonOut out, String name, Object value) throws IOException {
        out.field(name);
        Json.pretty(out, value);
    }

    private Map<String, Object> driver(RunResult r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", "cpodrc");
        d.put("version", toolVersion);
        d.put("semanticVersion", toolVersion.matches("\\d+\\.\\d+\\.\\d+.*") ? toolVersion : null);
        List<Object> rules = new ArrayList<>();
        for (RuleSummary s : r.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", s.id());
            rule.put("name", s.check());
            String text = s.description() == null || s.description().isBlank() ? s.id() + " (" + s.check() + ")"
                    : s.description();
            rule.put("shortDescription", obj("text", text));
            rule.put("fullDescription", obj("text", text + " [check " + s.check() + ", deck " + r.deck().name() + "]"));
            rule.put("defaultConfiguration", obj("level", level(s.severity())));
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("check", s.check());
            props.put("severity", s.severity().label());
            props.put("tags", List.of("drc", "layout", s.check()));
            rule.put("properties", props);
            rules.add(rule);
        }
        d.put("rules", rules);
        return d;
    }

    /** Builds one SARIF result at a time. */
    private static final class Results {
        private final RunResult r;
        private final Map<String, Integer> ruleIndex = new HashMap<>();
        private final boolean withBaseline;
        private final double dbu;
        private final String uri;

        Results(RunResult r) {
            this.r = r;
            for (int i = 0; i < r.rules().size(); i++) {
                ruleIndex.put(r.rules().get(i).id(), i);
            }
            withBaseline = r.dispositions().stream().anyMatch(Disposition::baseline);
            dbu = r.input().dbuUm();
            uri = uri(r.input().file());
        }

        Map<String, Object> result(int i) {
            Violation v = r.violations().get(i);
            Disposition d = r.disposition(i);
            double[] bbox = {v.x1() * dbu, v.y1() * dbu, v.x2() * dbu, v.y2() * dbu};
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("ruleId", v.rule());
            Integer idx = ruleIndex.get(v.rule());
            if (idx != null) {
                res.put("ruleIndex", idx);
            }
            res.put("level", level(v.severity()));
            res.put("message", obj("text", v.message() + " at [" + Numbers.format(bbox[0]) + ", "
                    + Numbers.format(bbox[1]) + " .. " + Numbers.format(bbox[2]) + ", " + Numbers.format(bbox[3])
                    + "] um in cell " + v.cell()));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", obj("uri", uri, "index", 0));
            physical.put("region", obj("startLine", 1));
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", physical);
            location.put("logicalLocations", List.of(obj("name", v.cell() == null ? "" : v.cell(),
                    "kind", "module")));
            res.put("locations", List.of(location));
            res.put("partialFingerprints", obj("cpodrcViolation/v1", fingerprint(v)));
            if (withBaseline) {
                res.put("baselineState", d.baseline() ? "unchanged" : "new");
            }
            if (d.waived()) {
                WaiverUse w = r.waivers().get(d.waiver());
                Map<String, Object> sup = new LinkedHashMap<>();
                sup.put("kind", "external");
                sup.put("status", "accepted");
                sup.put("justification", w.reason());
                sup.put("properties", obj("owner", w.owner(), "source", w.source()));
                res.put("suppressions", List.of(sup));
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("bbox_um", bbox);
            props.put("measured_um", Double.isFinite(v.measuredUm()) ? v.measuredUm() : null);
            props.put("required_um", Double.isFinite(v.requiredUm()) ? v.requiredUm() : null);
            props.put("cell", v.cell());
            props.put("waived", d.waived());
            props.put("baseline", d.baseline());
            if (DieSpots.stack(r)) {
                dies(r, v, res, props);
            }
            res.put("properties", props);
            return res;
        }
    }

    /**
     * A stack: per touched die a related location (its file, the box in its own coordinates in the
     * message) and the same in {@code properties.dies}, as the JSON report's {@code dies}.
     */
    private static void dies(RunResult r, Violation v, Map<String, Object> res, Map<String, Object> props) {
        List<Object> related = new java.util.ArrayList<>();
        List<Object> dies = new java.util.ArrayList<>();
        for (org.cpodrc.check.Assembly.Spot s : DieSpots.of(r, v)) {
            Map<String, Object> loc = new LinkedHashMap<>();
            loc.put("id", related.size());
            if (s.file() != null) {
                loc.put("physicalLocation", obj("artifactLocation", obj("uri", uri(DieSpots.path(r, s))),
                        "region", obj("startLine", 1)));
            }
            loc.put("logicalLocations", List.of(obj("name", s.die(), "kind", "module")));
            loc.put("message", obj("text", DieSpots.line(s)));
            related.add(loc);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("die", s.die());
            d.put("file", s.file());
            d.put("bbox_um", s.bboxUm());
            dies.add(d);
        }
        if (!related.isEmpty()) {
            res.put("relatedLocations", related);
        }
        props.put("dies", dies);
    }

    private static Map<String, Object> runProperties(RunResult r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("deck", obj("name", r.deck().name(), "source", r.deck().source()));
        p.put("top", r.input().top());
        p.put("dbu_um", r.input().dbuUm());
        p.put("passed", r.passed());
        p.put("fail_on", r.failOn().label());
        List<Object> waivers = new ArrayList<>();
        for (WaiverUse w : r.waivers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", w.rule());
            m.put("cell", w.cell());
            m.put("bbox_um", w.bboxUm());
            m.put("reason", w.reason());
            m.put("owner", w.owner());
            m.put("expires", w.expires() == null ? null : w.expires().toString());
            m.put("status", w.status().label());
            m.put("matched", w.matched());
            m.put("source", w.source());
            waivers.add(m);
        }
        p.put("waivers", waivers);
        return p;
    }

    /** An ordered map from key, value pairs (Map.of has no defined order, and the bytes must not vary). */
    static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * The design file as a relative URI reference (SARIF wants a URI, not a path): separators
     * become '/', and characters outside the unreserved and path sets are percent-encoded as UTF-8.
     */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder b = new StringBuilder();
        for (byte x : p.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    private static String fingerprint(Violation v) {
        String key = v.rule() + "\n" + v.cell() + "\n" + v.x1() + "," + v.y1() + "," + v.x2() + "," + v.y2();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                b.append(String.format("%02x", h[i]));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
