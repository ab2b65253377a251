package org.cpodrc.geom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Ring edges packed as {@link GridSnapper} takes them: x1, y1, x2, y2 and a tag in the winding
 * slot, five ints an edge, in the order they are added.
 */
final class EdgeBuffer {
    int[] data = new int[5 * 64];
    int n;

    /** Adds every edge of every ring of p, all with one tag. */
    void add(Polygon p, int tag) {
        ring(p.getExteriorRing(), tag);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(p.getInteriorRingN(i), tag);
        }
    }

    /** Adds the edges of one closed ring, in its order. */
    void ring(LineString r, int tag) {
        Coordinate[] c = r.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            if (5 * n + 5 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[5 * n] = (int) c[i].x;
            data[5 * n + 1] = (int) c[i].y;
            data[5 * n + 2] = (int) c[i + 1].x;
            data[5 * n + 3] = (int) c[i + 1].y;
            data[5 * n + 4] = tag;
            n++;
        }
    }
}
