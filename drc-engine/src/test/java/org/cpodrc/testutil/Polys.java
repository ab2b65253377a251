package org.cpodrc.testutil;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Builds test polygons and regions from flat x,y coordinate lists (database units). */
public final class Polys {
    private Polys() {
    }

    public static Polygon polygon(long... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        cs[cs.length - 1] = cs[0].copy();
        return Region.FACTORY.createPolygon(cs);
    }

    public static Polygon box(long x1, long y1, long x2, long y2) {
        return polygon(x1, y1, x2, y1, x2, y2, x1, y2);
    }

    public static Region region(Polygon... ps) {
        return Region.of(List.of(ps));
    }

    public static Region region(List<long[]> polys) {
        List<Polygon> out = new ArrayList<>();
        for (long[] p : polys) {
            out.add(polygon(p));
        }
        return Region.of(out);
    }
}
