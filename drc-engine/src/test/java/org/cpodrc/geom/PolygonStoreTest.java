package org.cpodrc.geom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class PolygonStoreTest {
    private static final GeometryFactory F = Region.FACTORY;

    @Test
    void packedPolygonsComeBackPointForPointWithHolesInOrder() {
        Random rnd = new Random(9);
        List<Polygon> in = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            int x = rnd.nextInt(2_000_000) - 1_000_000, y = rnd.nextInt(2_000_000) - 1_000_000;
            int w = 10 + rnd.nextInt(1000), h = 10 + rnd.nextInt(1000);
            LinearRing shell = ring(x, y, x + w, y, x + w, y + h, x + rnd.nextInt(w), y + h + rnd.nextInt(50), x, y + h);
            LinearRing[] holes = k % 3 == 0 ? new LinearRing[] {ring(x + 2, y + 2, x + 2, y + 5, x + 5, y + 5, x + 5, y + 2)}
                    : new LinearRing[0];
            in.add(F.createPolygon(shell, holes));
        }
        PolygonStore s = new PolygonStore.Builder().addAll(in).build();
        assertEquals(in.size(), s.size());
        long[] boxes = s.boxes();
        assertArrayEquals(BoxIndex.boxes(in), boxes);
        for (int i = 0; i < in.size(); i++) {
            Polygon back = s.polygon(i);
            assertTrue(s.isPacked(i));
            assertNotSame(in.get(i), back);
            assertTrue(in.get(i).equalsExact(back), "polygon " + i);
            assertEquals(in.get(i).getNumPoints(), s.numPoints(i));
            assertEquals(in.get(i).getNumInteriorRing(), back.getNumInteriorRing());
        }
        // about 8 bytes per vertex, far below the JTS objects
        long vertices = in.stream().mapToLong(Polygon::getNumPoints).sum();
        assertTrue(s.packedBytes() < 12 * vertices, s.packedBytes() + " bytes for " + vertices + " vertices");
    }

    @Test
    void offGridPolygonsAreKeptAsGivenAmongPackedOnes() {
        Polygon onGrid = F.createPolygon(ring(0, 0, 0, 10, 10, 10, 10, 0));
        Polygon offGrid = F.createPolygon(new Coordinate[] {new Coordinate(0.5, 0), new Coordinate(0, 10),
                new Coordinate(10, 10), new Coordinate(0.5, 0)});
        Polygon otherFactory = new GeometryFactory().createPolygon(ring(20, 0, 20, 10, 30, 10, 30, 0).getCoordinates());
        Polygon beyond32Bits = F.createPolygon(ring(0, 0, 0, 10, 3_000_000_000L, 10, 3_000_000_000L, 0));
        PolygonStore s = new PolygonStore.Builder().add(onGrid).add(offGrid).add(otherFactory).add(beyond32Bits)
                .add(onGrid).build();
        assertEquals(5, s.size());
        assertTrue(s.isPacked(0));
        assertFalse(s.isPacked(1));
        assertSame(offGrid, s.polygon(1));
        assertSame(otherFactory, s.polygon(2));
        assertSame(beyond32Bits, s.polygon(3));
        assertTrue(onGrid.equalsExact(s.polygon(4)));
        assertEquals(0, s.boxes()[4]); // floor(0.5): boxes widened to the grid, as BoxIndex.boxes
        // copying between stores keeps both forms
        PolygonStore copy = new PolygonStore.Builder().add(s, 1).add(s, 0).build();
        assertSame(offGrid, copy.polygon(0));
        assertTrue(onGrid.equalsExact(copy.polygon(1)));
    }

    @Test
    void pointsArePackedWithRepeatedAndClosingPointsDropped() {
        Random rnd = new Random(10);
        for (int k = 0; k < 500; k++) {
            int n = 1 + rnd.nextInt(8);
            int[] xy = new int[2 * n];
            for (int i = 0; i < 2 * n; i++) {
                xy[i] = rnd.nextInt(4); // small range: many repeated and closing points
            }
            PolygonStore.Builder b = new PolygonStore.Builder();
            boolean added = b.addPoints(xy, n);
            PolygonStore s = b.build();
            Polygon expected = cleanedRing(xy, n);
            assertEquals(expected != null, added);
            assertEquals(expected == null ? 0 : 1, s.size());
            if (expected != null) {
                assertTrue(expected.equalsExact(s.polygon(0)), java.util.Arrays.toString(xy));
            }
        }
    }

    /**
     * The points as a JTS polygon, consecutive repeats and points equal to the first at the end
     * dropped, null below three (written independently of the store, as Flattener once built shapes).
     */
    private static Polygon cleanedRing(int[] xy, int n) {
        List<Coordinate> c = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Coordinate p = new Coordinate(xy[2 * i], xy[2 * i + 1]);
            if (c.isEmpty() || !c.get(c.size() - 1).equals2D(p)) {
                c.add(p);
            }
        }
        while (c.size() > 1 && c.get(c.size() - 1).equals2D(c.get(0))) {
            c.remove(c.size() - 1);
        }
        if (c.size() < 3) {
            return null;
        }
        c.add(c.get(0));
        return Region.FACTORY.createPolygon(c.toArray(new Coordinate[0]));
    }

    @Test
    void rectanglesStillTellABoxFromABoxTouchingAnother() {
        Polygon a = F.createPolygon(ring(0, 0, 0, 10, 10, 10, 10, 0));
        Polygon b = F.createPolygon(ring(100, 100, 100, 110, 110, 110, 110, 100));
        Polygon corner = F.createPolygon(ring(110, 110, 110, 120, 120, 120, 120, 110)); // touches b in a point
        Region r = Region.of(List.of(a, b, corner));
        assertEquals(1, r.rectangles(true).size());
        assertEquals(2, r.rectangles(false).size());
    }

    private static LinearRing ring(long... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        c[c.length - 1] = new Coordinate(c[0]);
        return F.createLinearRing(c);
    }
}
