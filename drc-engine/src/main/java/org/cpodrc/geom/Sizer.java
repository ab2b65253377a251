package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Isotropic sizing with KLayout's default corner mode (mode 2), computed the way KLayout
 * computes it so derived layers such as {@code TSV sized 15um} come out point for point equal:
 * every ring (interior on the right) becomes a contour of corner points. Each edge moves by d
 * along its normal (exactly on the grid for axis-parallel and 45-degree edges); at an outer
 * corner the two moved edges meet in their crossing point unless that lies more than d beyond
 * either edge's end (corners bending by more than 90 degrees), in which case the corner is cut
 * there; at inner corners the contour loops through the original vertex; edges that reflect
 * back are joined directly. The contours may overlap themselves; the sized polygon is where
 * their winding says "inside" (KLayout merges with wrap count &gt; 0).
 */
final class Sizer {
    private static final double EPS = 1e-10;

    private Sizer() {
    }

    static Region sized(Region merged, long d) {
        if (d == 0 || merged.isEmpty()) {
            return merged;
        }
        List<Geometry> parts = new ArrayList<>();
        for (Polygon p : merged.polygons()) {
            List<Coordinate[]> contours = new ArrayList<>();
            addContour(Rings.vertices(p.getExteriorRing().getCoordinates(), true), d, contours);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addContour(Rings.vertices(p.getInteriorRingN(h).getCoordinates(), false), d, contours);
            }
            parts.add(polygonOf(contours));
        }
        // not merged, as KLayout's sized output: one polygon per input polygon, overlapping where they grow into
        // each other; a boolean on it sees their edges (they take part in its snapping), a check merges them
        return Region.of(polygonsOf(parts));
    }

    /** The sized polygon: directly when the contours form a valid polygon, else by winding number. */
    private static Geometry polygonOf(List<Coordinate[]> contours) {
        if (contours.isEmpty()) {
            return Region.FACTORY.createPolygon();
        }
        try {
            org.locationtech.jts.geom.LinearRing shell = Region.FACTORY.createLinearRing(contours.get(0));
            org.locationtech.jts.geom.LinearRing[] holes = new org.locationtech.jts.geom.LinearRing[contours.size() - 1];
            for (int i = 1; i < contours.size(); i++) {
                holes[i - 1] = Region.FACTORY.createLinearRing(contours.get(i));
            }
            Polygon p = Region.FACTORY.createPolygon(shell, holes);
            // a valid result must keep every ring's orientation: a ring turned inside out vanishes
            boolean orientationKept = !org.locationtech.jts.algorithm.Orientation.isCCW(contours.get(0));
            for (int i = 1; i < contours.size() && orientationKept; i++) {
                orientationKept = org.locationtech.jts.algorithm.Orientation.isCCW(contours.get(i));
            }
            if (orientationKept && p.isValid()) {
                return p;
            }
        } catch (IllegalArgumentException e) {
            // fewer than four points: fall through to the general case
        }
        // rings run clockwise around the inside, so the inside has negative winding numbers
        return Winding.area(contours, w -> w < 0);
    }

    private static List<Polygon> polygonsOf(List<Geometry> gs) {
        List<Polygon> out = new ArrayList<>();
        for (Geometry g : gs) {
            Region.collectPolygons(g, out);
        }
        return out;
    }

    /** Unit direction (0, 1) and shift vector (2, 3) of an edge. */
    private static double[] frame(long[] a, long[] b, long d) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double l = Math.hypot(dx, dy);
        double ex = dx / l, ey = dy / l;
        double nx = -ey, ny = ex;
        double f;
        if (Math.abs(nx) < EPS || Math.abs(ny) < EPS) {
            f = d;
        } else if (Math.abs(Math.abs(nx) - Math.abs(ny)) < EPS) {
            // 45 degrees: a shift length that lands the shifted edge on the grid
            f = Math.sqrt(2.0) * round(d * Math.sqrt(0.5));
        } else {
            f = d;
        }
        return new double[] {ex, ey, nx * f, ny * f};
    }

    private static int signWithTolerance(double v) {
        return v <= -1e-2 ? -1 : (v < 1e-2 ? 0 : 1);
    }

    private static void addContour(List<long[]> pts, long d, List<Coordinate[]> out) {
        int n = pts.size();
        if (n < 3) {
            return;
        }
        int nsign = d > 0 ? 1 : -1;
        long ad = Math.abs(d);
        List<Coordinate> c = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] p0 = pts.get((i + n - 1) % n);
            long[] v = pts.get(i);
            long[] p2 = pts.get((i + 1) % n);
            double[] e1 = frame(p0, v, ad * nsign);
            double[] e2 = frame(v, p2, ad * nsign);
            double edx = e1[0], edy = e1[1], ndx = e1[2], ndy = e1[3];
            double eex = e2[0], eey = e2[1], nnx = e2[2], nny = e2[3];
            int vpsign = signWithTolerance(eex * edy - eey * edx) * nsign;
            if (vpsign <= 0) {
                if (vpsign == 0 && signWithTolerance(ndx * nnx + ndy * nny) > 0) {
                    add(c, v, ndx, ndy);
                } else {
                    // inner corner: a loop through the vertex, resolved by the winding rule
                    add(c, v, ndx, ndy);
                    add(c, v, 0, 0);
                    add(c, v, nnx, nny);
                }
            } else {
                double lmax = ad; // extension limit of mode 2: d beyond the edge's end
                double dv = edx * eey - edy * eex;
                double l1 = ((nnx - ndx) * eey - (nny - ndy) * eex) / dv;
                double l2 = ((ndx - nnx) * edy - (ndy - nny) * edx) / dv;
                if ((l1 < -EPS) != (l2 < -EPS)) {
                    // reflecting edges: join the shifted ends directly
                    add(c, v, ndx, ndy);
                    add(c, v, nnx, nny);
                } else if (l1 < lmax + EPS && l2 < lmax + EPS) {
                    add(c, v, ndx + edx * l1, ndy + edy * l1);
                } else {
                    add(c, v, ndx + edx * Math.min(lmax, l1), ndy + edy * Math.min(lmax, l1));
                    add(c, v, nnx - eex * Math.min(lmax, l2), nny - eey * Math.min(lmax, l2));
                }
            }
        }
        c.add(c.get(0).copy());
        out.add(c.toArray(new Coordinate[0]));
    }

    private static void add(List<Coordinate> c, long[] v, double sx, double sy) {
        Coordinate p = new Coordinate(v[0] + round(sx), v[1] + round(sy));
        if (c.isEmpty() || !c.get(c.size() - 1).equals2D(p)) {
            c.add(p);
        }
    }

    /** KLayout's rounding: half away from zero. */
    static long round(double v) {
        return v > 0 ? (long) (v + 0.5) : (long) (v - 0.5);
    }
}
