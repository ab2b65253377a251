package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

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
        List<Polygon> faces = faces(rings, keep);
        if (faces.isEmpty()) {
            return Region.FACTORY.createPolygon();
        }
        if (faces.size() == 1) {
            return GridOverlay.unionUnsnapped(faces);
        }
        // the faces form a coverage (disjoint insides, shared edges equal vertex for vertex, as
        // they come from one noded arrangement): their union needs no noding and no cascade of
        // pairwise unions, which for many small faces costs far more than all the rest. Its rings
        // may touch themselves (pinched at a vertex), so its boundary goes through one overlay
        // more, which splits such rings into shells and holes as the union of the faces would
        // (in floating point: the vertices are on the grid and no edges cross)
        Geometry coverage = CoverageUnion.union(FLOAT.buildGeometry(faces));
        return Region.FACTORY.createGeometry(new OverlayNG(coverage, null, FLOAT.getPrecisionModel(), OverlayNG.UNION).getResult());
    }

    /**
     * The faces of the rings' arrangement (noded on the grid by snap rounding) whose winding
     * number satisfies keep, normalised and sorted.
     */
    static List<Polygon> faces(List<Coordinate[]> rings, java.util.function.IntPredicate keep) {
        List<SegmentString> segs = new ArrayList<>();
        for (Coordinate[] r : rings) {
            segs.add(new NodedSegmentString(r, null));
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(Region.GRID);
        noder.computeNodes(segs);
        @SuppressWarnings("unchecked")
        Collection<SegmentString> noded = noder.getNodedSubstrings();
        // the noded segments, each once (rings may run along each other): the polygonizer needs
        // every edge of the arrangement exactly once
        Set<Segment> segments = new LinkedHashSet<>();
        for (SegmentString s : noded) {
            Coordinate[] c = s.getCoordinates();
            for (int i = 0; i + 1 < c.length; i++) {
                if (!c[i].equals2D(c[i + 1])) {
                    segments.add(Segment.of(c[i], c[i + 1]));
                }
            }
        }
        return keptFaces(segments, new RingCrossings(rings), keep);
    }

    /**
     * The faces that the given (noded, distinct) segments enclose whose winding number satisfies
     * keep, normalised and sorted.
     */
    private static List<Polygon> keptFaces(Set<Segment> segments, RingCrossings crossings, java.util.function.IntPredicate keep) {
        List<Geometry> lines = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            lines.add(Region.FACTORY.createLineString(new Coordinate[] {new Coordinate(s.x0(), s.y0()), new Coordinate(s.x1(), s.y1())}));
        }
        Polygonizer pz = new Polygonizer();
        pz.add(lines);
        List<Polygon> kept = new ArrayList<>();
        for (Object o : pz.getPolygons()) {
            if (((Polygon) o).getArea() <= 0) {
                continue;
            }
            // JTS's polygonizer keeps its graph's edges in hash sets of objects (identity hashes), so
            // the faces' order and their rings' start points change from run to run; normalized and
            // sorted, the faces and so the union (ring starts, polygon order) are the same in every
            // run, and so are the edge order of a derived layer and its edge-pair markers
            Polygon face = (Polygon) ((Polygon) o).norm();
            // computed on a floating-point copy: the grid factory would round the point onto the
            // boundary of faces one unit wide
            Point ip = FLOAT.createGeometry(face).getInteriorPoint();
            if (keep.test(crossings.windingNumber(ip.getX(), ip.getY()))) {
                kept.add(face);
            }
        }
        kept.sort(Geometry::compareTo);
        return kept;
    }

    /** A segment with its end points in lexicographic order (equal for both directions). */
    private record Segment(double x0, double y0, double x1, double y1) {
        static Segment of(Coordinate a, Coordinate b) {
            return a.compareTo(b) <= 0 ? new Segment(a.x, a.y, b.x, b.y) : new Segment(b.x, b.y, a.x, a.y);
        }

        // Written out as a record's own are (Double.compare per component, 31-fold hash): those are
        // made at run time through an invokedynamic bootstrap, about 15 ms of a small check's CPU.
        @Override
        public boolean equals(Object o) {
            return o instanceof Segment s && Double.compare(s.x0, x0) == 0 && Double.compare(s.y0, y0) == 0
                    && Double.compare(s.x1, x1) == 0 && Double.compare(s.y1, y1) == 0;
        }

        @Override
        public int hashCode() {
            return ((Double.hashCode(x0) * 31 + Double.hashCode(y0)) * 31 + Double.hashCode(x1)) * 31
                    + Double.hashCode(y1);
        }
    }

    /**
     * The summed winding number of rings around points, each query looking only at the segments
     * whose y range contains the point (an interval tree on y): the segments outside that range
     * add nothing to Sunday's crossing rule, so the sum is the one a loop over every segment of
     * every ring gives, without visiting every segment for every face.
     */
    private static final class RingCrossings {
        private final org.locationtech.jts.index.intervalrtree.SortedPackedIntervalRTree tree =
            new org.locationtech.jts.index.intervalrtree.SortedPackedIntervalRTree();

        RingCrossings(List<Coordinate[]> rings) {
            for (Coordinate[] r : rings) {
                for (int i = 0; i + 1 < r.length; i++) {
                    Coordinate a = r[i], b = r[i + 1];
                    if (a.y != b.y) {
                        tree.insert(Math.min(a.y, b.y), Math.max(a.y, b.y), new Coordinate[] {a, b});
                    }
                }
            }
        }

        int windingNumber(double x, double y) {
            int[] w = {0};
            tree.query(y, y, item -> {
                Coordinate[] s = (Coordinate[]) item;
                w[0] += crossing(s[0], s[1], x, y);
            });
            return w[0];
        }
    }

    /** What segment a-b adds to the winding number around (x, y): +1 upward left of it, -1 downward. */
    private static int crossing(Coordinate a, Coordinate b, double x, double y) {
        double cross = (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y);
        if (a.y <= y) {
            if (b.y > y && cross > 0) {
                return 1;
            }
        } else if (b.y <= y && cross < 0) {
            return -1;
        }
        return 0;
    }
}
