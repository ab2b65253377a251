package org.cpodrc.check.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.cpodrc.check.Violation;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * Random arrays at random angles and pitches, with pitch errors injected at known pairs: the
 * check must find exactly the arrays it was given and flag exactly the injected pairs.
 */
class FiberArrayRandomTest {
    private static final double[] PITCHES = {80, 127, 250};

    @Test
    void flagsExactlyTheInjectedPairs() {
        Random random = new Random(20261125L);
        int injectedTotal = 0;
        for (int trial = 0; trial < 40; trial++) {
            double pitch = PITCHES[random.nextInt(PITCHES.length)];
            TestContext ctx = new TestContext();
            List<Integer> counts = new ArrayList<>();
            Set<String> expected = new TreeSet<>();
            int arrays = 1 + random.nextInt(4);
            for (int a = 0; a < arrays; a++) {
                // each array in its own 20 mm cell, so arrays never come within 1.5 pitch of each other
                double angle = random.nextDouble() * 360;
                double ux = Math.cos(Math.toRadians(angle));
                double uy = Math.sin(Math.toRadians(angle));
                int n = 2 + random.nextInt(23);
                counts.add(n);
                double along = 0;
                Polygon prev = null;
                for (int i = 0; i < n; i++) {
                    boolean injected = false;
                    if (i > 0) {
                        injected = random.nextInt(4) == 0;
                        double err = injected
                                ? (0.7 + random.nextDouble() * 4.3) * (random.nextBoolean() ? 1 : -1)
                                : (random.nextDouble() - 0.5) * 0.6;
                        along += pitch + err;
                    }
                    double jitter = (random.nextDouble() - 0.5) * 0.4; // perpendicular, within collinear noise
                    double x = a * 20000 + along * ux - jitter * uy;
                    double y = along * uy + jitter * ux;
                    Polygon fiber = TestShapes.rotatedRect(x, y, 10, 10, angle);
                    ctx.add("F", fiber);
                    if (injected) {
                        Envelope e = new Envelope(prev.getEnvelopeInternal());
                        e.expandToInclude(fiber.getEnvelopeInternal());
                        expected.add(key(e));
                    }
                    prev = fiber;
                }
            }
            RecordingSink sink = new RecordingSink();
            new FiberArrayCheck().run(Rules.rule("fiber_array", "layer", "F", "pitch", pitch, "tolerance", 0.5), ctx, sink);
            assertEquals(counts, sink.arrayCounts(), "trial " + trial);
            Set<String> flagged = new TreeSet<>();
            for (Violation v : sink.violations) {
                flagged.add(key(new Envelope(v.x1(), v.x2(), v.y1(), v.y2())));
            }
            assertEquals(expected, flagged, "trial " + trial + ": " + sink.messages());
            injectedTotal += expected.size();
        }
        assertTrue(injectedTotal > 50, "the seed injects errors: " + injectedTotal);
    }

    private static String key(Envelope e) {
        return (long) e.getMinX() + "," + (long) e.getMinY() + "," + (long) e.getMaxX() + "," + (long) e.getMaxY();
    }
}
