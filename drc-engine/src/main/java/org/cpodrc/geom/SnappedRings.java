package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The operands of a boolean as KLayout's edge processor sees them after its first phase: all
 * rings of all operands go in together, and every edge is bent through the grid points
 * {@link GridSnapper} cuts it at (rounded crossings, and vertices within half a unit of an edge
 * that moves). A pin whose corner misses a slanted taper edge by 0.01 units then touches the
 * taper at that corner, as it does for KLayout, and the crossing points of slivers lie where
 * KLayout puts them. The booleans themselves then run on the bent rings ({@link GridOverlay}).
 * A bent ring passes through every cut point of its edges, also those on its straight line: a result
 * may keep such a point as a vertex where KLayout's polygon drops it (same area and edges; the
 * differential tests compare polygons with collinear points dropped).
 */
final class SnappedRings {
    private SnappedRings() {
    }

    /**
     * The polygons of each operand with their rings bent, as they come (a bent ring may touch or
     * cross itself, bent polygons may overlap: the caller repairs and merges them); null for an
     * operand none of whose edges moves, and null instead of the array when no edge moves at all.
     */
    @SuppressWarnings("unchecked")
    static List<Polygon>[] bend(List<? extends Geometry> operands) {
        // every ring of every operand, each ring its own tag, in the order the second pass walks them
        EdgeBuffer buffer = new EdgeBuffer();
        int rings = 0;
        for (Geometry g : operands) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    buffer.ring(p.getExteriorRing(), rings++);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        buffer.ring(p.getInteriorRingN(h), rings++);
                    }
                }
            }
        }
        int[] edges = buffer.data;
        int n = buffer.n;
        List<List<Long>> cuts = GridSnapper.cuts(edges, n);
        if (cuts == null) {
            return null;
        }
        List<Polygon>[] out = new List[operands.size()];
        boolean any = false;
        int e = 0;
        for (int o = 0; o < operands.size(); o++) {
            Geometry g = operands.get(o);
            List<Polygon> polygons = new ArrayList<>();
            boolean changed = false;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                    continue;
                }
                int start = e;
                e += p.getExteriorRing().getNumPoints() - 1;
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    e += p.getInteriorRingN(h).getNumPoints() - 1;
                }
                boolean moves = false;
                for (int k = start; k < e && !moves; k++) {
                    moves = cuts.get(k) != null;
                }
                if (!moves) {
                    polygons.add(p);
                    continue;
                }
                changed = true;
                int[] at = {start};
                LinearRing shell = bent(p.getExteriorRing().getCoordinates(), edges, cuts, at);
                List<LinearRing> holes = new ArrayList<>();
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    LinearRing hole = bent(p.getInteriorRingN(h).getCoordinates(), edges, cuts, at);
                    if (hole != null) {
                        holes.add(hole);
                    }
                }
                if (shell != null) {
                    polygons.add(Region.FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
                }
            }
            out[o] = changed ? polygons : null;
            any |= changed;
        }
        return any ? out : null;
    }

    /** The ring with the cut points of its edges (from edge at[0] on) inserted in order; null when it collapses. */
    private static LinearRing bent(Coordinate[] ring, int[] edges, List<List<Long>> cuts, int[] at) {
        List<Coordinate> out = new ArrayList<>(ring.length + 8);
        for (int k = 0; k + 1 < ring.length; k++) {
            int e = at[0]++;
            add(out, GridSnapper.x1(edges, e), GridSnapper.y1(edges, e));
            List<Long> c = cuts.get(e);
            if (c != null) {
                List<Long> sorted = new ArrayList<>(c);
                GridSnapper.sortAlong(sorted, GridSnapper.x1(edges, e), GridSnapper.y1(edges, e), GridSnapper.x2(edges, e),
                        GridSnapper.y2(edges, e));
                for (long q : sorted) {
                    add(out, (int) (q >> 32), (int) q);
                }
            }
        }
        if (out.size() > 1 && out.get(out.size() - 1).equals2D(out.get(0))) {
            out.remove(out.size() - 1);
        }
        if (out.size() < 3) {
            return null;
        }
        out.add(new Coordinate(out.get(0)));
        return Region.FACTORY.createLinearRing(out.toArray(Coordinate[]::new));
    }

    private static void add(List<Coordinate> out, int x, int y) {
        if (out.isEmpty() || out.get(out.size() - 1).x != x || out.get(out.size() - 1).y != y) {
            out.add(new Coordinate(x, y));
        }
    }
}
