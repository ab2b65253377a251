package org.cpodrc.testing;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Polygons in database units for tests. */
public final class Polys {
    private Polys() {
    }

    public static Polygon rect(long x1, long y1, long x2, long y2) {
        return polygon(x1, y1, x2, y1, x2, y2, x1, y2);
    }

    /** A polygon from x, y pairs (not closed). */
    public static Polygon polygon(long... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        c[c.length - 1] = c[0];
        return Region.FACTORY.createPolygon(c);
    }

    /** A circle of n vertices on the circle of radius r, snapped to the grid. */
    public static Polygon circle(long cx, long cy, double r, int n) {
        long[] xy = new long[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            xy[2 * i] = cx + Math.round(r * Math.cos(a));
            xy[2 * i + 1] = cy + Math.round(r * Math.sin(a));
        }
        return polygon(xy);
    }

    public static Region region(Polygon... ps) {
        return Region.of(List.of(ps));
    }

    public static Region region(List<Polygon> ps) {
        return Region.of(new ArrayList<>(ps));
    }
}
