package org.cpodrc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.testing.KLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * width and notch within polygons of at most 100 edges against KLayout's DRC run, edge pair for
 * edge pair with each edge's direction: KLayout tests such a polygon's edges pair by pair in its
 * own edge order (hull clockwise from its lowest, then leftmost point; holes counter-clockwise,
 * sorted), and the first edge of a pair is the orientation its shielding test sees
 * (docs/klayout-differences.md section 12). Seeded small polygons made for that test to matter:
 * spiky stars (acute corners, slanted edges ending where the next begins), with holes, with
 * collinear points, narrow notches; every metric and whole_edges.
 */
class SmallPolygonChecksVsKLayoutDrcTest {
    private static final String[][] RULES = {
        {"W", "{check: width, layer: WG, min: 0.6}", "wg.width(0.6.um)"},
        {"W_PROJ", "{check: width, layer: WG, min: 0.6, metric: projection}", "wg.width(0.6.um, projection)"},
        {"W_SQ", "{check: width, layer: WG, min: 0.6, metric: square}", "wg.width(0.6.um, square)"},
        {"W_WHOLE", "{check: width, layer: WG, min: 0.6, whole_edges: true}", "wg.width(0.6.um, whole_edges)"},
        {"W_A80", "{check: width, layer: WG, min: 0.9, angle_limit: 80}", "wg.width(0.9.um, angle_limit(80))"},
        {"N", "{check: notch, layer: WG, min: 0.6}", "wg.notch(0.6.um)"},
        {"N_PROJ", "{check: notch, layer: WG, min: 0.6, metric: projection}", "wg.notch(0.6.um, projection)"},
        {"N_WHOLE", "{check: notch, layer: WG, min: 0.6, whole_edges: true}", "wg.notch(0.6.um, whole_edges)"},
    };

    private static final LayerKey WG = new LayerKey(1, 0);

    @TempDir
    Path dir;

    @Test
    void sameEdgePairsAsKLayoutDrcWithinSmallPolygons() throws Exception {
        KLayout.assumeInstalled();
        int seeds = Integer.getInteger("smallPolygonSeeds", 6);
        Path gds = DrcParity.seededLayouts(dir, "in.gds", seeds, 1_000_000, SmallPolygonChecksVsKLayoutDrcTest::randomLayout);
        Set<String> symmetric = Set.of(Arrays.stream(RULES).map(r -> r[0]).toArray(String[]::new));
        DrcParity.Form form = DrcParity.orientedEdgePairs(symmetric);
        Map<String, List<String>> ours = DrcParity.cpodrc(dir, gds, "  RAW: 1/0\n  HOLE: 1/1\n", "  WG: RAW not HOLE", RULES, form);
        Map<String, List<String>> theirs = DrcParity.klayout(dir, gds, "wg = (input(1, 0) - input(1, 1)).merged\n", RULES, form);
        List<String> failures = new ArrayList<>();
        for (String[] r : RULES) {
            List<String> k = theirs.getOrDefault(r[0], List.of()), c = ours.getOrDefault(r[0], List.of());
            System.out.println(r[0] + ": KLayout " + k.size() + ", cpodrc " + c.size());
            assertTrue(k.size() >= 50, r[0] + ": the layouts must exercise the rule: " + k.size());
            String diff = DrcParity.difference(k, c);
            if (!diff.isEmpty()) {
                failures.add(r[0] + ": " + diff);
            }
        }
        assertEquals(List.of(), failures);
    }

    /** 100 small polygons (at most 100 edges each) on a 10 µm pitch. */
    static void randomLayout(Random rnd, Cell top, int x0) {
        for (int i = 0; i < 100; i++) {
            long cx = x0 + 10_000L * (i % 10), cy = 10_000L * (i / 10);
            int kind = rnd.nextInt(4);
            List<long[]> hull = switch (kind) {
                case 0 -> star(rnd, cx, cy, 3 + rnd.nextInt(40), 200, 3_000);
                case 1 -> withCollinearPoints(rnd, star(rnd, cx, cy, 3 + rnd.nextInt(20), 400, 3_000));
                case 2 -> comb(rnd, cx, cy);
                default -> star(rnd, cx, cy, 5 + rnd.nextInt(30), 2_300, 3_500);
            };
            List<List<long[]>> holes = new ArrayList<>();
            if (kind == 3) {
                // holes close to each other and to the hull (notches between them, width to the
                // hull), never crossing them: the derived layer's vertices are the drawn ones, so
                // only the checks can differ
                long[][] at = {{-900, 0}, {900, 0}, {0, 900}};
                for (int h = rnd.nextInt(3); h >= 0; h--) {
                    holes.add(star(rnd, cx + at[h][0], cy + at[h][1], 3 + rnd.nextInt(12), 150, 440));
                }
            }
            add(top, hull, holes);
        }
    }

    /**
     * A star-shaped polygon: n vertices at random angles and radii (spikes, acute corners, slants),
     * one per sector of 2 pi / n, so that it is simple (self-touching merged polygons are a
     * matter of their own: KLayout joins them into one contour through the touching point).
     */
    private static List<long[]> star(Random rnd, long cx, long cy, int n, int rMin, int rMax) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = 2 * Math.PI * (k + 0.05 + 0.9 * rnd.nextDouble()) / n;
        }
        List<long[]> pts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            double r = rMin + rnd.nextDouble() * (rMax - rMin);
            pts.add(new long[] {cx + Math.round(r * Math.cos(a[k])), cy + Math.round(r * Math.sin(a[k]))});
        }
        return pts;
    }

    /** The polygon with a point put in the middle of some edges (collinear points KLayout drops). */
    private static List<long[]> withCollinearPoints(Random rnd, List<long[]> pts) {
        List<long[]> out = new ArrayList<>();
        for (int k = 0; k < pts.size(); k++) {
            long[] p = pts.get(k), q = pts.get((k + 1) % pts.size());
            out.add(p);
            if (rnd.nextBoolean() && (q[0] - p[0]) % 2 == 0 && (q[1] - p[1]) % 2 == 0) {
                out.add(new long[] {(p[0] + q[0]) / 2, (p[1] + q[1]) / 2});
            }
        }
        return out;
    }

    /** A comb: teeth of random widths and gaps along a base, their tips cut at random slants. */
    private static List<long[]> comb(Random rnd, long cx, long cy) {
        List<long[]> top = new ArrayList<>();
        long x = cx - 3_500;
        while (x < cx + 2_500) {
            long w = 250 + rnd.nextInt(900), gap = 250 + rnd.nextInt(900);
            long h1 = 1_000 + rnd.nextInt(2_500), h2 = h1 + rnd.nextInt(1_200) - 600;
            top.add(new long[] {x, cy + h1});
            top.add(new long[] {x + w, cy + h2});
            top.add(new long[] {x + w, cy + 300});
            top.add(new long[] {x + w + gap, cy + 300 + rnd.nextInt(200)});
            x += w + gap;
        }
        List<long[]> pts = new ArrayList<>();
        pts.add(new long[] {cx - 3_500, cy - 1_000});
        pts.add(new long[] {cx - 3_500, cy + 300});
        pts.addAll(top.subList(0, top.size() - 1));
        pts.add(new long[] {x - 0, cy - 1_000 + rnd.nextInt(500)});
        return pts;
    }

    private static void add(Cell top, List<long[]> hull, List<List<long[]>> holes) {
        // GDS has no holes: they are drawn on datatype 1 and cut out by the deck (RAW not HOLE)
        int[] xy = new int[2 * hull.size()];
        for (int k = 0; k < hull.size(); k++) {
            xy[2 * k] = (int) hull.get(k)[0];
            xy[2 * k + 1] = (int) hull.get(k)[1];
        }
        top.shapes(WG).addPolygon(xy, 0, hull.size());
        for (List<long[]> h : holes) {
            int[] hxy = new int[2 * h.size()];
            for (int k = 0; k < h.size(); k++) {
                hxy[2 * k] = (int) h.get(k)[0];
                hxy[2 * k + 1] = (int) h.get(k)[1];
            }
            top.shapes(HOLE).addPolygon(hxy, 0, h.size());
        }
    }

    private static final LayerKey HOLE = new LayerKey(1, 1);
}
