package org.cpodrc.check.packaging;

import static org.cpodrc.check.packaging.Rules.rule;
import static org.cpodrc.check.packaging.TestShapes.rotatedRect;
import static org.cpodrc.check.packaging.TestShapes.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.junit.jupiter.api.Test;

class FiberArrayCheckTest {
    private final FiberArrayCheck check = new FiberArrayCheck();

    private static Rule pitchRule(Object... extra) {
        Object[] kv = new Object[6 + extra.length];
        Object[] base = {"layer", "F", "pitch", 127.0, "tolerance", 0.5};
        System.arraycopy(base, 0, kv, 0, 6);
        System.arraycopy(extra, 0, kv, 6, extra.length);
        return rule("fiber_array", kv);
    }

    private RecordingSink run(Rule rule, TestContext ctx) {
        RecordingSink sink = new RecordingSink();
        check.run(rule, ctx, sink);
        return sink;
    }

    /** A row of fibers (10 µm squares) at the given x positions, y = 0. */
    private static TestContext row(double... xs) {
        TestContext ctx = new TestContext();
        for (double x : xs) {
            ctx.add("F", square(x, 0, 10));
        }
        return ctx;
    }

    @Test
    void gapOffByMoreThanToleranceIsFlaggedAndWithinIsNot() {
        // gaps: 127, 127.6 (flagged), 127, 126.6 (0.4 off: fine), 127
        RecordingSink sink = run(pitchRule(), row(0, 127, 254.6, 381.6, 508.2, 635.2));
        assertEquals(1, sink.violations.size(), sink.messages().toString());
        Violation v = sink.violations.get(0);
        assertEquals(127.6, v.measuredUm(), 1e-9);
        assertEquals(127.0, v.requiredUm(), 1e-9);
        assertEquals("array 0 fibers 1-2 at (127.000, 0.000)-(254.600, 0.000): gap 127.600 µm, pitch 127.000 ± 0.500 µm",
                v.message());
        assertEquals(List.of(122000L, -5000L, 259600L, 5000L), List.of(v.x1(), v.y1(), v.x2(), v.y2()));
        assertEquals("R.1", v.rule());
        assertEquals("TOP", v.cell());
    }

    @Test
    void gapExactlyAtToleranceIsAllowed() {
        assertEquals(0, run(pitchRule(), row(0, 127.5, 254.5, 382)).violations.size());
    }

    @Test
    void metricPerArrayGivesCountPitchAndSpan() {
        RecordingSink sink = run(pitchRule(), row(0, 127, 254, 381));
        assertEquals(1, sink.metrics.size());
        Map<String, Object> m = sink.metrics.get(0).fields();
        assertEquals(List.of("array", "count", "x_um", "y_um", "pitch_mean_um", "span_um", "angle_deg"),
                List.copyOf(m.keySet()));
        assertEquals(4, m.get("count"));
        assertEquals(127.0, (double) m.get("pitch_mean_um"), 1e-9);
        assertEquals(381.0, (double) m.get("span_um"), 1e-9);
        assertEquals(0.0, (double) m.get("angle_deg"), 1e-9);
        assertEquals("fiber_array", sink.metrics.get(0).name());
    }

    @Test
    void missingFiberSplitsTheArrayAndCountsAreChecked() {
        // 0,127,254 | gap 254 > 1.5 pitch | 508,635 ... and a lone fiber far away
        TestContext ctx = row(0, 127, 254, 508, 635, 762, 889, 5000);
        RecordingSink sink = run(pitchRule("min_count", 4L, "max_count", 3L), ctx);
        assertEquals(List.of(3, 4, 1), sink.arrayCounts());
        assertEquals(List.of(
                "array 0 from (0.000, 0.000): 3 fibers, min_count 4",
                "array 1 from (508.000, 0.000): 4 fibers, max_count 3",
                "array 2 from (5000.000, 0.000): 1 fiber, min_count 4"), sink.messages());
    }

    @Test
    void twoRowsOfAFerruleAreTwoArrays() {
        // MT-24: 2 rows of 12 at 250 um, rows 250 um apart: diagonal and column neighbours are within 1.5 pitch too
        TestContext ctx = new TestContext();
        for (int r = 0; r < 2; r++) {
            for (int i = 0; i < 12; i++) {
                ctx.add("F", square(i * 250, r * 250, 10));
            }
        }
        RecordingSink sink = run(rule("fiber_array", "layer", "F", "pitch", 250.0, "tolerance", 0.5,
                "min_count", 12L, "collinearity", 0.1), ctx);
        assertEquals(List.of(12, 12), sink.arrayCounts());
        assertEquals(0.0, (double) sink.metrics.get(0).fields().get("y_um"));
        assertEquals(250.0, (double) sink.metrics.get(1).fields().get("y_um"));
        assertEquals(List.of(), sink.messages());
    }

    @Test
    void staggeredColumnsAreTwoArraysThoughNearestNeighboursCrossOver() {
        // RingMZI layout: columns 60 um apart, offset by 43 um: a fiber's nearest neighbour is in the other column
        TestContext ctx = new TestContext();
        for (int i = 0; i < 4; i++) {
            ctx.add("F", square(19.6, 12 + 127 * i, 9));
        }
        for (int i = 0; i < 3; i++) {
            ctx.add("F", square(79.6, 55 + 127 * i, 9));
        }
        RecordingSink sink = run(pitchRule("collinearity", 0.5), ctx);
        assertEquals(List.of(4, 3), sink.arrayCounts());
        assertEquals(90.0, (double) sink.metrics.get(0).fields().get("angle_deg"), 1e-9);
        assertEquals(List.of(), sink.messages());
    }

    @Test
    void fiberOffTheLineIsReportedByCollinearityNotSplitOff() {
        TestContext ctx = new TestContext();
        for (int i = 0; i < 7; i++) {
            ctx.add("F", square(i * 127, i == 3 ? 2.1 : 0, 10));
        }
        RecordingSink strict = run(pitchRule("tolerance", 0.5, "collinearity", 1.0), ctx);
        assertEquals(List.of(7), strict.arrayCounts());
        // the least-squares line moves towards the fiber by 2.1/7 = 0.3: it is 1.8 off
        List<Violation> col = strict.violations.stream().filter(v -> v.message().contains("best-fit")).toList();
        assertEquals(1, col.size(), strict.messages().toString());
        assertEquals(1.8, col.get(0).measuredUm(), 1e-3);
        assertTrue(col.get(0).message().startsWith("array 0 fiber 3 at (381.000, 2.100): 1.800 µm off"),
                col.get(0).message());
        assertTrue(run(pitchRule("tolerance", 1.0, "collinearity", 2.0), ctx).violations.isEmpty());
    }

    @Test
    void couplerOffsetReportsGaussianLoss() {
        TestContext ctx = row(0, 127, 254);
        ctx.add("GC", square(0, 0, 4));
        ctx.add("GC", square(127, 2.2, 4)); // 2.2 um off: 1 dB at MFD 9.2 um (DOMAIN §3)
        ctx.add("GC", square(254.3, 0, 4)); // 0.3 um: within alignment
        RecordingSink sink = run(pitchRule("couplers", "GC", "alignment", 0.5, "mfd", 9.2), ctx);
        assertEquals(List.of("array 0 fiber 1 at (127.000, 0.000): 2.200 µm from its coupler at (127.000, 2.200), "
                + "alignment 0.500 µm; est. coupling loss 0.99 dB at MFD 9.200 µm"), sink.messages());
        Map<String, Object> m = sink.metrics.get(0).fields();
        assertEquals(2.2, (double) m.get("max_offset_um"), 1e-9);
        assertEquals(0.993, (double) m.get("max_loss_db"), 1e-3);
    }

    @Test
    void fiberWithoutCouplerAndCouplerWithoutFiberAreFlagged() {
        TestContext ctx = row(0, 127, 254);
        ctx.add("GC", square(0, 0, 4));
        ctx.add("GC", square(254, 0, 4));
        ctx.add("GC", square(381, 0, 4)); // no fiber here
        RecordingSink sink = run(pitchRule("couplers", "GC", "alignment", 0.5), ctx);
        assertEquals(List.of(
                "array 0 fiber 1 at (127.000, 0.000): no coupler within 63.500 µm (half the pitch); nearest at 127.000 µm",
                "coupler at (381.000, 0.000) has no fiber within 63.500 µm (half the pitch)"), sink.messages());
    }

    @Test
    void couplersWithoutAlignmentIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> run(pitchRule("couplers", "GC"), row(0, 127)));
        assertEquals("rule R.1: couplers needs alignment", e.getMessage());
    }

    @Test
    void edgeCoupledArrayParallelToItsEdgeAndCloseEnoughPasses() {
        TestContext ctx = edgeCoupled(0, 20);
        assertEquals(List.of(), run(edgeRule(), ctx).messages());
    }

    @Test
    void edgeCoupledArrayAtAnAngleIsFlagged() {
        TestContext ctx = edgeCoupled(0.5, 20);
        RecordingSink sink = run(edgeRule(), ctx);
        assertEquals(1, sink.violations.size(), sink.messages().toString());
        assertEquals(0.5, sink.violations.get(0).measuredUm(), 1e-3);
        assertTrue(sink.messages().get(0).contains("to its nearest die edge (0.000, 0.000)-(0.000, 3000.000), "
                + "parallel_tolerance 0.100°"), sink.messages().get(0));
    }

    @Test
    void edgeCoupledArrayTooFarFromItsEdgeIsFlagged() {
        RecordingSink sink = run(edgeRule(), edgeCoupled(0, 80));
        assertEquals(List.of("array 0 fiber 0 at (-80.000, 500.000): 80.000 µm from die edge (0.000, 0.000)-(0.000, 3000.000), "
                + "max_edge_distance 50.000 µm (8 of 8 fibers beyond)"), sink.messages());
    }

    private static Rule edgeRule() {
        return pitchRule("die", "DIE", "max_edge_distance", 50.0);
    }

    /** A 3 mm square die and 8 fibers outside its west edge, at distance d, the array turned by angle about its first fiber. */
    private static TestContext edgeCoupled(double angleDeg, double d) {
        TestContext ctx = new TestContext();
        ctx.add("DIE", TestShapes.rect(1500, 1500, 3000, 3000));
        double a = Math.toRadians(angleDeg);
        for (int i = 0; i < 8; i++) {
            double x = -d - i * 127 * Math.sin(a);
            double y = 500 + i * 127 * Math.cos(a);
            ctx.add("F", rotatedRect(x, y, 10, 10, angleDeg));
        }
        return ctx;
    }

    @Test
    void parametersAreDocumented() {
        assertEquals("fiber_array", check.name());
        assertTrue(check.parameters().stream().allMatch(p -> p.doc() != null && !p.doc().isBlank()));
        assertEquals(List.of("layer", "pitch", "tolerance"),
                check.parameters().stream().filter(p -> p.required()).map(p -> p.name()).toList());
    }
}
