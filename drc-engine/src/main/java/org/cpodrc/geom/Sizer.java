package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Isotropic sizing with KLayout's default corner mode (mode 2): every edge moves by d along its
 * outward normal (the shift vector rounded to the grid, as KLayout does); corners that bend by
 * at most 90 degrees are mitered (square corners stay square), sharper corners are cut by
 * extending each shifted edge by |d| past the corner.
 *
 * <p>Growing is the union of the polygon with one strip per edge and one corner piece per convex
 * corner; shrinking removes the same construction built towards the inside (corner pieces at
 * reflex corners). The union resolves overlaps the way KLayout's merge of the sized contour does.
 */
final class Sizer {
    private Sizer() {
    }

    static Region sized(Region merged, long d) {
        if (d == 0 || merged.isEmpty()) {
            return merged;
        }
        List<Geometry> pieces = new ArrayList<>();
        for (Polygon p : merged.polygons()) {
            addPieces(p.getExteriorRing().getCoordinates(), true, d, pieces);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addPieces(p.getInteriorRingN(h).getCoordinates(), false, d, pieces);
            }
        }
        Geometry band = pieces.isEmpty() ? Region.FACTORY.createPolygon() : UnaryUnionOp.union(pieces, Region.FACTORY);
        Geometry base = merged.geometry();
        Geometry r = OverlayNGRobust.overlay(base, band, d > 0 ? OverlayNG.UNION : OverlayNG.DIFFERENCE);
        return Region.ofMerged(r);
    }

    /**
     * Adds the strips and corner pieces of one ring. Rings are walked with the interior on the
     * right (KLayout's orientation: hull clockwise, holes counter-clockwise).
     */
    private static void addPieces(Coordinate[] ring, boolean shell, long d, List<Geometry> out) {
        List<long[]> pts = Rings.vertices(ring, shell);
        int n = pts.size();
        if (n < 3) {
            return;
        }
        long ad = Math.abs(d);
        for (int i = 0; i < n; i++) {
            long[] a = pts.get(i);
            long[] b = pts.get((i + 1) % n);
            long[] s = shift(a, b, d);
            addQuad(out, a[0], a[1], b[0], b[1], b[0] + s[0], b[1] + s[1], a[0] + s[0], a[1] + s[1]);
        }
        for (int i = 0; i < n; i++) {
            long[] p0 = pts.get((i + n - 1) % n);
            long[] v = pts.get(i);
            long[] p2 = pts.get((i + 1) % n);
            double t1x = v[0] - p0[0], t1y = v[1] - p0[1];
            double t2x = p2[0] - v[0], t2y = p2[1] - v[1];
            double cross = t1x * t2y - t1y * t2x;
            // interior on the right: a right turn (cross < 0) is a convex corner
            boolean convex = cross < 0;
            if (cross == 0 || convex != (d > 0)) {
                continue;
            }
            long[] s1 = shift(p0, v, d);
            long[] s2 = shift(v, p2, d);
            double l1 = Math.hypot(t1x, t1y), l2 = Math.hypot(t2x, t2y);
            double dot = (t1x * t2x + t1y * t2y) / (l1 * l2);
            List<Coordinate> c = new ArrayList<>();
            c.add(new Coordinate(v[0], v[1]));
            c.add(new Coordinate(v[0] + s1[0], v[1] + s1[1]));
            if (dot >= 0) {
                // miter: intersection of the two shifted lines
                double ax = v[0] + s1[0], ay = v[1] + s1[1];
                double bx = v[0] + s2[0], by = v[1] + s2[1];
                double den = t1x * t2y - t1y * t2x;
                double t = ((bx - ax) * t2y - (by - ay) * t2x) / den;
                c.add(new Coordinate(round(ax + t * t1x), round(ay + t * t1y)));
            } else {
                c.add(new Coordinate(v[0] + s1[0] + round(t1x / l1 * ad), v[1] + s1[1] + round(t1y / l1 * ad)));
                c.add(new Coordinate(v[0] + s2[0] - round(t2x / l2 * ad), v[1] + s2[1] - round(t2y / l2 * ad)));
            }
            c.add(new Coordinate(v[0] + s2[0], v[1] + s2[1]));
            c.add(new Coordinate(v[0], v[1]));
            Geometry piece = Region.FACTORY.createPolygon(c.toArray(new Coordinate[0]));
            out.add(Winding.fix(piece));
        }
    }

    /** The grid-rounded shift of edge a-b by d along its outward (left) normal. */
    private static long[] shift(long[] a, long[] b, long d) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double l = Math.hypot(dx, dy);
        return new long[] {round(-dy / l * d), round(dx / l * d)};
    }

    private static void addQuad(List<Geometry> out, double... xy) {
        Coordinate[] c = new Coordinate[5];
        for (int i = 0; i < 4; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        c[4] = c[0].copy();
        LinearRing r = Region.FACTORY.createLinearRing(c);
        out.add(Winding.fix(Region.FACTORY.createPolygon(r)));
    }

    /** KLayout's rounding: half away from zero. */
    static long round(double v) {
        return v > 0 ? (long) (v + 0.5) : (long) (v - 0.5);
    }
}
