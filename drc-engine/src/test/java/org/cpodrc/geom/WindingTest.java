package org.cpodrc.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
