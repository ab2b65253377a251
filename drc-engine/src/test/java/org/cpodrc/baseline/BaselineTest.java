package org.cpodrc.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.engine.RunResult;
import org.cpodrc.report.JsonReport;
import org.cpodrc.testing.SampleRuns;
import org.junit.jupiter.api.Test;

class BaselineTest {
    @Test
    void ownJsonReportIsAFullBaseline() throws Exception {
        RunResult run = SampleRuns.standard();
        StringWriter json = new StringWriter();
        new JsonReport("test").write(run, json);
        RunResult r = Baseline.parse("base.json", json.toString()).apply(run);
        for (int i = 0; i < 3; i++) {
            assertTrue(r.disposition(i).baseline());
        }
        assertTrue(r.passed());
        assertEquals(3, r.baselineCount());
        assertEquals(2, r.count(org.cpodrc.check.Severity.ERROR), "baseline violations are still counted");
        StringWriter again = new StringWriter();
        new JsonReport("test").write(r, again);
        assertTrue(again.toString().contains("\"baseline\": true"));
        assertTrue(again.toString().contains("\"passed\": true"));
    }

    @Test
    void onlyNewViolationsFailAndOrderDoesNotMatter() {
        RunResult run = SampleRuns.standard();
        String base = """
                {"violations": [
                  {"rule": "WG.W.1", "bbox_um": [200.0, 1.0, 210.0, 1.45]},
                  {"rule": "TSV.S.1", "bbox_um": [100.0, 0.0, 150.0, 20.0]}
                ]}""";
        RunResult r = Baseline.parse("b.json", base).apply(run);
        assertFalse(r.disposition(0).baseline());
        assertTrue(r.disposition(1).baseline());
        assertTrue(r.disposition(2).baseline());
        assertFalse(r.passed());
        assertTrue(r.failing(0));
        assertFalse(r.failing(1));
    }

    @Test
    void eachBaselineEntryCoversOneViolation() {
        RunResult run = SampleRuns.standard();
        String base = "{\"violations\": [{\"rule\": \"TSV.S.1\", \"bbox_um\": [0, 0, 50, 20]}]}";
        Baseline b = Baseline.parse("b.json", base);
        RunResult doubled = new RunResult(run.deck(), run.input(), run.rules(),
                List.of(run.violations().get(0), run.violations().get(0)), List.of(), run.failOn());
        RunResult r = b.apply(doubled);
        assertTrue(r.disposition(0).baseline());
        assertFalse(r.disposition(1).baseline());
    }

    @Test
    void otherRuleOrOtherBoxIsNew() {
        RunResult run = SampleRuns.standard();
        RunResult r = Baseline.parse("b.json",
                "{\"violations\": [{\"rule\": \"TSV.S.2\", \"bbox_um\": [0, 0, 50, 20]},"
                        + " {\"rule\": \"TSV.S.1\", \"bbox_um\": [0, 0, 50, 20.001]}]}").apply(run);
        assertEquals(0, r.baselineCount());
    }

    @Test
    void malformedBaselinesAreInputErrors() {
        assertEquals("b.json:2:3: expected a string key",
                assertThrows(InputException.class, () -> Baseline.parse("b.json", "{\n  violations: []}")).getMessage());
        assertEquals("b.json:1:1: not a cpodrc JSON report (no \"violations\" array)",
                assertThrows(InputException.class, () -> Baseline.parse("b.json", "[]")).getMessage());
        assertEquals("b.json: violations[0] lacks \"rule\" or a four-number \"bbox_um\"",
                assertThrows(InputException.class,
                        () -> Baseline.parse("b.json", "{\"violations\": [{\"rule\": \"A\", \"bbox_um\": [1, 2]}]}"))
                        .getMessage());
        assertEquals("b.json:1:19: unterminated string",
                assertThrows(InputException.class, () -> Baseline.parse("b.json", "{\"violations\": [\"x")).getMessage());
    }

    @Test
    void readerHandlesEscapesAndNumbers() {
        Object v = JsonReader.parse("x", "{\"a\": \"q\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00b5\", \"b\": [-1.5e2, 0, true, false, null]}");
        assertEquals("{a=q\"\\/\b\f\n\r\tµ, b=[-150.0, 0.0, true, false, null]}", v.toString());
        assertThrows(InputException.class, () -> JsonReader.parse("x", "01"));
        assertThrows(InputException.class, () -> JsonReader.parse("x", "{} x"));
    }
}
