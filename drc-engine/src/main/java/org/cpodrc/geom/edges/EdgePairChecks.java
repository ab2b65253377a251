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
        return find(Kind.WIDTH, Edges.of(layer, null), options);
    }

    /** Space between polygons and notches within a polygon. */
    public static List<EdgePair> space(Region layer, CheckOptions options) {
        return find(Kind.SPACE, Edges.of(layer, null), options);
    }

    /**
     * KLayout's {@code notch}: the space check within each polygon only (two parts of one polygon
     * closer than the distance), shielded by the polygon's own edges.
     */
    public static List<EdgePair> notch(Region layer, CheckOptions options) {
        return find(Kind.NOTCH, Edges.of(layer, null), options);
    }

    /**
     * KLayout's {@code isolated}: the space check between different polygons only (a notch is not
     * reported); every edge of the layer shields, as for {@link #space}.
     */
    public static List<EdgePair> isolated(Region layer, CheckOptions options) {
        return find(Kind.ISOLATED, Edges.of(layer, null), options);
    }

    /** Space between polygons of layer (first edges) and polygons of other (second edges). */
    public static List<EdgePair> separation(Region layer, Region other, CheckOptions options) {
        return find(Kind.SEPARATION, Edges.of(layer, other), options);
    }

    /** Inner closer than the distance to the inside of outer's edges (first edges: outer, second: inner). */
    public static List<EdgePair> enclosing(Region outer, Region inner, CheckOptions options) {
        return find(Kind.ENCLOSING, Edges.of(outer, inner), options);
    }

    /**
     * KLayout's two-layer {@code overlap}: where layer and other overlap by less than the distance,
     * measured between an edge of layer and an edge of other across the inside of both (the width
     * relation between the two layers; first edges: layer, second: other).
     */
    public static List<EdgePair> overlap(Region layer, Region other, CheckOptions options) {
        return find(Kind.OVERLAP, Edges.of(layer, other), options);
    }

    /**
     * The edge pairs of one kind of check among prepared edges: all of a layer's, or a tile's
     * share of them ({@link WindowedEdges#within}). Pairs come out in edge order, first edge as in the
     * whole run, so a tile's pairs are exactly the whole run's pairs among its edges.
     */
    public static List<EdgePair> find(Kind kind, Edges edges, CheckOptions options) {
        return find(kind, edges, options, ep -> true);
    }

    /**
     * As {@link #find(Kind, Edges, CheckOptions)}, keeping only pairs that pass {@code keep}, which
     * is asked before the (costlier) shielding test: a tile keeps the pairs it owns.
     */
    public static List<EdgePair> find(Kind kind, Edges edges, CheckOptions options, java.util.function.Predicate<EdgePair> keep) {
        return run(edges, new EdgeRelationCheck(kind.relation, options), kind.mode, keep);
    }

    /** What an edge-pair check measures (the relation) and which edges may pair and shield (the mode). */
    public enum Kind {
        WIDTH(Relation.WIDTH, Mode.SAME_POLYGON),
        SPACE(Relation.SPACE, Mode.ALL),
        NOTCH(Relation.SPACE, Mode.SAME_POLYGON),
        ISOLATED(Relation.SPACE, Mode.DIFFERENT_POLYGONS),
        SEPARATION(Relation.SPACE, Mode.TWO_LAYERS),
        ENCLOSING(Relation.OVERLAP, Mode.TWO_LAYERS),
        OVERLAP(Relation.WIDTH, Mode.TWO_LAYERS);

        private final Relation relation;
        private final Mode mode;

        Kind(Relation relation, Mode mode) {
            this.relation = relation;
            this.mode = mode;
        }

        /** Whether the check reads a second layer (its edges come second in every pair). */
        public boolean twoLayers() {
            return mode == Mode.TWO_LAYERS;
        }
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
        e.freeze();
        e.countOwners();
        return run(e, new EdgeRelationCheck(Relation.SPACE, options), Mode.LOCAL, ep -> true);
    }

    private enum Mode { SAME_POLYGON, DIFFERENT_POLYGONS, ALL, TWO_LAYERS, LOCAL }

    /**
     * All polygon edges of a check's one or two merged layers, with the polygon and layer each
     * belongs to, indexed by bounding box. KLayout's merge joins polygons that touch at a point
     * into one polygon and so splits an edge where another polygon's corner touches it; the same
     * is done here, so edges and "same polygon" agree.
     *
     * <p>For tiling, {@link WindowedEdges#within} builds the edges touching a window, each the same
     * edge as in the whole set (never clipped) with the same polygon, in the same order, without
     * the whole set.
     */
    public static final class Edges {
        /** While building: x1, y1, x2, y2 per edge; frozen: the edge's box (x1 &lt;= x2, y1 &lt;= y2). */
        private long[] boxes = new long[64];
        private int[] ownerOf = new int[16];
        private boolean[] secondOf = new boolean[16];
        private int count;
        private Edge[] edge;
        private BoxIndex index;
        private int polygons;
        /** Edges per polygon (by owner), of the whole set: a window shares its set's counts. */
        private int[] edgesOfOwner = new int[0];

        private Edges() {
        }

        /** The edges of a merged layer, and of a second one (flagged second) when not null. */
        public static Edges of(Region first, Region second) {
            Edges e = new Edges();
            e.add(first.merged(), false);
            if (second != null) {
                e.add(second.merged(), true);
            }
            e.freeze();
            e.countOwners();
            return e;
        }

        /** An empty set that {@link WindowedEdges} fills with a window's edges. */
        static Edges window() {
            return new Edges();
        }

        public int size() {
            return ownerOf.length;
        }

        /** Edge i (for tests that compare two ways of building a set). */
        Edge edgeAt(int i) {
            return edge[i];
        }

        /** The polygon edge i belongs to (polygons joined at a point share one). */
        int ownerAt(int i) {
            return ownerOf[i];
        }

        /** Whether edge i is of the second layer. */
        boolean secondAt(int i) {
            return secondOf[i];
        }

        /** The number of edges of edge i's polygon in the whole layer. */
        int ownerEdgesAt(int i) {
            return edgesOfOwner[ownerOf[i]];
        }

        /** The bounding box of all edges (x1, y1, x2, y2), null when there are none. */
        public long[] bounds() {
            if (size() == 0) {
                return null;
            }
            long[] b = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
            for (int i = 0; i < size(); i++) {
                b[0] = Math.min(b[0], boxes[4 * i]);
                b[1] = Math.min(b[1], boxes[4 * i + 1]);
                b[2] = Math.max(b[2], boxes[4 * i + 2]);
                b[3] = Math.max(b[3], boxes[4 * i + 3]);
            }
            return b;
        }

        /**
         * Arrays for the hot loops (boxes, owners, layers, index and the edge objects), trimmed to
         * size; each edge's coordinates become its box in place.
         */
        private void freeze() {
            int n = count;
            if (ownerOf.length != n) {
                boxes = java.util.Arrays.copyOf(boxes, 4 * n);
                ownerOf = java.util.Arrays.copyOf(ownerOf, n);
                secondOf = java.util.Arrays.copyOf(secondOf, n);
            }
            edge = new Edge[n];
            for (int i = 0; i < n; i++) {
                long x1 = boxes[4 * i], y1 = boxes[4 * i + 1], x2 = boxes[4 * i + 2], y2 = boxes[4 * i + 3];
                edge[i] = new Edge(x1, y1, x2, y2);
                boxes[4 * i] = Math.min(x1, x2);
                boxes[4 * i + 1] = Math.min(y1, y2);
                boxes[4 * i + 2] = Math.max(x1, x2);
                boxes[4 * i + 3] = Math.max(y1, y2);
            }
            index = new BoxIndex(boxes, n);
        }

        /** Edges per polygon (owner), counted over this set: a whole layer's. */
        private void countOwners() {
            edgesOfOwner = new int[polygons];
            for (int i = 0; i < count; i++) {
                edgesOfOwner[ownerOf[i]]++;
            }
        }

        /** Freezes a window's edges ({@link WindowedEdges}), which share the whole layer's edge counts per owner. */
        void freezeWindow(int[] layerEdgesOfOwner) {
            freeze();
            edgesOfOwner = layerEdgesOfOwner;
        }

        void append(long x1, long y1, long x2, long y2, int owner, boolean secondLayer) {
            if (count == ownerOf.length) {
                reserve(Math.max(16, count >> 1));
            }
            boxes[4 * count] = x1;
            boxes[4 * count + 1] = y1;
            boxes[4 * count + 2] = x2;
            boxes[4 * count + 3] = y2;
            ownerOf[count] = owner;
            secondOf[count] = secondLayer;
            count++;
        }

        /** Room for {@code extra} more edges (sized once up front: growing copies the largest arrays). */
        private void reserve(int extra) {
            int cap = count + extra;
            if (cap > ownerOf.length) {
                boxes = java.util.Arrays.copyOf(boxes, 4 * cap);
                ownerOf = java.util.Arrays.copyOf(ownerOf, cap);
                secondOf = java.util.Arrays.copyOf(secondOf, cap);
            }
        }

        /** Loose edges, all of one owner (a local merge's subject or intruder side). */
        void addEdges(List<Edge> edges, boolean secondLayer) {
            int id = polygons++;
            for (Edge e : edges) {
                append(e.x1(), e.y1(), e.x2(), e.y2(), id, secondLayer);
            }
        }

        /**
         * The edges of a merged region's polygons, split where another polygon's corner touches;
         * vertices, rings and edges are held in packed primitive arrays while building (millions
         * of vertices: a {@code long[]} or boxed owner per vertex would cost more than the edges).
         */
        void add(Region merged, boolean secondLayer) {
            int first = polygons;
            // the vertices of all rings, packed one after the other (ring r: ringStart[r] .. ringStart[r + 1] - 1),
            // sized once: the merged polygons' vertex counts bound what remains after collinear points go
            long bound = 0;
            for (int i = 0; i < merged.size(); i++) {
                bound += merged.numVertices(i);
            }
            long[] vxy = new long[Math.toIntExact(2 * bound)];
            int[] ringStart = new int[17];
            int[] ringOwner = new int[16];
            int nr = 0;
            int nv = 0;
            for (int i = 0; i < merged.size(); i++) {
                Polygon p = merged.polygon(i); // built for this loop only: the layer stays packed
                int id = polygons++ - first;
                for (long[] ring : klayoutOrder(p)) {
                    if (nr == ringOwner.length) {
                        ringOwner = java.util.Arrays.copyOf(ringOwner, 2 * ringOwner.length);
                        ringStart = java.util.Arrays.copyOf(ringStart, ringOwner.length + 1);
                    }
                    System.arraycopy(ring, 0, vxy, 2 * nv, ring.length);
                    ringOwner[nr++] = id;
                    nv += ring.length / 2;
                    ringStart[nr] = nv;
                }
            }
            // polygons sharing a vertex (touching at a point) are one polygon, as in KLayout
            int[] parent = new int[polygons - first];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            int[] vOwner = new int[nv];
            for (int r = 0; r < nr; r++) {
                java.util.Arrays.fill(vOwner, ringStart[r], ringStart[r + 1], ringOwner[r]);
            }
            joinEqualVertices(vxy, vOwner, nv, parent);
            BoxIndex vertices = BoxIndex.ofPoints(vxy, nv);
            int from = count;
            reserve(nv); // one edge per vertex, more only where a corner splits an edge
            for (int r = 0; r < nr; r++) {
                int own = ringOwner[r];
                int a = ringStart[r];
                int n = ringStart[r + 1] - a;
                for (int i = 0; i < n; i++) {
                    int j = (i + 1) % n;
                    for (Edge part : split(new Edge(vxy[2 * (a + i)], vxy[2 * (a + i) + 1], vxy[2 * (a + j)],
                            vxy[2 * (a + j) + 1]), vertices, vxy, vOwner, parent, own)) {
                        append(part.x1(), part.y1(), part.x2(), part.y2(), own, secondLayer);
                    }
                }
            }
            // owners are final once every corner has been joined
            for (int k = from; k < count; k++) {
                ownerOf[k] = first + find(parent, ownerOf[k]);
            }
        }

        /**
         * A polygon's rings as KLayout stores them (db::Polygon): the hull, then the holes sorted by
         * vertex count and then by their points; each ring starting at its lowest, then leftmost
         * point. A polygon's edges come in this order, so that pairs within a polygon of up to
         * {@value #KLAYOUT_SCANNER_THRESHOLD} edges are oriented as KLayout tests them ({@link #run}).
         */
        static List<long[]> klayoutOrder(Polygon p) {
            List<long[]> rings = new ArrayList<>(1 + p.getNumInteriorRing());
            rings.add(startingAtLowest(Rings.packedVertices(p.getExteriorRing().getCoordinates(), true)));
            List<long[]> holes = new ArrayList<>(p.getNumInteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                holes.add(startingAtLowest(Rings.packedVertices(p.getInteriorRingN(h).getCoordinates(), false)));
            }
            holes.sort(EdgePairChecks::compareContours);
            rings.addAll(holes);
            return rings;
        }

        /** The ring rotated to start at its least point by (y, x), KLayout's point order. */
        private static long[] startingAtLowest(long[] v) {
            int n = v.length / 2, s = 0;
            for (int k = 1; k < n; k++) {
                if (comparePoints(v, k, v, s) < 0) {
                    s = k;
                }
            }
            if (s == 0) {
                return v;
            }
            long[] out = new long[v.length];
            System.arraycopy(v, 2 * s, out, 0, v.length - 2 * s);
            System.arraycopy(v, 0, out, v.length - 2 * s, 2 * s);
            return out;
        }

        /**
         * Joins the polygons of equal vertices (vertex i of polygon vOwner[i]): polygons touching at
         * a point are one polygon, as in KLayout. The map of first owners is the largest array of an
         * edge build and is dropped on return, before the edges grow.
         */
        static void joinEqualVertices(long[] vxy, int[] vOwner, int nv, int[] parent) {
            LongIntMap firstOwner = new LongIntMap(nv);
            for (int i = 0; i < nv; i++) {
                int prev = firstOwner.putIfAbsent(key(vxy[2 * i], vxy[2 * i + 1]), vOwner[i]);
                if (prev >= 0) {
                    union(parent, prev, vOwner[i]);
                }
            }
        }

        private static List<Edge> split(Edge e, BoxIndex vertices, long[] vxy, int[] vOwner, int[] parent, int own) {
            List<long[]> inner = new ArrayList<>();
            cornersOn(e, vertices, vxy, vOwner, parent, own, inner);
            return cutAtCorners(e, inner);
        }

        /**
         * Adds to {@code inner} the indexed vertices lying on e but not at its ends (corners touching
         * it), and joins their polygons with polygon {@code own}.
         */
        static void cornersOn(Edge e, BoxIndex vertices, long[] vxy, int[] vOwner, int[] parent, int own,
                              List<long[]> inner) {
            int hits = vertices.query(Math.min(e.x1(), e.x2()), Math.min(e.y1(), e.y2()), Math.max(e.x1(), e.x2()),
                    Math.max(e.y1(), e.y2()));
            for (int h = 0; h < hits; h++) {
                int i = vertices.hits()[h];
                long[] v = {vxy[2 * i], vxy[2 * i + 1]};
                boolean end = (v[0] == e.x1() && v[1] == e.y1()) || (v[0] == e.x2() && v[1] == e.y2());
                if (!end && e.contains(v[0], v[1])) {
                    inner.add(v);
                    // a corner touching this edge joins the two polygons (all owners of one point are joined already)
                    union(parent, own, vOwner[i]);
                }
            }
        }

        /** e cut at the corners on it (sorted along e here; a corner repeated cuts once), or e alone. */
        static List<Edge> cutAtCorners(Edge e, List<long[]> inner) {
            if (inner.isEmpty()) {
                return List.of(e);
            }
            inner.sort(java.util.Comparator.comparingDouble(v -> (v[0] - e.x1()) * (double) e.dx() + (v[1] - e.y1()) * (double) e.dy()));
            List<Edge> parts = new ArrayList<>();
            e.cutAt(inner, parts);
            return parts;
        }

        static long key(long x, long y) {
            return (x << 32) ^ (y & 0xffffffffL);
        }

        static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        static void union(int[] parent, int a, int b) {
            parent[find(parent, a)] = find(parent, b);
        }
    }

    private static List<EdgePair> run(Edges edges, EdgeRelationCheck check, Mode mode, java.util.function.Predicate<EdgePair> keep) {
        Edge[] list = edges.edge;
        int n = list.length;
        List<EdgePair> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        long[] boxes = edges.boxes;
        BoxIndex index = edges.index;
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
                if (!interact(list[i], list[j], d) || !considered(edges, mode, a, b)) {
                    continue;
                }
                if ((mode == Mode.TWO_LAYERS || mode == Mode.LOCAL) && edges.secondOf[a]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                if (mode == Mode.SAME_POLYGON && scannedInSweep(edges, a) && boxes[4 * a] < boxes[4 * b]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                EdgePair ep = check.check(list[a], list[b]);
                if (ep != null && keep.test(ep)) {
                    found.add(ep);
                    sources.add(new int[] {a, b});
                }
            }
        }

        // pass 2: shielding - another edge near the pair that cuts across both connecting sides
        java.util.Set<EdgePair> pointPairs = new java.util.HashSet<>();
        for (int k = 0; k < found.size(); k++) {
            int a = sources.get(k)[0], b = sources.get(k)[1];
            EdgePair ep = found.get(k);
            boolean kept = !shielded(edges, index, boxes, mode, ep.normalized(), a, b, d)
                    || (bothOrientations(edges, mode, a, b, ep)
                        && !shielded(edges, index, boxes, mode, new EdgePair(ep.second(), ep.first()).normalized(), a, b, d));
            // A point pair can come from several edge pairs (a corner ends two edges). KLayout's
            // checks between polygons and layers collect their result in a set and report it once;
            // its single-polygon checks (width, notch) write every pair found and report it twice.
            if (kept && (mode == Mode.SAME_POLYGON || !isPointPair(ep) || pointPairs.add(ordered(mode, ep)))) {
                out.add(ordered(mode, ep));
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

    /**
     * KLayout's box scanner of one polygon's edges (width, notch) tests polygons of more than
     * {@value #KLAYOUT_SCANNER_THRESHOLD} edges in a sweep whose pairs come with the edge of the
     * greater bounding-box left first (below it, all pairs in the polygon's edge order). The first
     * edge is the orientation the shielding test sees, which can decide whether a pair is kept
     * (docs/klayout-differences.md section 3), so such pairs are oriented the same way here.
     */
    private static boolean scannedInSweep(Edges edges, int a) {
        return edges.edgesOfOwner[edges.ownerOf[a]] > KLAYOUT_SCANNER_THRESHOLD;
    }

    /** KLayout's point order: by y, then by x. */
    private static int comparePoints(long[] a, int i, long[] b, int j) {
        int c = Long.compare(a[2 * i + 1], b[2 * j + 1]);
        return c != 0 ? c : Long.compare(a[2 * i], b[2 * j]);
    }

    /** KLayout's contour order (polygon_contour::operator&lt;): fewer points first, then point by point. */
    private static int compareContours(long[] a, long[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        for (int k = 0; k < a.length / 2; k++) {
            int c = comparePoints(a, k, b, k);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** KLayout's {@code box_scanner} default: up to this many objects are tested pair by pair. */
    private static final int KLAYOUT_SCANNER_THRESHOLD = 100;

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
                if (q == a || q == b || !interact(edges.edge[src], edges.edge[q], d) || !mayShield(edges, mode, q, a)) {
                    continue;
                }
                if (shields(ep, edges.edge[q])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A pair as reported: for the symmetric kinds (width, space), whose pairs have no first edge,
     * the lesser edge (x1, y1, x2, y2) first, so reports list a pair's edges in one order whatever
     * the order of the polygons (a derived layer's may vary from run to run) and whatever tile
     * found it; two-layer pairs keep the first layer's edge first.
     */
    public static EdgePair ordered(Kind kind, EdgePair ep) {
        return ordered(kind.mode, ep);
    }

    private static EdgePair ordered(Mode mode, EdgePair ep) {
        // LOCAL keeps KLayout's subject edge first (the unmerged-input space it reproduces)
        if (mode == Mode.TWO_LAYERS || mode == Mode.LOCAL || EDGE_ORDER.compare(ep.first(), ep.second()) <= 0) {
            return ep;
        }
        return new EdgePair(ep.second(), ep.first());
    }

    private static final java.util.Comparator<Edge> EDGE_ORDER = java.util.Comparator.comparingLong(Edge::x1)
            .thenComparingLong(Edge::y1).thenComparingLong(Edge::x2).thenComparingLong(Edge::y2);

    /**
     * Whether a pair shielded in the orientation found (first edge a) is tested again with its
     * edges swapped; the rounded crossing points of the shielding test differ between the two
     * orientations (an edge starting at a corner of the pair can "cross" both connecting sides in
     * one and not in the other). KLayout's flat and deep checks run each polygon as the subject
     * with its neighbours as intruders and put the subject's edge first, so a pair between two
     * polygons is tested in both orientations and reported when either is unshielded. A pair with
     * a zero-length edge has no canonical orientation even within one polygon, and a symmetric
     * check has no first edge, so it is kept when either orientation is unshielded too
     * (docs/klayout-differences.md section 3). Two-layer checks keep the first layer's edge first,
     * as KLayout does.
     */
    private static boolean bothOrientations(Edges edges, Mode mode, int a, int b, EdgePair ep) {
        return switch (mode) {
            case TWO_LAYERS -> false;
            case ALL, DIFFERENT_POLYGONS -> edges.ownerOf[a] != edges.ownerOf[b] || isPointPair(ep);
            // within a polygon KLayout tests up to 100 edges pair by pair in its edge order, which
            // the edges here follow (Edges.klayoutOrder): one orientation, point pairs included
            case SAME_POLYGON -> isPointPair(ep) && scannedInSweep(edges, a);
            case LOCAL -> isPointPair(ep);
        };
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
