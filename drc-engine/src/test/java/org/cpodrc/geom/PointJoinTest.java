package org.cpodrc.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/** Polygons touching in a point become one polygon, as KLayout's merge delivers them. */
class PointJoinTest {
    private static Polygon box(int x1, int y1, int x2, int y2) {
        return (Polygon) Region.FACTORY.toGeometry(new Envelope(x1, x2, y1, y2));
    }

    @Test
    void boxesTouchingAtACornerAreOnePolygonThroughThatCornerTwice() {
        List<Polygon> merged = Region.of(List.of(box(0, 0, 100, 100), box(100, 100, 200, 200))).merged().polygons();
        assertEquals(2, merged.size(), "JTS keeps them apart");
        List<Polygon> joined = PointJoin.join(merged);
        assertEquals(1, joined.size());
        Polygon p = joined.get(0);
        assertEquals(20_000, p.getArea(), 0);
        List<String> pts = new ArrayList<>();
        for (long[] v : Rings.vertices(p.getExteriorRing().getCoordinates(), true)) {
            pts.add(v[0] + "," + v[1]);
        }
        pts.sort(null);
        // KLayout: (0,0;0,100;100,100;100,200;200,200;200,100;100,100;100,0)
        assertEquals(List.of("0,0", "0,100", "100,0", "100,100", "100,100", "100,200", "200,100", "200,200"), pts);
    }

    @Test
    void aChainIsOneGroupAndSeparateShapesStayAsTheyAre() {
        List<Polygon> merged = Region.of(List.of(box(0, 0, 100, 100), box(100, 100, 200, 200), box(200, 0, 300, 100),
                box(500, 0, 600, 100))).merged().polygons();
        List<Polygon> joined = PointJoin.join(merged);
        assertEquals(2, joined.size());
        assertEquals(30_000, joined.stream().mapToDouble(Polygon::getArea).max().orElse(0), 0);
        List<Polygon> apart = Region.of(List.of(box(0, 0, 100, 100), box(101, 101, 200, 200))).merged().polygons();
        assertSame(apart, PointJoin.join(apart));
    }

    @Test
    void aShapeTouchingAHoleFromInsideJoinsThePolygonAroundTheHole() {
        Polygon diamond = Region.FACTORY.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(100, 150), new org.locationtech.jts.geom.Coordinate(130, 120),
            new org.locationtech.jts.geom.Coordinate(160, 150), new org.locationtech.jts.geom.Coordinate(130, 180),
            new org.locationtech.jts.geom.Coordinate(100, 150)});
        List<Polygon> merged = Region.of(List.of(box(0, 0, 300, 100), box(0, 200, 300, 300), box(0, 100, 100, 200),
                box(200, 100, 300, 200), diamond)).merged().polygons();
        assertEquals(2, merged.size(), "JTS keeps them apart");
        List<Polygon> joined = PointJoin.join(merged);
        assertEquals(1, joined.size());
        Polygon p = joined.get(0);
        assertEquals(1, p.getNumInteriorRing(), "the hole around the diamond, through the contact point twice");
        assertEquals(300 * 300 - 100 * 100 + 1800, p.getArea(), 0);
    }
}
