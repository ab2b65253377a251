package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.check.Violation;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class DensityCheckTest {
    private final DensityCheck check = new DensityCheck();

    @Test
    void windowsOverTheExtentClippedAtTheFarEdge() {
        // extent 0..250 x 0..100 um; windows 100 um: x = 0, 100, 200 (the last clipped to 50 um wide)
        FakeContext ctx = new FakeContext()
                .put("M", rect(0, 0, 100_000, 50_000),        // window 0: 0.5
                        rect(100_000, 0, 110_000, 100_000),    // window 1: 0.1
                        rect(200_000, 0, 250_000, 100_000))    // window 2 (clipped): 1.0
                .extent(new Envelope(0, 250_000, 0, 100_000));
        List<Violation> vs = ctx.run(check, rule("D", "density", "layer", "M", "min", 0.2, "max", 0.9,
                "window", 100.0)).violations;
        assertEquals(2, vs.size(), vs.toString());
        assertEquals(0.1, vs.get(0).measuredUm(), 1e-12);
        assertEquals(0.2, vs.get(0).requiredUm());
        assertEquals(1.0, vs.get(1).measuredUm(), 1e-12);
        assertEquals(List.of(200_000L, 0L, 250_000L, 100_000L),
                List.of(vs.get(1).x1(), vs.get(1).y1(), vs.get(1).x2(), vs.get(1).y2()));
    }

    @Test
    void steppedWindowsOverlap() {
        FakeContext ctx = new FakeContext().put("M", rect(50_000, 0, 100_000, 100_000))
                .extent(new Envelope(0, 200_000, 0, 100_000));
        // windows of 100 um at x = 0, 50, 100 (the last reaches the edge): coverage 0.5, 0.5, 0
        List<Violation> vs = ctx.run(check, rule("D", "density", "layer", "M", "min", 0.4,
                "window", 100.0, "step", 50.0)).violations;
        assertEquals(1, vs.size(), vs.toString());
        assertEquals(100_000, vs.get(0).x1());
        assertEquals(200_000, vs.get(0).x2());
    }

    @Test
    void windowsPerSideStopAtTheFirstReachingTheEdge() {
        assertEquals(1, DensityCheck.windows(50, 100, 100));
        assertEquals(1, DensityCheck.windows(100, 100, 100));
        assertEquals(2, DensityCheck.windows(101, 100, 100));
        assertEquals(3, DensityCheck.windows(200, 100, 50));
        assertEquals(4, DensityCheck.windows(201, 100, 50));
    }

    @Test
    void boundaryLayerClipsTheWindows() {
        FakeContext ctx = new FakeContext()
                .put("DIE", rect(0, 0, 100_000, 50_000))
                .put("M", rect(0, 0, 100_000, 25_000), rect(0, 60_000, 100_000, 100_000)); // the second is off-die
        List<Violation> vs = ctx.run(check, rule("D", "density", "layer", "M", "min", 0.6, "window", 100.0,
                "boundary", "DIE")).violations;
        assertEquals(1, vs.size());
        assertEquals(0.5, vs.get(0).measuredUm(), 1e-12);
        assertEquals(50_000, vs.get(0).y2());
    }

    @Test
    void refusesAbsurdWindowCounts() {
        FakeContext ctx = new FakeContext().put("M", rect(0, 0, 10_000_000, 10_000_000));
        assertThrows(InputException.class, () -> ctx.run(check, rule("D", "density", "layer", "M",
                "window", 0.001)));
    }
}
