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
        assertTrue(message("{\n  violations: []}").startsWith("b.json:2:3: Unexpected character ('v'"),
                message("{\n  violations: []}"));
        assertEquals("b.json:1:1: not a cpodrc JSON report (no \"violations\" array)", message("[]"));
        assertEquals("b.json:1:17: violations[0] lacks \"rule\" or a four-number \"bbox_um\"",
                message("{\"violations\": [{\"rule\": \"A\", \"bbox_um\": [1, 2]}]}"));
        assertTrue(message("{\"violations\": [{\"rule\": \"x").startsWith("b.json:1:"),
                message("{\"violations\": [{\"rule\": \"x"));
        assertTrue(message("{\"violations\": []} x").startsWith("b.json:1:20: "),
                message("{\"violations\": []} x"));
        assertTrue(message("01").startsWith("b.json:1:"), message("01"));
    }

    @Test
    void hostileNumbersAndNestingAreLocatedInputErrors() {
        assertEquals("b.json:1:43: violations[0].bbox_um: '1e400' is not a finite number",
                message("{\"violations\": [{\"rule\": \"A\", \"bbox_um\": [1e400, 0, 1, 1]}]}"));
        String longNumber = "{\"violations\": [{\"rule\": \"A\", \"bbox_um\": [" + "1".repeat(1_000_000) + ", 0, 1, 1]}]}";
        assertTrue(message(longNumber).startsWith("b.json:1:") && message(longNumber).contains("a number longer than 100"),
                message(longNumber));
        String deep = "{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + ", \"violations\": []}";
        String m = message(deep);
        assertTrue(m.startsWith("b.json:1:") && m.contains("nested deeper than the nesting limit of 100")
                && m.contains("-Dcpodrc.maxNesting="), m);
    }

    @Test
    void readerSkipsEverythingElseAndReadsEscapes() {
        Baseline b = Baseline.parse("x", "{\"a\": {\"b\": [1, {\"c\": null}]}, \"violations\": [{\"id\": 3, "
                + "\"rule\": \"q\\\"\\u00b5\", \"extra\": [[]], \"bbox_um\": [-1.5e2, 0, 2, 3.25]}], \"z\": true}");
        assertEquals(List.of(new Baseline.Entry("q\"µ", -150, 0, 2, 3.25)), b.entries());
    }

    private static String message(String json) {
        return assertThrows(InputException.class, () -> Baseline.parse("b.json", json)).getMessage();
    }
}
