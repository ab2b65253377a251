package org.cpodrc.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.WaiverUse;
import org.cpodrc.testing.SampleRuns;
import org.junit.jupiter.api.Test;

class WaiversTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Waiver waiver(String rule, double[] bbox, String cell, LocalDate expires) {
        return new Waiver(rule, bbox, cell, "why", "me", expires, "w.yaml:" + rule.length());
    }

    @Test
    void waivedViolationsStayButNoLongerFail() {
        RunResult run = SampleRuns.standard();
        assertFalse(run.passed());
        RunResult r = Waivers.apply(run, List.of(waiver("TSV.*", null, null, null)), TODAY);
        assertEquals(3, r.violations().size());
        assertTrue(r.disposition(0).waived());
        assertTrue(r.disposition(1).waived());
        assertFalse(r.disposition(2).waived());
        assertEquals(0, r.disposition(0).waiver());
        assertEquals(2, r.waivedCount());
        assertEquals(0, r.count(org.cpodrc.check.Severity.ERROR));
        assertTrue(r.passed(), "the remaining violation is a warning");
        assertEquals(WaiverUse.Status.ACTIVE, r.waivers().get(0).status());
        assertEquals(2, r.waivers().get(0).matched());
    }

    @Test
    void bboxMustContainTheViolationAndCellMustMatch() {
        RunResult run = SampleRuns.standard();
        // first TSV violation spans 0..50 x 0..20 um
        RunResult inside = Waivers.apply(run, List.of(waiver("TSV.S.1", new double[] {0, 0, 50, 20}, null, null)), TODAY);
        assertTrue(inside.disposition(0).waived());
        assertFalse(inside.disposition(1).waived());
        assertFalse(inside.passed());
        RunResult partly = Waivers.apply(run, List.of(waiver("TSV.S.1", new double[] {0, 0, 49.999, 20}, null, null)),
                TODAY);
        assertFalse(partly.disposition(0).waived());
        assertEquals(WaiverUse.Status.UNUSED, partly.waivers().get(0).status());
        RunResult otherCell = Waivers.apply(run, List.of(waiver("TSV.S.1", null, "SUB", null)), TODAY);
        assertEquals(0, otherCell.waivedCount());
        RunResult topCell = Waivers.apply(run, List.of(waiver("TSV.S.1", null, "TOP", null)), TODAY);
        assertEquals(2, topCell.waivedCount());
    }

    @Test
    void expiredWaiversStopWaivingFromTheirDateOn() {
        RunResult run = SampleRuns.standard();
        List<Waiver> ws = List.of(waiver("TSV.S.1", null, null, TODAY));
        RunResult r = Waivers.apply(run, ws, TODAY);
        assertEquals(0, r.waivedCount());
        assertEquals(WaiverUse.Status.EXPIRED, r.waivers().get(0).status());
        assertEquals(2, r.waivers().get(0).matched());
        assertFalse(r.passed());
        RunResult dayBefore = Waivers.apply(run, ws, TODAY.minusDays(1));
        assertEquals(2, dayBefore.waivedCount());
        assertEquals(WaiverUse.Status.ACTIVE, dayBefore.waivers().get(0).status());
    }

    @Test
    void firstMatchingWaiverTakesTheViolationButOverlapsAreNotUnused() {
        RunResult run = SampleRuns.standard();
        RunResult r = Waivers.apply(run, List.of(waiver("X.*", null, null, null), waiver("TSV.S.1", null, null, null),
                waiver("*", null, null, null)), TODAY);
        assertEquals(WaiverUse.Status.UNUSED, r.waivers().get(0).status());
        assertEquals(1, r.disposition(0).waiver());
        assertEquals(2, r.disposition(2).waiver());
        assertEquals(WaiverUse.Status.ACTIVE, r.waivers().get(2).status());
        assertEquals(3, r.waivers().get(2).matched());
    }

    @Test
    void globsAreLiteralApartFromStarAndQuestionMark() {
        assertTrue(Waiver.globPattern("TSV.S.?").matcher("TSV.S.1").matches());
        assertFalse(Waiver.globPattern("TSV.S.?").matcher("TSVxS.1").matches());
        assertTrue(Waiver.globPattern("*").matcher("anything").matches());
        assertFalse(Waiver.globPattern("TSV").matcher("TSV.S.1").matches());
        assertTrue(Waiver.globPattern("a(b)+[c]*").matcher("a(b)+[c]xyz").matches());
    }
}
