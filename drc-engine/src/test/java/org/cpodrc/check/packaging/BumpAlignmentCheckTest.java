package org.cpodrc.check.packaging;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.polygon;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cpodrc.InputException;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class BumpAlignmentCheckTest {
    private static final BumpAlignmentCheck CHECK = new BumpAlignmentCheck();

    /** A square of side sideUm centred at (cxUm, cyUm), in 1 nm database units. */
    private static Polygon square(double cxUm, double cyUm, double sideUm) {
        long h = Math.round(sideUm * 500);
        long cx = Math.round(cxUm * 1000), cy = Math.round(cyUm * 1000);
        return rect(cx - h, cy - h, cx + h, cy + h);
    }

    private static Rule bumps(Object... extra) {
        List<Object> kv = new ArrayList<>(List.of("layer", "BUMP", "pads", "PAD", "max_offset", 3.0));
        kv.addAll(List.of(extra));
        return rule("BUMP.ALIGN.1", "bump_alignment", kv.toArray());
    }

    private static List<Violation> run(FakeContext ctx, Rule rule) {
        return ctx.run(CHECK, rule).violations;
    }

    private static long count(List<Violation> vs, String kind) {
        return vs.stream().filter(v -> v.message().endsWith("(" + kind + ")")).count();
    }

    @Test
    void centredBumpsOnTheirPadsPass() {
        FakeContext ctx = new FakeContext()
                .put("BUMP", square(0, 0, 20), square(50, 0, 20))
                .put("PAD", square(0, 0, 30), square(50, 0, 30));
        assertEquals(List.of(), run(ctx, bumps("unmatched_pads", "error")));
    }

    @Test
    void bumpOnNoPadIsAnOpenMeasuredZero() {
        FakeContext ctx = new FakeContext()
                .put("BUMP", square(0, 0, 20), square(200, 100, 20))
                .put("PAD", square(0, 0, 30));
        List<Violation> vs = run(ctx, bumps());
        assertEquals(1, vs.size(), vs.toString());
        Violation v = vs.get(0);
        assertEquals("BUMP bump at (200.000, 100.000) touches no PAD pad (open)", v.message());
        assertEquals(0.0, v.measuredUm());
        assertEquals(3.0, v.requiredUm());
        assertEquals(List.of(190_000L, 90_000L, 210_000L, 110_000L), List.of(v.x1(), v.y1(), v.x2(), v.y2()));
    }

    @Test
    void bumpAcrossTwoPadsIsAShortBoxedAroundAllThree() {
        FakeContext ctx = new FakeContext()
                .put("BUMP", square(25, 0, 20))
                .put("PAD", square(0, 0, 30), square(50, 0, 30));
        List<Violation> vs = run(ctx, bumps());
        assertEquals(1, vs.size(), vs.toString());
        assertEquals("BUMP bump at (25.000, 0.000) touches 2 PAD pads (short)", vs.get(0).message());
        assertEquals(25.0, vs.get(0).measuredUm(), 1e-9);
        assertEquals(List.of(-15_000L, -15_000L, 65_000L, 15_000L),
                List.of(vs.get(0).x1(), vs.get(0).y1(), vs.get(0).x2(), vs.get(0).y2()));
    }

    @Test
    void edgeContactCountsAsTouchingForShortsAndOpens() {
        // the bump sits on pad A and its right edge touches pad B's left edge: solder bridges them
        FakeContext shorted = new FakeContext()
                .put("BUMP", square(0, 0, 20))
                .put("PAD", square(0, 0, 18), rect(10_000, -10_000, 30_000, 10_000)); // pads apart, not merged
        assertEquals(1, count(run(shorted, bumps()), "short"));
        // corner contact only, no area in common: touching, so not an open, but nothing lands
        FakeContext corner = new FakeContext()
                .put("BUMP", square(0, 0, 20))
                .put("PAD", rect(10_000, 10_000, 40_000, 40_000));
        List<Violation> vs = run(corner, bumps("max_offset", 100.0));
        assertEquals(1, vs.size(), vs.toString());
        assertTrue(vs.get(0).message().contains("0 of its area on the pad, min 1 (misaligned)"), vs.toString());
        assertEquals(List.of(), run(corner, bumps("max_offset", 100.0, "min_overlap", 0.0)));
    }

    @Test
    void offsetExactlyMaxOffsetPassesAndOneNanometreMoreFails() {
        FakeContext at = new FakeContext().put("BUMP", square(3, 0, 20)).put("PAD", square(0, 0, 30));
        assertEquals(List.of(), run(at, bumps()));
        FakeContext diagonal = new FakeContext().put("BUMP", square(1.8, 2.4, 20)).put("PAD", square(0, 0, 30));
        assertEquals(List.of(), run(diagonal, bumps())); // 3-4-5 triangle scaled: exactly 3 um
        FakeContext over = new FakeContext().put("BUMP", square(3.001, 0, 20)).put("PAD", square(0, 0, 30));
        List<Violation> vs = run(over, bumps());
        assertEquals(1, vs.size(), vs.toString());
        assertEquals("BUMP bump at (3.001, 0.000) on PAD pad at (0.000, 0.000): centre 3.001 um from its pad's "
                + "centre, max 3 um (misaligned)", vs.get(0).message());
        assertEquals(3.001, vs.get(0).measuredUm(), 1e-9);
        assertEquals(3.0, vs.get(0).requiredUm());
    }

    @Test
    void overlapBelowTheBoundIsMisalignedEvenWithinMaxOffset() {
        // bump 20 um, pad 20 um, offset 2 um: 18/20 = 0.9 of the bump on the pad
        FakeContext ctx = new FakeContext().put("BUMP", square(2, 0, 20)).put("PAD", square(0, 0, 20));
        List<Violation> vs = run(ctx, bumps());
        assertEquals(1, vs.size(), vs.toString());
        assertTrue(vs.get(0).message().endsWith(": 0.9 of its area on the pad, min 1 (misaligned)"), vs.toString());
        assertEquals(2.0, vs.get(0).measuredUm(), 1e-9);
        assertEquals(List.of(), run(ctx, bumps("min_overlap", 0.9))); // exactly the bound passes
        List<Violation> both = run(ctx, bumps("max_offset", 1.0));
        assertTrue(both.get(0).message().contains("centre 2.000 um from its pad's centre, max 1 um; 0.9 of its area"),
                both.toString());
    }

    @Test
    void unmatchedPadsOnlyWhenAskedFor() {
        FakeContext ctx = new FakeContext()
                .put("BUMP", square(0, 0, 20))
                .put("PAD", square(0, 0, 30), square(100, 0, 30), square(25, 0, 10)); // 3rd touches the bump
        assertEquals(List.of(), run(ctx.put("PAD", square(0, 0, 30), square(100, 0, 30)), bumps()));
        List<Violation> vs = run(ctx, bumps("unmatched_pads", "error"));
        assertEquals(1, vs.size(), vs.toString());
        assertEquals("PAD pad at (100.000, 0.000) under no BUMP bump (unmatched pad)", vs.get(0).message());
        assertEquals(0.0, vs.get(0).measuredUm());
    }

    @Test
    void padsTouchedByAShortingBumpAreNotUnmatched() {
        FakeContext ctx = new FakeContext()
                .put("BUMP", square(25, 0, 20))
                .put("PAD", square(0, 0, 30), square(50, 0, 30));
        List<Violation> vs = run(ctx, bumps("unmatched_pads", "error"));
        assertEquals(List.of(1L, 0L), List.of(count(vs, "short"), count(vs, "unmatched pad")));
    }

    @Test
    void netMismatchNamesBothLabelsAndSkipsUnlabelledShapes() {
        FakeContext ctx = new FakeContext()
                .put("BUMP", square(0, 0, 20), square(100, 0, 20), square(200, 0, 20), square(300, 0, 20))
                .put("PAD", square(0, 0, 30), square(100, 0, 30), square(200, 0, 30), square(300, 0, 30))
                .label("BN", "VDD", 0, 0).label("PN", "VDD", 5_000, 5_000)          // same net: passes
                .label("BN", "IO3", 100_000, 0).label("PN", "IO4", 100_000, 15_000) // on the pad's edge
                .label("BN", "VSS", 200_000, 0)                                     // pad unlabelled
                .label("BN", "IO7", 500_000, 0);                                    // on no bump: ignored
        List<Violation> vs = run(ctx, bumps("bump_nets", "BN", "pad_nets", "PN"));
        assertEquals(1, vs.size(), vs.toString());
        assertEquals("BUMP bump at (100.000, 0.000) net 'IO3' lands on PAD pad net 'IO4' (net mismatch)",
                vs.get(0).message());
        assertEquals(0.0, vs.get(0).measuredUm(), 1e-9);
    }

    @Test
    void aShapeWithSeveralLabelsCarriesAllTheirTexts() {
        FakeContext ctx = new FakeContext()
                .put("BUMP", square(0, 0, 20), square(100, 0, 20))
                .put("PAD", square(0, 0, 30), square(100, 0, 30))
                .label("BN", "A", 0, 0).label("BN", "A", 1_000, 0).label("PN", "A", 0, 0)   // repeated: one net
                .label("BN", "B", 100_000, 0).label("PN", "B", 100_000, 0).label("PN", "C", 101_000, 0);
        List<Violation> vs = run(ctx, bumps("bump_nets", "BN", "pad_nets", "PN"));
        assertEquals(1, vs.size(), vs.toString());
        assertTrue(vs.get(0).message().endsWith("net 'B' lands on PAD pad net 'B', 'C' (net mismatch)"), vs.toString());
    }

    @Test
    void overlappingBumpShapesAreOneBump() {
        FakeContext ctx = new FakeContext()
                .put("BUMP", square(0, 0, 20), square(2, 0, 20)) // merged: 22 x 20 centred at x 1
                .put("PAD", square(0, 0, 30));
        assertEquals(List.of(), run(ctx, bumps()));
        List<Violation> vs = run(ctx, bumps("max_offset", 0.5));
        assertEquals(1, vs.size());
        assertEquals(1.0, vs.get(0).measuredUm(), 1e-9);
    }

    @Test
    void rotatedGeometryDiamondsAndOctagons() {
        // 45-degree squares (diamonds), the bump 2 um off along the diagonal, fully on its pad
        FakeContext diamonds = new FakeContext()
                .put("BUMP", polygon(1_414, 11_414, -8_586, 1_414, 1_414, -8_586, 11_414, 1_414))
                .put("PAD", polygon(0, 15_000, -15_000, 0, 0, -15_000, 15_000, 0));
        assertEquals(List.of(), run(diamonds, bumps()));
        List<Violation> vs = run(diamonds, bumps("max_offset", 1.9));
        assertEquals(1, vs.size(), vs.toString());
        assertEquals(Math.hypot(1.414, 1.414), vs.get(0).measuredUm(), 1e-6);
        // a round bump (octagon) hanging over a diamond pad's corner
        FakeContext round = new FakeContext()
                .put("BUMP", org.cpodrc.testing.Polys.circle(14_000, 0, 5_000, 8))
                .put("PAD", polygon(0, 15_000, -15_000, 0, 0, -15_000, 15_000, 0));
        List<Violation> r = run(round, bumps("max_offset", 20.0));
        assertEquals(1, r.size(), r.toString());
        assertTrue(r.get(0).message().endsWith("(misaligned)") && r.get(0).message().contains("of its area on the pad"),
                r.toString());
    }

    /**
     * A seeded field of bumps on square pads with random offsets, checked against the answer
     * worked out by hand for axis-parallel squares, then the whole field rotated by a random angle:
     * the same opens, misalignments and offsets (rotation moves nothing relative to the pads).
     */
    @Test
    void seededFieldMatchesTheHandAnswerAtAnyRotation() {
        Random rnd = new Random(8);
        double[] steps = {0, 2, -2, 4, -4, 6, -6, 12, -12, 24, -24, 30, -30};
        int n = 20;
        List<double[]> bumps = new ArrayList<>(); // cx, cy of bump; pad at the cell centre
        int opens = 0, misaligned = 0;
        List<Double> offsets = new ArrayList<>();
        for (int i = 0; i < n * n; i++) {
            double cx = (i % n) * 100, cy = (i / n) * 100;
            double dx = steps[rnd.nextInt(steps.length)], dy = steps[rnd.nextInt(steps.length)];
            bumps.add(new double[] {cx, cy, dx, dy});
            if (Math.abs(dx) > 25 || Math.abs(dy) > 25) {
                opens++;
                continue;
            }
            double ox = 20 - Math.max(0, Math.abs(dx) - 5), oy = 20 - Math.max(0, Math.abs(dy) - 5);
            double offset = Math.hypot(dx, dy);
            if (offset > 3 || ox * oy / 400 < 0.9) {
                misaligned++;
                offsets.add(Math.round(offset * 1000) / 1000.0);
            }
        }
        offsets.sort(null);
        for (double angle : new double[] {0, 90, rnd.nextDouble() * 360, rnd.nextDouble() * 360}) {
            List<Polygon> b = new ArrayList<>(), p = new ArrayList<>();
            for (double[] c : bumps) {
                b.add(rotated(c[0] + c[2], c[1] + c[3], 20, angle));
                p.add(rotated(c[0], c[1], 30, angle));
            }
            List<Violation> vs = run(new FakeContext().put("BUMP", b).put("PAD", p), bumps("min_overlap", 0.9));
            assertEquals(opens, count(vs, "open"), "opens at " + angle);
            assertEquals(misaligned, count(vs, "misaligned"), "misaligned at " + angle);
            assertEquals(opens + misaligned, vs.size());
            List<Double> got = new ArrayList<>();
            vs.stream().filter(v -> v.message().endsWith("(misaligned)"))
                    .forEach(v -> got.add(Math.round(v.measuredUm() * 1000) / 1000.0));
            got.sort(null);
            for (int i = 0; i < got.size(); i++) {
                assertEquals(offsets.get(i), got.get(i), 0.0011, "offset " + i + " at " + angle);
            }
        }
    }

    /** A square centred at (cx, cy) µm turned by angle degrees about the origin, snapped to 1 nm. */
    private static Polygon rotated(double cx, double cy, double side, double angle) {
        double a = Math.toRadians(angle), cos = Math.cos(a), sin = Math.sin(a);
        double h = side / 2;
        double[][] corners = {{-h, -h}, {h, -h}, {h, h}, {-h, h}};
        long[] xy = new long[8];
        for (int k = 0; k < 4; k++) {
            double x = cx + corners[k][0], y = cy + corners[k][1];
            xy[2 * k] = Math.round((x * cos - y * sin) * 1000);
            xy[2 * k + 1] = Math.round((x * sin + y * cos) * 1000);
        }
        return polygon(xy);
    }

    @Test
    void hundredThousandAlignedBumpsAreClean() {
        List<Polygon> b = new ArrayList<>(), p = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            double x = (i % 400) * 40, y = (i / 400) * 40; // a 40 um micro-bump pitch
            b.add(square(x, y, 20));
            p.add(square(x, y, 26));
        }
        FakeContext ctx = new FakeContext().put("BUMP", b).put("PAD", p);
        assertEquals(List.of(), run(ctx, bumps("unmatched_pads", "error")));
    }

    @Test
    void badParametersAreInputErrors() {
        FakeContext ctx = new FakeContext().put("BUMP", square(0, 0, 20)).put("PAD", square(0, 0, 30));
        assertTrue(assertThrows(InputException.class, () -> run(ctx, bumps("min_overlap", 1.5)))
                .getMessage().contains("min_overlap must be between 0 and 1"));
        assertTrue(assertThrows(InputException.class, () -> run(ctx, bumps("bump_nets", "BN")))
                .getMessage().contains("bump_nets and pad_nets go together"));
        assertTrue(assertThrows(InputException.class, () -> run(ctx, bumps("max_offset", -1.0)))
                .getMessage().contains("max_offset must not be negative"));
    }
}
