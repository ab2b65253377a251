package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cpodrc.InputException;
import org.cpodrc.check.Violation;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class PitchCheckTest {
    private final PitchCheck check = new PitchCheck();

    /** Fibers at 127 um except one 126.4 um gap; 10 um squares, so centres sit on whole dbu. */
    private static List<Polygon> fibers() {
        List<Polygon> ps = new ArrayList<>();
        long x = 0;
        for (int i = 0; i < 8; i++) {
            ps.add(rect(x, 0, x + 10_000, 10_000));
            x += i == 4 ? 126_400 : 127_000;
        }
        return ps;
    }

    @Test
    void nominalWithToleranceReportsTheOffendingPairOnce() {
        FakeContext ctx = new FakeContext().put("F", fibers());
        List<Violation> vs = ctx.run(check, rule("P", "pitch", "layer", "F", "nominal", 127.0, "tolerance", 0.5))
                .violations;
        assertEquals(1, vs.size(), vs.toString());
        Violation v = vs.get(0);
        assertEquals(126.4, v.measuredUm(), 1e-9);
        assertEquals(127.0, v.requiredUm());
        assertEquals(4 * 127_000, v.x1());
        assertEquals(4 * 127_000 + 126_400 + 10_000, v.x2());
        assertEquals(2, v.marker().getNumPoints());

        assertEquals(0, ctx.run(check, rule("P", "pitch", "layer", "F", "nominal", 127.0, "tolerance", 0.6))
                .violations.size(), "a deviation exactly at the tolerance passes");
    }

    @Test
    void minFlagsEveryTiedNeighbourPairOnce() {
        // a 3 x 3 grid at 50 um: every shape's nearest neighbours are tied; 12 distinct adjacent pairs
        List<Polygon> ps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                ps.add(circle(i * 50_000L, j * 50_000L, 5_000, 32));
            }
        }
        List<Violation> vs = new FakeContext().put("T", ps)
                .run(check, rule("P", "pitch", "layer", "T", "min", 60.0)).violations;
        assertEquals(12, vs.size());
        vs.forEach(v -> assertEquals(50.0, v.measuredUm(), 1e-9));
    }

    @Test
    void agreesWithBruteForceOnRandomPoints() {
        Random rnd = new Random(7);
        List<Polygon> ps = new ArrayList<>();
        List<long[]> centres = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long x = rnd.nextInt(2_000) * 1_000L;
            long y = rnd.nextInt(2_000) * 1_000L;
            if (centres.stream().anyMatch(c -> Math.abs(c[0] - x) <= 1_000 && Math.abs(c[1] - y) <= 1_000)) {
                continue; // keep squares apart so they do not merge
            }
            centres.add(new long[] {x, y});
            ps.add(rect(x - 200, y - 200, x + 200, y + 200));
        }
        double min = 40.0;
        long expected = 0;
        for (int i = 0; i < centres.size(); i++) {
            for (int j = i + 1; j < centres.size(); j++) {
                double d = dist(centres.get(i), centres.get(j));
                if (d < min * 1000 && (isNearest(centres, i, d) || isNearest(centres, j, d))) {
                    expected++;
                }
            }
        }
        List<Violation> vs = new FakeContext().put("T", ps).run(check, rule("P", "pitch", "layer", "T", "min", min))
                .violations;
        assertEquals(expected, vs.size());
    }

    private static boolean isNearest(List<long[]> cs, int i, double d) {
        for (int k = 0; k < cs.size(); k++) {
            if (k != i && dist(cs.get(i), cs.get(k)) < d) {
                return false;
            }
        }
        return true;
    }

    private static double dist(long[] a, long[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    @Test
    void needsMinOrNominal() {
        assertThrows(InputException.class, () -> new FakeContext().put("T", rect(0, 0, 1, 1))
                .run(check, rule("P", "pitch", "layer", "T")));
    }
}
