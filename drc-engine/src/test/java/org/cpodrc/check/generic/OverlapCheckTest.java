package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cpodrc.check.Metric;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;

class OverlapCheckTest {
    private final FakeContext ctx = new FakeContext()
            .put("PIC", rect(0, 0, 100_000, 100_000), rect(100_000, 0, 150_000, 50_000)) // merge into one L
            .put("EIC", rect(80_000, 10_000, 120_000, 20_000),   // 40 x 10, fully over the merged PIC
                    rect(140_000, 40_000, 160_000, 60_000));     // 20 x 20, 10 x 10 over the PIC

    @Test
    void ratioAndAreaBoundsAndOneMetricPerShape() {
        FakeContext.Results r = ctx.run(new OverlapCheck(),
                rule("O", "overlap", "layer", "EIC", "other", "PIC", "min_ratio", 0.5, "min_area", 150.0));
        assertEquals(2, r.violations.size(), r.violations.toString());
        assertEquals(0.25, r.violations.get(0).measuredUm(), 1e-12);
        assertEquals(0.5, r.violations.get(0).requiredUm());
        assertEquals(100.0, r.violations.get(1).measuredUm(), 1e-9);
        assertEquals(150.0, r.violations.get(1).requiredUm());
        assertEquals(2, r.metrics.size());
        Metric m = r.metrics.get(0);
        assertEquals("overlap", m.name());
        assertEquals(List.of("shape", "bbox_um", "area_um2", "overlap_um2", "value", "unit"),
                List.copyOf(m.fields().keySet()));
        assertArrayEquals(new double[] {80, 10, 120, 20}, (double[]) m.fields().get("bbox_um"), 1e-12);
        assertEquals(400.0, (Double) m.fields().get("overlap_um2"), 1e-9);
        assertEquals(1.0, (Double) m.fields().get("value"), 1e-12);
    }

    @Test
    void maxRatioFlagsTooMuchOverlap() {
        FakeContext.Results r = ctx.run(new OverlapCheck(),
                rule("O", "overlap", "layer", "EIC", "other", "PIC", "max_ratio", 0.25));
        assertEquals(1, r.violations.size()); // 0.25 exactly passes
        assertEquals(1.0, r.violations.get(0).measuredUm(), 1e-12);
    }
}
