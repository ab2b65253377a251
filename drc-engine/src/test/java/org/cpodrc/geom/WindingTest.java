package org.cpodrc.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class WindingTest {
    /** The box fast path of isValid agrees with JTS on boxes, degenerate and back-and-forth rings. */
    @Test
    void boxFastPathAgreesWithJts() {
        Random r = new Random(11);
        for (int k = 0; k < 20_000; k++) {
            // corners drawn from few values so that zero-width boxes and repeated corners are common
            int[] xs = {r.nextInt(3), r.nextInt(3)}, ys = {r.nextInt(3), r.nextInt(3)};
            Coordinate[] ring = new Coordinate[5];
            for (int i = 0; i < 4; i++) {
                ring[i] = new Coordinate(xs[r.nextInt(2)], ys[r.nextInt(2)]);
            }
            ring[4] = ring[0].copy();
            Polygon p = Region.FACTORY.createPolygon(ring);
            assertEquals(p.isValid(), Winding.isValid(p), () -> p.toText());
        }
        Polygon box = Region.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(4, 0), new Coordinate(4, 2), new Coordinate(0, 2), new Coordinate(0, 0)});
        assertEquals(true, Winding.isValid(box));
        Polygon spike = Region.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(4, 0), new Coordinate(4, 2), new Coordinate(4, 0), new Coordinate(0, 0)});
        assertEquals(false, Winding.isValid(spike));
    }

    /**
     * The winding-rule area comes out the same, polygon for polygon and vertex for vertex (ring
     * start points included), however often it is computed: JTS's polygonizer returns its faces
     * in an order that follows identity hash codes, which once made derived layers (sized layers
     * whose contours overlap) and so the order of their edges and their space markers change from
     * run to run (TiledIdentityTest seed 2, docs/tiling.md).
     */
    @Test
    void areaIsTheSameInEveryRun() {
        List<Coordinate[]> rings = new ArrayList<>();
        Random r = new Random(5);
        for (int s = 0; s < 6; s++) {
            // self-crossing stars {n/k}, apart: many faces, winding numbers 1..k, one polygon per star
            rings.add(star(4_000L * s, r.nextInt(1_000), 600 + r.nextInt(900), 11 + 2 * r.nextInt(10), 3 + r.nextInt(3)));
        }
        String first = Winding.area(rings, w -> w != 0).toText();
        assertTrue(Winding.area(rings, w -> w != 0).getNumGeometries() > 1, "several polygons");
        for (int k = 0; k < 20; k++) {
            assertEquals(first, Winding.area(rings, w -> w != 0).toText(), "run " + k);
        }
    }

    /**
     * The union of the kept faces as one coverage (no noding, one overlay of the boundary) is the
     * same area, polygon for polygon and hole for hole, as the pairwise union of the faces (JTS's
     * cascaded union, which Winding.area used before and which took seconds on sized curved
     * waveguides): random self-crossing rings on small and large grids, so that faces pinch at
     * vertices (holes touching shells or each other at a point), both winding rules.
     */
    @Test
    void coverageUnionIsTheUnionOfTheFaces() {
        Random r = new Random(3);
        for (int k = 0; k < 300; k++) {
            List<Coordinate[]> rings = new ArrayList<>();
            for (int j = 1 + r.nextInt(3); j > 0; j--) {
                int n = 4 + r.nextInt(k % 3 == 0 ? 40 : 10), span = k % 2 == 0 ? 20 : 2_000;
                Coordinate[] ring = new Coordinate[n + 1];
                for (int i = 0; i < n; i++) {
                    ring[i] = new Coordinate(r.nextInt(span), r.nextInt(span));
                }
                ring[n] = ring[0].copy();
                rings.add(ring);
            }
            java.util.function.IntPredicate keep = k % 3 == 1 ? (w -> w < 0) : (w -> w != 0);
            List<Polygon> faces = Winding.faces(rings, keep);
            String expected = faces.isEmpty() ? "POLYGON EMPTY" : GridOverlay.union(faces).norm().toText();
            org.locationtech.jts.geom.Geometry area = Winding.area(rings, keep);
            assertTrue(area.isValid(), () -> area.toText());
            assertEquals(expected, area.norm().toText(), "case " + k);
        }
    }

    /** A closed star polygon {n/k} (n odd) of radius rad around (cx, cy), on the grid. */
    private static Coordinate[] star(long cx, long cy, long rad, int n, int k) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * ((long) i * k % n) / n;
            ring[i] = new Coordinate(Math.round(cx + rad * Math.cos(a)), Math.round(cy + rad * Math.sin(a)));
        }
        ring[n] = ring[0].copy();
        return ring;
    }
}
