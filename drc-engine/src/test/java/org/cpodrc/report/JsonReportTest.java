package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Metric;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.deck.Deck;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    static RunResult sample() {
        Deck deck = new Deck("cpo \"engine\"", null, "decks/cpo.yaml", "photonic-3d", Map.of(), Map.of(), List.of(),
                Map.of(), List.of());
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("die", 0);
        fields.put("edge", "west");
        fields.put("ports", 16);
        fields.put("gbps", 3200.0);
        fields.put("shoreline_mm", 2.032);
        fields.put("value", 1.5748031496062993);
        fields.put("unit", "Tbps/mm");
        return new RunResult(deck, new InputInfo("design.gds", "TOP", 0.001),
                List.of(new RuleSummary("TSV.S.1", "space", Severity.ERROR, "TSVs 40 um apart", 2),
                        new RuleSummary("BW.1", "edge_bandwidth", Severity.WARNING, null, 0),
                        new RuleSummary("I.1", "area", Severity.INFO, "tab\there", 1)),
                List.of(new Violation("TSV.S.1", Severity.ERROR, "space 38.2 um < 40 um", 12_345, -1, 50_000, 2,
                                null, 38.2, 40.0, "TOP"),
                        new Violation("TSV.S.1", Severity.ERROR, "line1\nline2 \u00b5m", 0, 0, 1, 1, null,
                                Double.NaN, 0.1 + 0.2, "TOP"),
                        new Violation("I.1", Severity.INFO, "x", 0, 0, 0, 0, null, -0.0, 3, "TOP")),
                List.of(new Metric("BW.1", "edge_bandwidth", fields)), Severity.ERROR);
    }

    @Test
    void layoutFieldOrderAndNumbersAreExactlyAsSpecified() throws Exception {
        StringWriter w = new StringWriter();
        new JsonReport("1.2.3").write(sample(), w);
        String expected = """
                {
                  "tool": {"name": "cpodrc", "version": "1.2.3"},
                  "input": {"file": "design.gds", "top": "TOP", "dbu_um": 0.001},
                  "deck": {"name": "cpo \\"engine\\"", "source": "decks/cpo.yaml"},
                  "summary": {"errors": 2, "warnings": 0, "infos": 1, "waived": 0, "baseline": 0, "rules": 3, "passed": false, "fail_on": "error"},
                  "rules": [
                    {"id": "TSV.S.1", "check": "space", "severity": "error", "description": "TSVs 40 um apart", "violations": 2},
                    {"id": "BW.1", "check": "edge_bandwidth", "severity": "warning", "description": null, "violations": 0},
                    {"id": "I.1", "check": "area", "severity": "info", "description": "tab\\there", "violations": 1}
                  ],
                  "violations": [
                    {"rule": "TSV.S.1", "severity": "error", "message": "space 38.2 um < 40 um", "bbox_um": [12.345, -0.001, 50.0, 0.002], "measured_um": 38.2, "required_um": 40.0, "cell": "TOP", "waived": false, "baseline": false},
                    {"rule": "TSV.S.1", "severity": "error", "message": "line1\\nline2 \u00b5m", "bbox_um": [0.0, 0.0, 0.001, 0.001], "measured_um": null, "required_um": 0.3, "cell": "TOP", "waived": false, "baseline": false},
                    {"rule": "I.1", "severity": "info", "message": "x", "bbox_um": [0.0, 0.0, 0.0, 0.0], "measured_um": 0.0, "required_um": 3.0, "cell": "TOP", "waived": false, "baseline": false}
                  ],
                  "metrics": [
                    {"rule": "BW.1", "name": "edge_bandwidth", "die": 0, "edge": "west", "ports": 16, "gbps": 3200.0, "shoreline_mm": 2.032, "value": 1.574803, "unit": "Tbps/mm"}
                  ],
                  "waivers": []
                }
                """;
        assertEquals(expected, w.toString());
    }

    @Test
    void emptyArraysStayOnTheirLine() throws Exception {
        Deck deck = new Deck("d", null, "builtin:x", null, Map.of(), Map.of(), List.of(), Map.of(), List.of());
        StringWriter w = new StringWriter();
        new JsonReport("v").write(new RunResult(deck, new InputInfo("a.gds", "T", 0.00025), List.of(), List.of(),
                List.of(), Severity.WARNING), w);
        String s = w.toString();
        assertEquals(true, s.contains("\"rules\": [],\n  \"violations\": [],\n  \"metrics\": [],\n  \"waivers\": []\n}\n"), s);
        assertEquals(true, s.contains("\"dbu_um\": 0.00025"), s);
        assertEquals(true, s.contains("\"passed\": true, \"fail_on\": \"warning\""), s);
    }
}
