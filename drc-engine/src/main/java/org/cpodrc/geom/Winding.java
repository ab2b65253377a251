package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Repairs invalid (self-intersecting or self-overlapping) polygons with the non-zero winding
 * rule, as KLayout's merge does: the rings are noded on the grid (snap rounding), the faces of
 * the arrangement are formed, and a face is kept when the winding number of its rings around
 * an interior point is not zero.
 */
final class Winding {
    private static final org.locationtech.jts.geom.GeometryFactory FLOAT = new org.locationtech.jts.geom.GeometryFactory();

    private Winding() {
    }

    static Geometry fix(Geometry poly) {
        if (isValid(poly)) {
            return poly;
        }
        return nonZero((Polygon) poly);
    }

    /**
     * JTS validity with a fast path for boxes (most shapes of real and benchmark layouts): a
     * five-point ring whose four corners are distinct corners of a non-empty envelope, each step
     * changing one coordinate, is a valid rectangle; JTS's full check costs far more than that.
     */
    static boolean isValid(Geometry g) {
        if (g instanceof Polygon p && p.isRectangle()) {
            org.locationtech.jts.geom.Envelope env = p.getEnvelopeInternal();
            org.locationtech.jts.geom.CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
            // isRectangle also accepts a ring walking back and forth along a side (zero area)
            boolean turns = s.getX(0) != s.getX(2) && s.getY(0) != s.getY(2) && s.getX(1) != s.getX(3) && s.getY(1) != s.getY(3);
            if (env.getWidth() > 0 && env.getHeight() > 0 && turns) {
                return true;
            }
        }
        return g.isValid();
    }

    static Geometry nonZero(Polygon p) {
        List<Coordinate[]> rings = new ArrayList<>();
        rings.add(p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(p.getInteriorRingN(i).getCoordinates());
        }
        return area(rings, w -> w != 0);
    }

    /**
     * The area enclosed by closed rings (possibly self-intersecting) where the summed winding
     * number (counter-clockwise positive) satisfies keep.
     */
    static Geometry area(List<Coordinate[]> rings, java.util.function.IntPredicate keep) {
        List<SegmentString> segs = new ArrayList<>();
        for (Coordinate[] r : rings) {
            segs.add(new NodedSegmentString(r, null));
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(Region.GRID);
        noder.computeNodes(segs);
        @SuppressWarnings("unchecked")
        Collection<SegmentString> noded = noder.getNodedSubstrings();
        List<Geometry> lines = new ArrayList<>();
        for (SegmentString s : noded) {
            if (s.size() >= 2) {
                lines.add(Region.FACTORY.createLineString(s.getCoordinates()));
            }
        }
        if (lines.isEmpty()) {
            return Region.FACTORY.createPolygon();
        }
        Geometry nodedLines = UnaryUnionOp.union(lines, Region.FACTORY);
        Polygonizer pz = new Polygonizer();
        pz.add(nodedLines);
        List<Polygon> kept = new ArrayList<>();
        for (Object o : pz.getPolygons()) {
            if (((Polygon) o).getArea() <= 0) {
                continue;
            }
            // JTS's polygonizer keeps its graph's edges in hash sets of objects (identity hashes), so
            // the faces' order and their rings' start points change from run to run; normalized and
            // sorted, the faces and so the union below (ring starts, polygon order) are the same in
            // every run, and so are the edge order of a derived layer and its edge-pair markers
            Polygon face = (Polygon) ((Polygon) o).norm();
            // computed on a floating-point copy: the grid factory would round the point onto the
            // boundary of faces one unit wide
            Point ip = FLOAT.createGeometry(face).getInteriorPoint();
            int w = 0;
            for (Coordinate[] r : rings) {
                w += windingNumber(r, ip.getX(), ip.getY());
            }
            if (keep.test(w)) {
                kept.add(face);
            }
        }
        if (kept.isEmpty()) {
            return Region.FACTORY.createPolygon();
        }
        kept.sort(Geometry::compareTo);
        return GridOverlay.unionUnsnapped(kept);
    }

    /** Winding number of a closed ring around (x, y) (Sunday's crossing rule). */
    static int windingNumber(Coordinate[] ring, double x, double y) {
        int w = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate a = ring[i], b = ring[i + 1];
            double cross = (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y);
            if (a.y <= y) {
                if (b.y > y && cross > 0) {
                    w++;
                }
            } else if (b.y <= y && cross < 0) {
                w--;
            }
        }
        return w;
    }
}
