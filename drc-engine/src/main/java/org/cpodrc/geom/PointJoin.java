package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Merged polygons as KLayout's merge delivers them: polygons whose outlines touch in a single point
 * are one polygon, its outline passing that point twice (KLayout 0.28 merges with minimum coherence
 * off). JTS keeps them apart, since such a ring is not simple; this joins them where a result is
 * reported shape by shape (a derived layer output as markers), so two boxes touching at a corner are
 * one marker as in KLayout. Contacts are shared outline vertices (a merged layer's rings are noded,
 * so a corner touching another outline is a vertex of both).
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

    /** One outline through all of the group's outlines, each entered and left at a shared vertex. */
    private static Polygon joined(List<Polygon> group) {
        List<Polygon> left = new ArrayList<>(group);
        List<Coordinate> ring = open(left.remove(0).getExteriorRing().getCoordinates());
        List<LinearRing> holes = new ArrayList<>();
        for (Polygon p : group) {
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                holes.add(p.getInteriorRingN(h));
            }
        }
        while (!left.isEmpty()) {
            boolean progress = false;
            for (int i = 0; i < left.size() && !progress; i++) {
                List<Coordinate> other = open(left.get(i).getExteriorRing().getCoordinates());
                Map<Long, Integer> at = new HashMap<>();
                for (int k = 0; k < other.size(); k++) {
                    at.putIfAbsent(key(other.get(k)), k);
                }
                for (int k = 0; k < ring.size(); k++) {
                    Integer j = at.get(key(ring.get(k)));
                    if (j != null) { // ... ring[k], other[j+1] ... other[j-1], other[j] (= ring[k]), ring[k+1] ...
                        List<Coordinate> next = new ArrayList<>(ring.subList(0, k + 1));
                        for (int s = 1; s <= other.size(); s++) {
                            next.add(other.get((j + s) % other.size()));
                        }
                        next.addAll(ring.subList(k + 1, ring.size()));
                        ring = next;
                        left.remove(i);
                        progress = true;
                        break;
                    }
                }
            }
            if (!progress) { // cannot happen for a group found by shared vertices; keep the rest unjoined
                break;
            }
        }
        ring.add(ring.get(0));
        return Region.FACTORY.createPolygon(Region.FACTORY.createLinearRing(ring.toArray(new Coordinate[0])),
                holes.toArray(new LinearRing[0]));
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
