package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cpodrc.check.Violation;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;

class KeepOutCheckTest {
    private final KeepOutCheck check = new KeepOutCheck();

    @Test
    void flagsNearTouchingAndOverlappingShapesWithTheirDistance() {
        FakeContext ctx = new FakeContext()
                .put("TSV", rect(0, 0, 10_000, 10_000))
                .put("WG", rect(13_000, 0, 14_000, 10_000),      // 3 um right of the TSV: too close
                        rect(0, 15_000, 10_000, 16_000),          // 5 um above: exactly the keep-out, passes
                        rect(-1_000, -2_000, -500, 2_000),        // 0.5 um left
                        rect(5_000, 5_000, 6_000, 12_000),        // overlaps the TSV (1 x 5 um)
                        rect(14_000, 14_000, 15_000, 15_000));    // corner to corner: hypot(4, 4) = 5.657 um
        List<Violation> vs = ctx.run(check, rule("K", "keep_out", "layer", "WG", "from", "TSV", "distance", 5.0))
                .violations;
        assertEquals(3, vs.size(), vs.toString());
        Violation left = find(vs, 0.5);
        assertEquals(-500, left.x1());
        assertEquals(0, left.x2());
        Violation right = find(vs, 3.0);
        assertEquals(5.0, right.requiredUm());
        Violation overlap = find(vs, 0.0);
        assertEquals(List.of(5_000L, 5_000L, 6_000L, 10_000L),
                List.of(overlap.x1(), overlap.y1(), overlap.x2(), overlap.y2()));
        assertEquals(5.0 * 1e6, overlap.marker().getArea(), 0);
    }

    @Test
    void euclideanCornerDistanceCountsAndTouchingIsZero() {
        FakeContext ctx = new FakeContext()
                .put("A", rect(0, 0, 1_000, 1_000))
                .put("B", rect(4_000, 5_000, 5_000, 6_000), rect(1_000, -3_000, 2_000, 0)); // 5 um diagonal; corner touch
        List<Violation> vs = ctx.run(check, rule("K", "keep_out", "layer", "A", "from", "B", "distance", 5.001))
                .violations;
        assertEquals(2, vs.size());
        assertEquals(5.0, find(vs, 5.0).measuredUm(), 1e-12);
        assertEquals(0.0, find(vs, 0.0).measuredUm());
    }

    @Test
    void sameLayerReportsEachPairOnceAndNeverAShapeWithItself() {
        FakeContext ctx = new FakeContext().put("A", rect(0, 0, 1_000, 1_000), rect(2_000, 0, 3_000, 1_000));
        List<Violation> vs = ctx.run(check, rule("K", "keep_out", "layer", "A", "from", "A", "distance", 2.0))
                .violations;
        assertEquals(1, vs.size());
        assertEquals(1.0, vs.get(0).measuredUm(), 1e-12);
    }

    static Violation find(List<Violation> vs, double measured) {
        return vs.stream().filter(v -> Math.abs(v.measuredUm() - measured) < 1e-9).findFirst()
                .orElseThrow(() -> new AssertionError("no violation measuring " + measured + " in " + vs));
    }
}
