package org.cpodrc.geom.edges;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.geom.BoxIndex;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.Rings;
import org.locationtech.jts.geom.Polygon;

/**
 * Width, space, separation and enclosure checks on merged regions, with KLayout's semantics:
 * every pair of edges closer than the distance (found through a {@link BoxIndex}, never all pairs) is
 * tested by {@link EdgeRelationCheck}; a resulting edge pair is dropped when another edge
 * crosses both of its connecting sides (shielding). Which edges may pair and which may shield
 * follows KLayout: width within one polygon; space among all polygons of the layer (two parts of
 * one polygon are a notch); for two-layer checks a polygon of the first layer pairs with the
 * second layer and is shielded by its own edges and by the second layer's.
 */
public final class EdgePairChecks {
    private EdgePairChecks() {
    }

    public static List<EdgePair> width(Region layer, CheckOptions options) {
        Edges e = new Edges();
        e.add(layer.merged(), false);
        return run(e, new EdgeRelationCheck(Relation.WIDTH, options), Mode.SAME_POLYGON);
    }

    /** Space between polygons and notches within a polygon. */
    public static List<EdgePair> space(Region layer, CheckOptions options) {
        Edges e = new Edges();
        e.add(layer.merged(), false);
        return run(e, new EdgeRelationCheck(Relation.SPACE, options), Mode.ALL);
    }

    /**
     * KLayout's {@code notch}: the space check within each polygon only (two parts of one polygon
     * closer than the distance), shielded by the polygon's own edges.
     */
    public static List<EdgePair> notch(Region layer, CheckOptions options) {
        Edges e = new Edges();
        e.add(layer.merged(), false);
        return run(e, new EdgeRelationCheck(Relation.SPACE, options), Mode.SAME_POLYGON);
    }

    /**
     * KLayout's {@code isolated}: the space check between different polygons only (a notch is not
     * reported); every edge of the layer shields, as for {@link #space}.
     */
    public static List<EdgePair> isolated(Region layer, CheckOptions options) {
        Edges e = new Edges();
        e.add(layer.merged(), false);
        return run(e, new EdgeRelationCheck(Relation.SPACE, options), Mode.DIFFERENT_POLYGONS);
    }

    /** Space between polygons of layer (first edges) and polygons of other (second edges). */
    public static List<EdgePair> separation(Region layer, Region other, CheckOptions options) {
        Edges e = new Edges();
        e.add(layer.merged(), false);
        e.add(other.merged(), true);
        return run(e, new EdgeRelationCheck(Relation.SPACE, options), Mode.TWO_LAYERS);
    }

    /** Inner closer than the distance to the inside of outer's edges (first edges: outer, second: inner). */
    public static List<EdgePair> enclosing(Region outer, Region inner, CheckOptions options) {
        Edges e = new Edges();
        e.add(outer.merged(), false);
        e.add(inner.merged(), true);
        return run(e, new EdgeRelationCheck(Relation.OVERLAP, options), Mode.TWO_LAYERS);
    }

    /**
     * KLayout's two-layer {@code overlap}: where layer and other overlap by less than the distance,
     * measured between an edge of layer and an edge of other across the inside of both (the width
     * relation between the two layers; first edges: layer, second: other).
     */
    public static List<EdgePair> overlap(Region layer, Region other, CheckOptions options) {
        Edges e = new Edges();
        e.add(layer.merged(), false);
        e.add(other.merged(), true);
        return run(e, new EdgeRelationCheck(Relation.WIDTH, options), Mode.TWO_LAYERS);
    }

    /**
     * Space among the edges of one subject's local merge ({@link LocalMergeChecks}): subject edges
     * pair with each other and with intruder edges (subject edge first), intruder edges not with
     * each other; every edge shields.
     */
    static List<EdgePair> localSpace(List<Edge> subject, List<Edge> intruders, CheckOptions options) {
        Edges e = new Edges();
        e.addEdges(subject, false);
        e.addEdges(intruders, true);
        return run(e, new EdgeRelationCheck(Relation.SPACE, options), Mode.LOCAL);
    }

    private enum Mode { SAME_POLYGON, DIFFERENT_POLYGONS, ALL, TWO_LAYERS, LOCAL }

    /**
     * All polygon edges of the check, with the polygon and layer each belongs to. KLayout's merge
     * joins polygons that touch at a point into one polygon and so splits an edge where another
     * polygon's corner touches it; the same is done here, so edges and "same polygon" agree.
     */
    private static final class Edges {
        final List<Edge> list = new ArrayList<>();
        final List<Integer> owner = new ArrayList<>();
        final List<Boolean> second = new ArrayList<>();
        int[] ownerOf;
        boolean[] secondOf;
        private int polygons;

        /** Array copies of owner and layer for the hot loops. */
        void freeze() {
            ownerOf = new int[owner.size()];
            secondOf = new boolean[second.size()];
            for (int i = 0; i < ownerOf.length; i++) {
                ownerOf[i] = owner.get(i);
                secondOf[i] = second.get(i);
            }
        }

        /** Loose edges, all of one owner (a local merge's subject or intruder side). */
        void addEdges(List<Edge> edges, boolean secondLayer) {
            int id = polygons++;
            for (Edge e : edges) {
                list.add(e);
                owner.add(id);
                second.add(secondLayer);
            }
        }

        void add(Region merged, boolean secondLayer) {
            List<List<long[]>> rings = new ArrayList<>();
            List<Integer> ringOwner = new ArrayList<>();
            int first = polygons;
            for (Polygon p : merged.polygons()) {
                int id = polygons++;
                rings.add(Rings.vertices(p.getExteriorRing().getCoordinates(), true));
                ringOwner.add(id);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(Rings.vertices(p.getInteriorRingN(h).getCoordinates(), false));
                    ringOwner.add(id);
                }
            }
            // polygons sharing a vertex (touching at a point) are one polygon, as in KLayout
            int[] parent = new int[polygons - first];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            int nv = 0;
            for (List<long[]> ring : rings) {
                nv += ring.size();
            }
            LongIntMap vertexOwner = new LongIntMap(nv);
            long[] vbox = new long[4 * nv];
            int[] vOwner = new int[nv];
            int vi = 0;
            for (int r = 0; r < rings.size(); r++) {
                for (long[] v : rings.get(r)) {
                    vbox[4 * vi] = vbox[4 * vi + 2] = v[0];
                    vbox[4 * vi + 1] = vbox[4 * vi + 3] = v[1];
                    vOwner[vi++] = ringOwner.get(r) - first;
                    int prev = vertexOwner.putIfAbsent(key(v[0], v[1]), ringOwner.get(r) - first);
                    if (prev >= 0) {
                        union(parent, prev, ringOwner.get(r) - first);
                    }
                }
            }
            BoxIndex vertices = new BoxIndex(vbox, nv);
            List<Edge> parts = new ArrayList<>();
            List<Integer> partOwner = new ArrayList<>();
            for (int r = 0; r < rings.size(); r++) {
                List<long[]> v = rings.get(r);
                int own = ringOwner.get(r) - first;
                int n = v.size();
                for (int i = 0; i < n; i++) {
                    long[] a = v.get(i), b = v.get((i + 1) % n);
                    for (Edge part : split(new Edge(a[0], a[1], b[0], b[1]), vertices, vbox, vOwner, parent, own)) {
                        parts.add(part);
                        partOwner.add(own);
                    }
                }
            }
            for (int k = 0; k < parts.size(); k++) {
                list.add(parts.get(k));
                owner.add(first + find(parent, partOwner.get(k)));
                second.add(secondLayer);
            }
        }

        private static List<Edge> split(Edge e, BoxIndex vertices, long[] vbox, int[] vOwner, int[] parent, int own) {
            List<long[]> inner = new ArrayList<>();
            int hits = vertices.query(Math.min(e.x1(), e.x2()), Math.min(e.y1(), e.y2()), Math.max(e.x1(), e.x2()),
                    Math.max(e.y1(), e.y2()));
            for (int h = 0; h < hits; h++) {
                int i = vertices.hits()[h];
                long[] v = {vbox[4 * i], vbox[4 * i + 1]};
                boolean end = (v[0] == e.x1() && v[1] == e.y1()) || (v[0] == e.x2() && v[1] == e.y2());
                if (!end && e.contains(v[0], v[1])) {
                    inner.add(v);
                    // a corner touching this edge joins the two polygons (all owners of one point are joined already)
                    union(parent, own, vOwner[i]);
                }
            }
            if (inner.isEmpty()) {
                return List.of(e);
            }
            inner.sort(java.util.Comparator.comparingDouble(v -> (v[0] - e.x1()) * (double) e.dx() + (v[1] - e.y1()) * (double) e.dy()));
            List<Edge> parts = new ArrayList<>();
            long x = e.x1(), y = e.y1();
            for (long[] v : inner) {
                if (v[0] != x || v[1] != y) {
                    parts.add(new Edge(x, y, v[0], v[1]));
                    x = v[0];
                    y = v[1];
                }
            }
            parts.add(new Edge(x, y, e.x2(), e.y2()));
            return parts;
        }

        private static long key(long x, long y) {
            return (x << 32) ^ (y & 0xffffffffL);
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static void union(int[] parent, int a, int b) {
            parent[find(parent, a)] = find(parent, b);
        }
    }

    private static List<EdgePair> run(Edges edges, EdgeRelationCheck check, Mode mode) {
        edges.freeze();
        List<Edge> list = edges.list;
        int n = list.size();
        List<EdgePair> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        long[] boxes = boxes(list);
        BoxIndex index = new BoxIndex(boxes, n);
        long d = check.options().distance();

        // pass 1: candidate pairs within the distance (bounding boxes), tested by the relation
        List<int[]> sources = new ArrayList<>();
        List<EdgePair> found = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int hits = index.query(boxes[4 * i] - d, boxes[4 * i + 1] - d, boxes[4 * i + 2] + d, boxes[4 * i + 3] + d);
            for (int h = 0; h < hits; h++) {
                int j = index.hits()[h];
                if (j <= i) {
                    continue;
                }
                int a = i, b = j;
                if (!interact(list.get(i), list.get(j), d) || !considered(edges, mode, a, b)) {
                    continue;
                }
                if ((mode == Mode.TWO_LAYERS || mode == Mode.LOCAL) && edges.secondOf[a]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                EdgePair ep = check.check(list.get(a), list.get(b));
                if (ep != null) {
                    found.add(ep);
                    sources.add(new int[] {a, b});
                }
            }
        }

        // pass 2: shielding - another edge near the pair that cuts across both connecting sides
        for (int k = 0; k < found.size(); k++) {
            int a = sources.get(k)[0], b = sources.get(k)[1];
            EdgePair ep = found.get(k);
            if (!shielded(edges, index, boxes, mode, ep.normalized(), a, b, d)) {
                out.add(ep);
            } else if (mode != Mode.TWO_LAYERS && isPointPair(ep)
                    && !shielded(edges, index, boxes, mode, new EdgePair(ep.second(), ep.first()).normalized(), a, b, d)) {
                // A pair with a zero-length edge has no canonical orientation, and the rounded
                // crossing points of the shielding test differ between its two orientations (a
                // corner of a polygon edge next to the pair can "shield" in one and not in the
                // other). A symmetric check has no first edge, so the pair is kept when either
                // orientation is unshielded (docs/klayout-differences.md section 3).
                out.add(ep);
            }
        }
        return out;
    }

    /** The edges' bounding boxes as x1, y1, x2, y2 per edge, for a {@link BoxIndex}. */
    static long[] boxes(List<Edge> list) {
        long[] boxes = new long[4 * list.size()];
        for (int i = 0; i < list.size(); i++) {
            Edge e = list.get(i);
            boxes[4 * i] = Math.min(e.x1(), e.x2());
            boxes[4 * i + 1] = Math.min(e.y1(), e.y2());
            boxes[4 * i + 2] = Math.max(e.x1(), e.x2());
            boxes[4 * i + 3] = Math.max(e.y1(), e.y2());
        }
        return boxes;
    }

    /**
     * Whether two edges are candidates: their bounding boxes, one enlarged by the distance, overlap
     * with a gap of less than the distance on both axes (strictly, as KLayout's box scanner).
     * With the square metric, edges whose boxes are exactly the distance apart can still pass
     * the relation test, and KLayout does not report them.
     */
    private static boolean interact(Edge e, Edge f, long d) {
        return Math.min(e.x1(), e.x2()) < Math.max(f.x1(), f.x2()) + d && Math.min(f.x1(), f.x2()) < Math.max(e.x1(), e.x2()) + d
                && Math.min(e.y1(), e.y2()) < Math.max(f.y1(), f.y2()) + d && Math.min(f.y1(), f.y2()) < Math.max(e.y1(), e.y2()) + d;
    }

    private static boolean considered(Edges edges, Mode mode, int a, int b) {
        return switch (mode) {
            case SAME_POLYGON -> edges.ownerOf[a] == edges.ownerOf[b];
            case DIFFERENT_POLYGONS -> edges.ownerOf[a] != edges.ownerOf[b];
            case ALL -> true;
            case TWO_LAYERS -> edges.secondOf[a] != edges.secondOf[b];
            case LOCAL -> !(edges.secondOf[a] && edges.secondOf[b]);
        };
    }

    /** Whether edge q takes part in shielding a pair whose first-layer edge is a. */
    private static boolean mayShield(Edges edges, Mode mode, int q, int a) {
        return switch (mode) {
            case SAME_POLYGON -> edges.ownerOf[q] == edges.ownerOf[a];
            case DIFFERENT_POLYGONS, ALL -> true;
            case TWO_LAYERS -> edges.secondOf[q] || edges.ownerOf[q] == edges.ownerOf[a];
            case LOCAL -> true;
        };
    }

    private static boolean shielded(Edges edges, BoxIndex index, long[] boxes, Mode mode, EdgePair ep, int a, int b, long d) {
        for (int src : new int[] {a, b}) {
            int hits = index.query(boxes[4 * src] - d, boxes[4 * src + 1] - d, boxes[4 * src + 2] + d, boxes[4 * src + 3] + d);
            for (int h = 0; h < hits; h++) {
                int q = index.hits()[h];
                if (q == a || q == b || !interact(edges.list.get(src), edges.list.get(q), d) || !mayShield(edges, mode, q, a)) {
                    continue;
                }
                if (shields(ep, edges.list.get(q))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPointPair(EdgePair ep) {
        return ep.first().isDegenerate() || ep.second().isDegenerate();
    }

    /** Whether q crosses both connecting sides of the (normalized) edge pair's quadrilateral. */
    static boolean shields(EdgePair ep, Edge q) {
        Edge pe1 = new Edge(ep.first().x1(), ep.first().y1(), ep.second().x2(), ep.second().y2());
        Edge pe2 = new Edge(ep.second().x1(), ep.second().y1(), ep.first().x2(), ep.first().y2());
        long[] ip1 = pe1.intersectPoint(q);
        long[] ip2 = pe2.intersectPoint(q);
        if (ip1 == null || ip2 == null) {
            return false;
        }
        boolean samePoint = ip1[0] == ip2[0] && ip1[1] == ip2[1];
        return !samePoint || (pe1.sideOf(q.x1(), q.y1()) != 0 && pe2.sideOf(q.x2(), q.y2()) != 0);
    }
}
