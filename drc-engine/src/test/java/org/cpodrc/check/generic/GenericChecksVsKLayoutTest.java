package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.cpodrc.check.Metric;
import org.cpodrc.check.Violation;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * Differential test against KLayout 0.28 (the reference users compare with): random layouts of
 * overlapping rectangles (A) and rectangles plus non-overlapping circles (B); area, inside,
 * covered, keep_out, overlap and count-per-container must flag the same shapes with the same
 * values. Shapes are identified by their bounding boxes; KLayout's answers come from its Region
 * API (merged, with_area, not, not_inside, separation without shielding, interacting, inside).
 */
class GenericChecksVsKLayoutTest {
    private static final long AMIN = 60_000_000L;   // 60 um2 in dbu2 at 1 nm
    private static final long AMAX = 400_000_000L;  // 400 um2
    private static final long D = 3_000;            // 3 um keep-out

    @TempDir
    Path dir;

    @Test
    void sameAnswersAsKLayoutOnRandomLayouts() throws Exception {
        KLayoutReference.assumeInstalled();
        // three random layouts side by side, 1 mm apart: one KLayout start (slow) for all of them
        List<Polygon> a = new ArrayList<>();
        List<Polygon> b = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            randomLayout(new Random(seed), seed * 1_000_000L, a, b);
        }
        compare(a, b);
        // the layouts exercise every answer, so agreement is not agreement on nothing
        exercised.forEach((k, n) -> assertTrue(n > 0, "no case of " + k + " in the random layouts"));
        assertEquals(7, exercised.size());
    }

    private final Map<String, Integer> exercised = new TreeMap<>();

    private static void randomLayout(Random rnd, long x0, List<Polygon> a, List<Polygon> b) {
        for (int i = 0; i < 70; i++) {
            long x = x0 + rnd.nextInt(200_000);
            long y = rnd.nextInt(200_000);
            a.add(rect(x, y, x + 2_000 + rnd.nextInt(20_000), y + 2_000 + rnd.nextInt(20_000)));
        }
        for (int i = 0; i < 12; i++) {
            long x = x0 + rnd.nextInt(200_000);
            long y = rnd.nextInt(200_000);
            b.add(rect(x, y, x + 10_000 + rnd.nextInt(40_000), y + 10_000 + rnd.nextInt(40_000)));
        }
        for (int i = 0; i < 8; i++) { // circles on their own 25 um grid cells above the rectangles: never overlap each other
            b.add(circle(x0 + 12_500 + 25_000L * i, 240_000 + rnd.nextInt(5_000), 4_000 + rnd.nextInt(4_000), 32));
            a.add(rect(x0 + 10_000 + 25_000L * i, 248_000 + rnd.nextInt(4_000), x0 + 12_000 + 25_000L * i, 255_000));
        }
    }

    private void compare(List<Polygon> a, List<Polygon> b) throws Exception {
        StringBuilder in = new StringBuilder("param amin " + AMIN + "\nparam amax " + AMAX + "\nparam d " + D + "\n");
        write(in, "A", a);
        write(in, "B", b);
        Map<String, String> ref = KLayoutReference.run("generic_checks.py", in.toString(), dir);
        ref.forEach((k, v) -> exercised.merge(k, KLayoutReference.items(v).size(), Integer::sum));
        FakeContext ctx = new FakeContext().put("A", a).put("B", b);

        List<Violation> area = ctx.run(new AreaCheck(), rule("AR", "area", "layer", "A", "min", 60.0, "max", 400.0))
                .violations;
        assertEquals(KLayoutReference.items(ref.get("area_small")),
                keys(area.stream().filter(v -> v.requiredUm() == 60.0).toList()), "area below min");
        assertEquals(KLayoutReference.items(ref.get("area_large")),
                keys(area.stream().filter(v -> v.requiredUm() == 400.0).toList()), "area above max");

        List<String> inside = new ArrayList<>();
        for (Violation v : ctx.run(new InsideCheck(), rule("IN", "inside", "layer", "A", "container", "B")).violations) {
            inside.add(key(v) + ":" + Math.round(v.measuredUm() * 1e6));
        }
        assertEquals(KLayoutReference.items(ref.get("inside")), sorted(inside), "inside");

        assertEquals(KLayoutReference.items(ref.get("covered")),
                keys(ctx.run(new CoveredCheck(), rule("CV", "covered", "layer", "A", "by", "B")).violations), "covered");

        TreeMap<String, Double> nearest = new TreeMap<>();
        for (Violation v : ctx.run(new KeepOutCheck(), rule("KO", "keep_out", "layer", "A", "from", "B",
                "distance", D / 1000.0)).violations) {
            String k = shapeKey(ctx, v);
            nearest.merge(k, v.measuredUm() * 1000, Math::min);
        }
        List<String> refKeep = KLayoutReference.items(ref.get("keep_out"));
        assertEquals(refKeep.stream().map(s -> s.substring(0, s.lastIndexOf(':'))).toList(),
                List.copyOf(nearest.keySet()), "keep_out flags the same shapes");
        for (String s : refKeep) {
            String k = s.substring(0, s.lastIndexOf(':'));
            // the edge pair's edges are clipped to the part within reach, with end points on the grid
            assertEquals(Double.parseDouble(s.substring(s.lastIndexOf(':') + 1)), nearest.get(k), 1.0,
                    "distance of " + k);
        }

        List<String> overlap = new ArrayList<>();
        for (Metric m : ctx.run(new OverlapCheck(), rule("OV", "overlap", "layer", "A", "other", "B")).metrics) {
            double[] bb = (double[]) m.fields().get("bbox_um");
            overlap.add(Math.round(bb[0] * 1000) + "," + Math.round(bb[1] * 1000) + "," + Math.round(bb[2] * 1000) + ","
                    + Math.round(bb[3] * 1000) + ":" + Math.round((Double) m.fields().get("area_um2") * 1e6) + ":"
                    + Math.round((Double) m.fields().get("overlap_um2") * 1e6));
        }
        assertEquals(KLayoutReference.items(ref.get("overlap")), sorted(overlap), "overlap areas");

        List<String> perContainer = new ArrayList<>();
        FakeContext.Results counts = ctx.run(new CountCheck(),
                rule("CP", "count", "layer", "A", "per", "B", "max", -1L)); // every container reports its count
        for (Violation v : counts.violations) {
            perContainer.add(key(v) + ":" + Math.round(v.measuredUm()));
        }
        assertEquals(KLayoutReference.items(ref.get("count_per")), sorted(perContainer), "count per container");
    }

    /** The merged A shape a keep-out violation belongs to: the one its marker touches. */
    private static String shapeKey(FakeContext ctx, Violation v) {
        for (Polygon p : ctx.layer("A").merged().polygons()) {
            if (p.intersects(v.marker()) || p.distance(v.marker()) == 0) {
                return key(p.getEnvelopeInternal());
            }
        }
        throw new AssertionError("marker of " + v + " touches no A shape");
    }

    private static void write(StringBuilder out, String layer, List<Polygon> ps) {
        for (Polygon p : ps) {
            out.append(layer);
            Coordinate[] cs = p.getExteriorRing().getCoordinates();
            for (int i = 0; i < cs.length - 1; i++) {
                out.append(' ').append((long) cs[i].x).append(' ').append((long) cs[i].y);
            }
            out.append('\n');
        }
    }

    private static List<String> keys(List<Violation> vs) {
        List<String> out = new ArrayList<>();
        for (Violation v : vs) {
            out.add(key(v));
        }
        return sorted(out);
    }

    private static String key(Violation v) {
        return v.x1() + "," + v.y1() + "," + v.x2() + "," + v.y2();
    }

    private static String key(Envelope e) {
        return (long) e.getMinX() + "," + (long) e.getMinY() + "," + (long) e.getMaxX() + "," + (long) e.getMaxY();
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        out.sort(null);
        return out;
    }
}
