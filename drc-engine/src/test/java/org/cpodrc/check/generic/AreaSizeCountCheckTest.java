package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.polygon;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.cpodrc.check.Violation;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;

class AreaSizeCountCheckTest {
    @Test
    void areaComparesMergedShapesAndBoundsAreInclusive() {
        FakeContext ctx = new FakeContext().put("M",
                rect(0, 0, 10_000, 10_000),                 // 100 um2: exactly min, passes
                rect(20_000, 0, 29_000, 10_000),            // 90 um2: too small
                rect(40_000, 0, 50_000, 10_000), rect(45_000, 0, 60_000, 10_000), // merge to 200 um2: exactly max
                rect(70_000, 0, 90_000, 11_000));           // 220 um2: too big
        List<Violation> vs = ctx.run(new AreaCheck(), rule("A", "area", "layer", "M", "min", 100.0, "max", 200.0))
                .violations;
        assertEquals(2, vs.size(), vs.toString());
        assertTrue(vs.stream().anyMatch(v -> v.measuredUm() == 90.0 && v.requiredUm() == 100.0));
        assertTrue(vs.stream().anyMatch(v -> Math.abs(v.measuredUm() - 220.0) < 1e-9 && v.requiredUm() == 200.0));
    }

    @Test
    void sizeUsesBoundingBoxSidesAndDiameterForRoundShapes() {
        FakeContext ctx = new FakeContext().put("V",
                rect(0, 0, 10_000, 10_000),                 // 10 x 10: ok
                rect(20_000, 0, 28_000, 10_000),            // 8 wide: too narrow
                rect(40_000, 0, 42_000, 30_000),            // 2 x 30: too narrow and too long
                circle(100_000, 0, 6_000, 64),              // diameter 12: too big
                circle(200_000, 0, 5_000, 128));            // diameter 10: ok despite grid snapping
        List<Violation> vs = ctx.run(new SizeCheck(), rule("S", "size", "layer", "V", "min", 9.0, "max", 11.0))
                .violations;
        assertEquals(4, vs.size(), vs.toString());
        assertTrue(vs.stream().anyMatch(v -> v.measuredUm() == 8.0 && v.message().contains("width")));
        assertTrue(vs.stream().anyMatch(v -> v.measuredUm() == 2.0 && v.requiredUm() == 9.0));
        assertTrue(vs.stream().anyMatch(v -> v.measuredUm() == 30.0 && v.message().contains("height")));
        assertTrue(vs.stream().anyMatch(v -> v.measuredUm() == 12.0 && v.message().contains("diameter")));
    }

    @Test
    void roundShapeDefinition() {
        assertEquals(OptionalLong.of(10_000), RoundShape.diameter(circle(0, 0, 5_000, 64)));
        assertEquals(OptionalLong.of(10_000), RoundShape.diameter(circle(7, -3, 5_000, 17)));
        assertEquals(OptionalLong.empty(), RoundShape.diameter(circle(0, 0, 5_000, 8)), "octagon is measured by bbox");
        assertEquals(OptionalLong.empty(), RoundShape.diameter(rect(0, 0, 10, 10)));
        // 16 vertices but an ellipse: not round
        long[] xy = new long[32];
        for (int i = 0; i < 16; i++) {
            xy[2 * i] = Math.round(8_000 * Math.cos(2 * Math.PI * i / 16));
            xy[2 * i + 1] = Math.round(5_000 * Math.sin(2 * Math.PI * i / 16));
        }
        assertEquals(OptionalLong.empty(), RoundShape.diameter(polygon(xy)));
    }

    @Test
    void countInTotalAndPerContainer() {
        FakeContext ctx = new FakeContext()
                .put("FAU", rect(0, 0, 100_000, 100_000), rect(200_000, 0, 300_000, 100_000))
                .put("F", rect(10_000, 10_000, 20_000, 20_000), rect(30_000, 10_000, 40_000, 20_000),
                        rect(0, 50_000, 10_000, 60_000),           // touches the container edge inside: counts
                        rect(95_000, 0, 105_000, 10_000),          // straddles: counts nowhere
                        rect(210_000, 10_000, 220_000, 20_000));
        List<Violation> total = ctx.run(new CountCheck(), rule("C", "count", "layer", "F", "max", 4L)).violations;
        assertEquals(1, total.size());
        assertEquals(5.0, total.get(0).measuredUm());
        assertEquals(List.of(0L, 0L, 220_000L, 60_000L),
                List.of(total.get(0).x1(), total.get(0).y1(), total.get(0).x2(), total.get(0).y2()));

        List<Violation> per = ctx.run(new CountCheck(),
                rule("C", "count", "layer", "F", "per", "FAU", "min", 2L, "max", 2L)).violations;
        assertEquals(2, per.size(), per.toString());
        assertTrue(per.stream().anyMatch(v -> v.measuredUm() == 3.0 && v.x1() == 0 && v.requiredUm() == 2.0));
        assertTrue(per.stream().anyMatch(v -> v.measuredUm() == 1.0 && v.x1() == 200_000));
    }

    @Test
    void countOfAnEmptyLayer() {
        List<Violation> vs = new FakeContext().run(new CountCheck(), rule("C", "count", "layer", "F", "min", 1L))
                .violations;
        assertEquals(1, vs.size());
        assertEquals(0.0, vs.get(0).measuredUm());
    }
}
