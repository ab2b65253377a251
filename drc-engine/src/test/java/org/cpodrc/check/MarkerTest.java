package org.cpodrc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

/** Markers give back exactly the geometry they were made of: types, vertex order, values. */
class MarkerTest {
    private static final GeometryFactory F = Region.FACTORY;

    @Test
    void everyGeometryKindRoundTripsExactly() {
        Random rnd = new Random(42);
        for (int round = 0; round < 300; round++) {
            Geometry g = random(rnd, 0);
            Geometry back = Marker.of(g).toGeometry();
            assertEquals(g.getClass(), back.getClass(), g.toText());
            assertTrue(g.equalsExact(back), g + " vs " + back);
            assertEquals(g.toText(), back.toText());
            assertEquals(Marker.of(g), Marker.of(back));
        }
    }

    @Test
    void offGridAndNegativeZeroStayExact() {
        Geometry seg = F.createLineString(new Coordinate[] {new Coordinate(0.5, -0.0), new Coordinate(3e10, 7)});
        Geometry back = Marker.of(seg).toGeometry();
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.getCoordinates()[0].y));
        assertTrue(seg.equalsExact(back));
    }

    @Test
    void boxAndEdgePairAreTheGeometriesChecksUsedToBuild() {
        assertEquals(Marker.of(F.toGeometry(new Envelope(-5, 20, 3, 40))), Marker.box(-5, 3, 20, 40));
        Geometry pair = F.createMultiLineString(new LineString[] {line(1, 2, 3, 4), line(5, 6, 7, 8)});
        assertEquals(Marker.of(pair), Marker.edgePair(1, 2, 3, 4, 5, 6, 7, 8));
        assertTrue(pair.equalsExact(Marker.edgePair(1, 2, 3, 4, 5, 6, 7, 8).toGeometry()));
    }

    private static Geometry random(Random rnd, int depth) {
        int kind = rnd.nextInt(depth > 1 ? 4 : 8);
        switch (kind) {
            case 0:
                return rnd.nextInt(5) == 0 ? F.createPoint() : F.createPoint(c(rnd));
            case 1:
                return line(rnd);
            case 2:
                return ring(rnd);
            case 3: {
                if (rnd.nextInt(6) == 0) {
                    return F.createPolygon();
                }
                LinearRing[] holes = new LinearRing[rnd.nextInt(3)];
                for (int i = 0; i < holes.length; i++) {
                    holes[i] = ring(rnd);
                }
                return F.createPolygon(ring(rnd), holes);
            }
            case 4:
                return F.createMultiPoint(new Point[] {F.createPoint(c(rnd)), F.createPoint(c(rnd))});
            case 5:
                return F.createMultiLineString(new LineString[] {line(rnd), line(rnd), line(rnd)});
            case 6:
                return F.createMultiPolygon(new Polygon[] {F.createPolygon(ring(rnd)), F.createPolygon(ring(rnd))});
            default: {
                List<Geometry> parts = new ArrayList<>();
                for (int i = rnd.nextInt(4); i > 0; i--) {
                    parts.add(random(rnd, depth + 1));
                }
                return F.createGeometryCollection(parts.toArray(Geometry[]::new));
            }
        }
    }

    private static Coordinate c(Random rnd) {
        return rnd.nextBoolean() ? new Coordinate(rnd.nextInt(2001) - 1000, rnd.nextInt(2001) - 1000)
                : new Coordinate(rnd.nextDouble() * 1e4, -rnd.nextDouble() * 1e12);
    }

    private static LineString line(Random rnd) {
        return F.createLineString(new Coordinate[] {c(rnd), c(rnd), c(rnd)});
    }

    private static LineString line(long x1, long y1, long x2, long y2) {
        return F.createLineString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)});
    }

    private static LinearRing ring(Random rnd) {
        Coordinate a = c(rnd);
        return F.createLinearRing(new Coordinate[] {a, c(rnd), c(rnd), new Coordinate(a)});
    }
}
