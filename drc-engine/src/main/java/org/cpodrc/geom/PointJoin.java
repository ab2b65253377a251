package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Merged polygons as KLayout's merge delivers them: polygons whose outlines touch in a single point
 * are one polygon, its outline passing that point twice (KLayout 0.28 merges with minimum coherence
 * off). JTS keeps them apart, since such a ring is not simple; this joins them where a result is
 * reported shape by shape (a derived layer output as markers), so two boxes touching at a corner are
 * one marker as in KLayout. Contacts are shared outline vertices (a merged layer's rings are noded,
 * so a corner touching another outline is a vertex of both), and vertices of a polygon lying in
 * another's hole on that hole's ring: the hole's remaining regions become the joined polygon's holes,
 * each outline passing through the points where it touches the polygons inside.
 */
public final class PointJoin {
    private PointJoin() {
    }

    /** The polygons with every group touching in outline vertices joined into one polygon (holes kept). */
    public static List<Polygon> join(List<Polygon> merged) {
        int n = merged.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Long, Integer> owner = new HashMap<>();
        boolean any = false;
        for (int i = 0; i < n; i++) {
            Coordinate[] c = merged.get(i).getExteriorRing().getCoordinates();
            for (int k = 0; k + 1 < c.length; k++) {
                Integer j = owner.putIfAbsent(key(c[k]), i);
                if (j != null && j != i) {
                    parent[find(parent, i)] = find(parent, j);
                    any = true;
                }
            }
        }
        any |= holeContacts(merged, parent);
        if (!any) {
            return merged;
        }
        Map<Integer, List<Polygon>> groups = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            groups.computeIfAbsent(r, k -> {
                order.add(k);
                return new ArrayList<>();
            }).add(merged.get(i));
        }
        List<Polygon> out = new ArrayList<>(order.size());
        for (int r : order) {
            List<Polygon> g = groups.get(r);
            out.add(g.size() == 1 ? g.get(0) : joined(g));
        }
        return out;
    }

    /**
     * Unites each polygon with the polygons lying in one of its holes that touch that hole's ring in a
     * point (at a vertex or inside an edge): KLayout's merge makes them one polygon as well.
     */
    private static boolean holeContacts(List<Polygon> merged, int[] parent) {
        boolean any = false;
        for (int j = 0; j < merged.size(); j++) {
            Polygon frame = merged.get(j);
            for (int h = 0; h < frame.getNumInteriorRing(); h++) {
                Coordinate[] hole = frame.getInteriorRingN(h).getCoordinates();
                Envelope env = frame.getInteriorRingN(h).getEnvelopeInternal();
                for (int i = 0; i < merged.size(); i++) {
                    if (i != j && env.contains(merged.get(i).getEnvelopeInternal()) && find(parent, i) != find(parent, j)
                            && touches(merged.get(i).getExteriorRing().getCoordinates(), hole)) {
                        parent[find(parent, i)] = find(parent, j);
                        any = true;
                    }
                }
            }
        }
        return any;
    }

    /** A vertex of ring a lies on ring b (at a vertex or inside an edge). */
    private static boolean touches(Coordinate[] a, Coordinate[] b) {
        for (Coordinate v : a) {
            for (int k = 0; k + 1 < b.length; k++) {
                if (onSegment(v, b[k], b[k + 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onSegment(Coordinate v, Coordinate p, Coordinate q) {
        return v.x >= Math.min(p.x, q.x) && v.x <= Math.max(p.x, q.x) && v.y >= Math.min(p.y, q.y) && v.y <= Math.max(p.y, q.y)
                && (q.x - p.x) * (v.y - p.y) - (q.y - p.y) * (v.x - p.x) == 0;
    }

    /**
     * The group as one polygon: one outline through all outlines touching each other outside, each
     * entered and left at a shared vertex; the polygons lying in a hole cut it into KLayout's hole
     * rings (each region of the hole not covered by them, its outline passing through the points
     * where it touches them).
     */
    private static Polygon joined(List<Polygon> group) {
        List<Polygon> left = new ArrayList<>(group);
        Polygon base = left.get(0);
        for (Polygon p : left) {   // the outermost: a polygon lying in another's hole has a smaller box
            if (p.getEnvelopeInternal().getArea() > base.getEnvelopeInternal().getArea()) {
                base = p;
            }
        }
        left.remove(base);
        List<Coordinate> ring = open(base.getExteriorRing().getCoordinates());
        List<Polygon> inside = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int h = 0; h < base.getNumInteriorRing(); h++) {
            holes.add(base.getInteriorRingN(h));
        }
        while (!left.isEmpty()) {
            boolean progress = false;
            for (int i = 0; i < left.size() && !progress; i++) {
                List<Coordinate> next = splice(ring, open(left.get(i).getExteriorRing().getCoordinates()));
                if (next != null) {
                    ring = next;
                    Polygon p = left.remove(i);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        holes.add(p.getInteriorRingN(h));
                    }
                    progress = true;
                }
            }
            if (!progress) { // the rest lie in holes
                inside.addAll(left);
                break;
            }
        }
        ring.add(ring.get(0));
        List<LinearRing> rings = new ArrayList<>();
        for (LinearRing hole : holes) {
            Polygon area = Region.FACTORY.createPolygon(hole);
            List<Polygon> in = new ArrayList<>();
            for (Polygon p : inside) {
                if (area.getEnvelopeInternal().contains(p.getEnvelopeInternal()) && area.covers(p)) {
                    in.add(p);
                }
            }
            if (in.isEmpty()) {
                rings.add(hole);
                continue;
            }
            Geometry faces = OverlayNGRobust.overlay(area, Region.FACTORY.buildGeometry(in), OverlayNG.DIFFERENCE);
            for (int f = 0; f < faces.getNumGeometries(); f++) {
                if (faces.getGeometryN(f) instanceof Polygon face && !face.isEmpty()) {
                    rings.addAll(holeRings(face));
                }
            }
            for (Polygon p : in) {
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(p.getInteriorRingN(h));
                }
            }
        }
        return Region.FACTORY.createPolygon(Region.FACTORY.createLinearRing(ring.toArray(new Coordinate[0])),
                rings.toArray(new LinearRing[0]));
    }

    /** A region of a hole as hole rings: its outline with the outlines touching it spliced in, and the others apart. */
    private static List<LinearRing> holeRings(Polygon face) {
        List<Coordinate> ring = open(face.getExteriorRing().getCoordinates());
        List<List<Coordinate>> rest = new ArrayList<>();
        for (int h = 0; h < face.getNumInteriorRing(); h++) {
            rest.add(open(face.getInteriorRingN(h).getCoordinates()));
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < rest.size() && !progress; i++) {
                List<Coordinate> next = splice(ring, rest.get(i));
                if (next == null) {
                    next = splice(noded(ring, rest.get(i)), rest.get(i));
                }
                if (next != null) {
                    ring = next;
                    rest.remove(i);
                    progress = true;
                }
            }
        }
        List<LinearRing> out = new ArrayList<>();
        out.add(closed(ring));
        for (List<Coordinate> r : rest) {
            out.add(closed(r));
        }
        return out;
    }

    /** ring with other's outline inserted at their first shared vertex: ... ring[k], other[j+1] ... other[j], ring[k+1] ...; null if none. */
    private static List<Coordinate> splice(List<Coordinate> ring, List<Coordinate> other) {
        Map<Long, Integer> at = new HashMap<>();
        for (int k = 0; k < other.size(); k++) {
            at.putIfAbsent(key(other.get(k)), k);
        }
        for (int k = 0; k < ring.size(); k++) {
            Integer j = at.get(key(ring.get(k)));
            if (j != null) {
                List<Coordinate> next = new ArrayList<>(ring.subList(0, k + 1));
                for (int s = 1; s <= other.size(); s++) {
                    next.add(other.get((j + s) % other.size()));
                }
                next.addAll(ring.subList(k + 1, ring.size()));
                return next;
            }
        }
        return null;
    }

    /** ring with the vertices of other that lie inside its edges inserted as vertices. */
    private static List<Coordinate> noded(List<Coordinate> ring, List<Coordinate> other) {
        List<Coordinate> out = new ArrayList<>();
        for (int k = 0; k < ring.size(); k++) {
            Coordinate p = ring.get(k), q = ring.get((k + 1) % ring.size());
            out.add(p);
            for (Coordinate v : other) {
                if (!v.equals2D(p) && !v.equals2D(q) && onSegment(v, p, q)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static LinearRing closed(List<Coordinate> open) {
        List<Coordinate> c = new ArrayList<>(open);
        c.add(c.get(0));
        return Region.FACTORY.createLinearRing(c.toArray(new Coordinate[0]));
    }

    private static List<Coordinate> open(Coordinate[] closed) {
        return new ArrayList<>(List.of(closed).subList(0, closed.length - 1));
    }

    private static long key(Coordinate c) {
        return ((long) c.x << 32) ^ ((long) c.y & 0xffffffffL);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
