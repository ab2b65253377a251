package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.IntersectionMatrix;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * KLayout's {@code interacting} decided on the grid. KLayout puts the subject polygons and the
 * other layer's shapes into one edge processor, which snaps crossings to the grid before it
 * looks for interactions ({@link GridSnapper}): an edge cut at an off-grid crossing by any shape
 * becomes "strong" and is bent through every vertex within half a unit of it. So a pin whose
 * corner misses a slanted waveguide edge by a fraction of a unit interacts with it when that
 * edge is cut somewhere else (e.g. by another pin straddling it), and does not otherwise.
 *
 * <p>Overlaps and shared edge pieces are taken from the exact geometry. A polygon that touches the
 * other layer in points only, or misses it by less than one unit, is decided again: the edges of
 * the shapes around it (both layers, the other one unmerged as KLayout reads it) are snapped
 * together, and a contact in a single point counts as KLayout's scanline counts it
 * ({@link PointContact}).
 */
final class GridInteraction {
    private static final int SUBJECT = 1;
    private static final int NEIGHBOUR = 0;
    /** Other-layer polygons are tagged OTHER, OTHER + 1, ...: point contacts look at each one's inside. */
    private static final int OTHER = 2;

    private final PolygonIndex subjects;
    private final PolygonIndex others;
    private final List<Polygon> rawOthers;
    private PolygonIndex raw;

    /**
     * subjects: the merged polygons selected from; others: the other layer merged; rawOthers: its
     * polygons as given (KLayout's interaction reads them unmerged, so their crossings are snapped too).
     */
    GridInteraction(List<Polygon> subjects, List<Polygon> others, List<Polygon> rawOthers) {
        this.subjects = new PolygonIndex(subjects);
        this.others = new PolygonIndex(others);
        this.rawOthers = rawOthers;
    }

    boolean interacts(Polygon p) {
        Envelope hood = null;
        for (Polygon q : others.near(p.getEnvelopeInternal(), 1)) {
            boolean near;
            if (p.intersects(q)) {
                IntersectionMatrix m = p.relate(q);
                if (m.get(Location.INTERIOR, Location.INTERIOR) >= 0 || m.get(Location.BOUNDARY, Location.BOUNDARY) == 1) {
                    return true;    // overlap, or a shared piece of edge
                }
                near = true;        // touching in points only: KLayout's scanline decides
            } else {
                near = p.distance(q) < 1;
            }
            if (near) {
                if (hood == null) {
                    hood = new Envelope(p.getEnvelopeInternal());
                }
                hood.expandToInclude(q.getEnvelopeInternal());
            }
        }
        return hood != null && touchesWhenSnapped(p, hood);
    }

    /** Snaps every shape of both layers whose box meets the neighbourhood and tests p's snapped edges. */
    private boolean touchesWhenSnapped(Polygon p, Envelope hood) {
        EdgeBuffer edges = new EdgeBuffer();
        for (Polygon s : subjects.near(hood, 1)) {
            edges.add(s, s == p ? SUBJECT : NEIGHBOUR);
        }
        if (raw == null) {
            raw = new PolygonIndex(rawOthers);
        }
        int tag = OTHER;
        for (Polygon q : raw.near(hood, 1)) {
            edges.add(q, tag++);
        }
        int[] snapped = GridSnapper.snap(edges.data, edges.n);
        if (snapped == null) {
            snapped = java.util.Arrays.copyOf(edges.data, 5 * edges.n);   // nothing to snap
        }
        List<Integer> mine = new ArrayList<>();
        List<Integer> theirs = new ArrayList<>();
        for (int e = 0; e < snapped.length / 5; e++) {
            int t = snapped[5 * e + 4];
            if (t == SUBJECT) {
                mine.add(e);
            } else if (t >= OTHER) {
                theirs.add(e);
            }
        }
        Set<Long> contacts = new HashSet<>();
        for (int a : mine) {
            for (int b : theirs) {
                long c = contact(snapped, a, b);
                if (c == OVERLAP) {
                    return true;
                }
                if (c != GridSnapper.NONE) {
                    contacts.add(c);
                }
            }
        }
        for (long c : contacts) {
            if (PointContact.interacts(shape(snapped, mine, c), shape(snapped, theirs, c))) {
                return true;
            }
        }
        return false;
    }

    private static final long OVERLAP = Long.MAX_VALUE;

    /** The given snapped edges relative to point c, one list per polygon tag. */
    private static PointContact.Shape shape(int[] e, List<Integer> edges, long c) {
        long px = c >> 32, py = (int) c;
        java.util.Map<Integer, List<double[]>> byTag = new java.util.LinkedHashMap<>();
        for (int i : edges) {
            byTag.computeIfAbsent(e[5 * i + 4], k -> new ArrayList<>()).add(new double[] {
                GridSnapper.x1(e, i) - px, GridSnapper.y1(e, i) - py, GridSnapper.x2(e, i) - px, GridSnapper.y2(e, i) - py});
        }
        List<double[][]> polys = new ArrayList<>();
        byTag.values().forEach(l -> polys.add(l.toArray(new double[0][])));
        return new PointContact.Shape(polys);
    }

    /**
     * How two snapped edges meet: {@link #OVERLAP} when they cross or share a piece of positive
     * length, the packed point when they touch in one point, else {@link GridSnapper#NONE}.
     */
    static long contact(int[] e, int a, int b) {
        long ax1 = GridSnapper.x1(e, a), ay1 = GridSnapper.y1(e, a), ax2 = GridSnapper.x2(e, a), ay2 = GridSnapper.y2(e, a);
        long bx1 = GridSnapper.x1(e, b), by1 = GridSnapper.y1(e, b), bx2 = GridSnapper.x2(e, b), by2 = GridSnapper.y2(e, b);
        if (Math.max(ax1, ax2) < Math.min(bx1, bx2) || Math.max(bx1, bx2) < Math.min(ax1, ax2)
                || Math.max(ay1, ay2) < Math.min(by1, by2) || Math.max(by1, by2) < Math.min(ay1, ay2)) {
            return GridSnapper.NONE;
        }
        long o1 = Long.signum((ax2 - ax1) * (by1 - ay1) - (ay2 - ay1) * (bx1 - ax1));
        long o2 = Long.signum((ax2 - ax1) * (by2 - ay1) - (ay2 - ay1) * (bx2 - ax1));
        long o3 = Long.signum((bx2 - bx1) * (ay1 - by1) - (by2 - by1) * (ax1 - bx1));
        long o4 = Long.signum((bx2 - bx1) * (ay2 - by1) - (by2 - by1) * (ax2 - bx1));
        if (o1 == 0 && o2 == 0) {
            // collinear with overlapping boxes: a shared piece, or one shared end point
            boolean point = ax1 != ax2
                    ? Math.max(Math.min(ax1, ax2), Math.min(bx1, bx2)) == Math.min(Math.max(ax1, ax2), Math.max(bx1, bx2))
                    : Math.max(Math.min(ay1, ay2), Math.min(by1, by2)) == Math.min(Math.max(ay1, ay2), Math.max(by1, by2));
            if (!point) {
                return OVERLAP;
            }
            return (ax1 == bx1 && ay1 == by1) || (ax1 == bx2 && ay1 == by2) ? GridSnapper.pack(ax1, ay1) : GridSnapper.pack(ax2, ay2);
        }
        if (o1 * o2 > 0 || o3 * o4 > 0) {
            return GridSnapper.NONE;
        }
        if (o1 != 0 && o2 != 0 && o3 != 0 && o4 != 0) {
            return OVERLAP;    // a proper crossing
        }
        if (o1 == 0) {
            return GridSnapper.pack(bx1, by1);
        }
        if (o2 == 0) {
            return GridSnapper.pack(bx2, by2);
        }
        return o3 == 0 ? GridSnapper.pack(ax1, ay1) : GridSnapper.pack(ax2, ay2);
    }
}
