package org.cpodrc.geom.edges;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cpodrc.geom.BoxIndex;
import org.cpodrc.geom.Region;

/**
 * The edges of a check's one or two merged layers for a tiled rule, built window by window from
 * the packed layers: {@link #within} gives exactly the edges that {@link EdgePairChecks.Edges#of}
 * holds whose boxes touch the window (same edges, same polygons, same order), but the layer's whole
 * edge set is never alive. It cost about 45 bytes a merged vertex at rest and 75 while built; this
 * holds a box per polygon, two ints per polygon and the few split edges.
 *
 * <p>What needs the whole layer is settled once, in {@link #of}: which polygons are one (KLayout's
 * merge joins polygons that share a point: a common vertex, or a corner on another's edge), how
 * many edges each joined polygon has (it decides how KLayout orients pairs within it), and where
 * an edge is split by a touching corner. That pass runs over vertical strips of about
 * {@value #STRIP_VERTICES} vertices, so only one strip's vertices and their index are alive: two
 * equal points fall in one strip, and an edge is tested against the vertices of every strip it
 * crosses. A window then needs only the polygons whose boxes touch it.
 *
 * <p>Thread-safe once built; a polygon is read (and its rings ordered) once per window it touches,
 * except polygons of more than {@value #KEPT_RING_VERTICES} vertices, whose rings are kept once
 * built, so that many small windows around one large polygon do not rebuild it each time.
 */
public final class WindowedEdges {
    /** About this many vertices in each strip of the joining pass. */
    static final long STRIP_VERTICES = 500_000;
    /** Polygons with more vertices keep their ordered rings once built. */
    static final int KEPT_RING_VERTICES = 4096;

    private final List<Layer> layers;
    /** Per polygon of all layers (the second layer's numbered after the first's): the polygon it is joined into. */
    private final int[] ownerOf;
    /** Per joined polygon: its edges, splits counted. */
    private final int[] edgesOfOwner;
    private final long size;

    private WindowedEdges(List<Layer> layers, int[] ownerOf, int[] edgesOfOwner) {
        this.layers = layers;
        this.ownerOf = ownerOf;
        this.edgesOfOwner = edgesOfOwner;
        long n = 0;
        for (int e : edgesOfOwner) {
            n += e;
        }
        this.size = n;
    }

    /** The edges of a merged layer, and of a second one (flagged second) when not null. */
    public static WindowedEdges of(Region first, Region second) {
        return of(first, second, STRIP_VERTICES);
    }

    /** As {@link #of(Region, Region)} with strips of about this many vertices (tests use narrow ones). */
    static WindowedEdges of(Region first, Region second, long stripVertices) {
        Region a = first.merged();
        Region b = second == null ? null : second.merged();
        int n = a.size() + (b == null ? 0 : b.size());
        int[] ownerOf = new int[n];
        int[] edgesOfOwner = new int[n];
        List<Layer> layers = new ArrayList<>(2);
        layers.add(new Layer(a, 0, false, stripVertices));
        if (b != null) {
            layers.add(new Layer(b, a.size(), true, stripVertices));
        }
        for (Layer l : layers) {
            l.join(ownerOf, edgesOfOwner);
        }
        return new WindowedEdges(layers, ownerOf, edgesOfOwner);
    }

    /** The number of edges (what {@link EdgePairChecks.Edges#size} of the whole set gives). */
    public long size() {
        return size;
    }

    /** How many edges touching corners split (tests: the layouts must exercise it). */
    int splitEdges() {
        int n = 0;
        for (Layer l : layers) {
            n += l.splits.size();
        }
        return n;
    }

    /** How many polygons are joined into another one (tests). */
    int joinedPolygons() {
        int n = 0;
        for (int p = 0; p < ownerOf.length; p++) {
            n += ownerOf[p] != p ? 1 : 0;
        }
        return n;
    }

    /** The bounding box of all polygons (x1, y1, x2, y2), null when there are none. */
    public long[] bounds() {
        long[] b = null;
        for (Layer l : layers) {
            if (l.extent == null) {
                continue;
            }
            if (b == null) {
                b = l.extent.clone();
            } else {
                b[0] = Math.min(b[0], l.extent[0]);
                b[1] = Math.min(b[1], l.extent[1]);
                b[2] = Math.max(b[2], l.extent[2]);
                b[3] = Math.max(b[3], l.extent[3]);
            }
        }
        return b;
    }

    /** The edges whose boxes touch the closed window, in the whole set's order, with their polygons and layers. */
    public EdgePairChecks.Edges within(long x1, long y1, long x2, long y2) {
        EdgePairChecks.Edges out = EdgePairChecks.Edges.window();
        for (Layer l : layers) {
            if (l.extent == null) {
                continue;
            }
            int[] hits = l.index.queryAll(x1 - 1, y1 - 1, x2 + 1, y2 + 1);
            Arrays.sort(hits);
            for (int p : hits) {
                int owner = ownerOf[l.base + p];
                int k = 0;
                for (long[] ring : l.rings(p)) {
                    int n = ring.length / 2;
                    for (int i = 0; i < n; i++, k++) {
                        int j = (i + 1) % n;
                        long ax = ring[2 * i], ay = ring[2 * i + 1], bx = ring[2 * j], by = ring[2 * j + 1];
                        if (!touches(ax, ay, bx, by, x1, y1, x2, y2)) {
                            continue;
                        }
                        List<Edge> parts = l.splits.isEmpty() ? null : l.splits.get(key(p, k));
                        if (parts == null) {
                            out.append(ax, ay, bx, by, owner, l.second);
                            continue;
                        }
                        for (Edge e : parts) {
                            if (touches(e.x1(), e.y1(), e.x2(), e.y2(), x1, y1, x2, y2)) {
                                out.append(e.x1(), e.y1(), e.x2(), e.y2(), owner, l.second);
                            }
                        }
                    }
                }
            }
        }
        out.freezeWindow(edgesOfOwner);
        return out;
    }

    private static boolean touches(long ax, long ay, long bx, long by, long x1, long y1, long x2, long y2) {
        return Math.max(ax, bx) >= x1 && Math.min(ax, bx) <= x2 && Math.max(ay, by) >= y1 && Math.min(ay, by) <= y2;
    }

    /** A polygon's edge by number (its rings' edges counted in order). */
    private static long key(int polygon, int edge) {
        return ((long) polygon << 32) | (edge & 0xffffffffL);
    }

    /** One merged layer: its polygons' boxes and index, and its edges that touching corners split. */
    private static final class Layer {
        final Region region;
        final int base;
        final boolean second;
        final long[] boxes;
        final BoxIndex index;
        /** x1, y1, x2, y2 of all boxes; null for an empty layer. */
        final long[] extent;
        /** The parts of each edge split by a touching corner, in order, by {@link #key}. */
        final Map<Long, List<Edge>> splits = new HashMap<>();
        final Map<Integer, List<long[]>> keptRings = new ConcurrentHashMap<>();
        private final long stripVertices;

        Layer(Region region, int base, boolean second, long stripVertices) {
            this.stripVertices = stripVertices;
            this.region = region;
            this.base = base;
            this.second = second;
            this.boxes = region.boxes();
            this.index = new BoxIndex(boxes, region.size());
            this.extent = extentOf(boxes);
        }

        private static long[] extentOf(long[] boxes) {
            if (boxes.length == 0) {
                return null;
            }
            long[] b = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
            for (int i = 0; i < boxes.length; i += 4) {
                b[0] = Math.min(b[0], boxes[i]);
                b[1] = Math.min(b[1], boxes[i + 1]);
                b[2] = Math.max(b[2], boxes[i + 2]);
                b[3] = Math.max(b[3], boxes[i + 3]);
            }
            return b;
        }

        /** Polygon p's rings in KLayout's order (as the whole set builds them). */
        List<long[]> rings(int p) {
            if (region.numVertices(p) <= KEPT_RING_VERTICES) {
                return EdgePairChecks.Edges.klayoutOrder(region.polygon(p));
            }
            return keptRings.computeIfAbsent(p, q -> EdgePairChecks.Edges.klayoutOrder(region.polygon(q)));
        }

        /**
         * Joins polygons that share a point, strip by strip, into {@code ownerOf}; counts their edges
         * into {@code edgesOfOwner}; keeps the split edges.
         */
        void join(int[] ownerOf, int[] edgesOfOwner) {
            int n = region.size();
            if (n == 0) {
                return;
            }
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            int[] edges = new int[n];
            Map<Long, List<long[]>> inner = new HashMap<>();
            Map<Long, Edge> split = new HashMap<>();
            long[] cuts = stripCuts();
            for (int s = 0; s + 1 < cuts.length; s++) {
                strip(cuts[s], cuts[s + 1], s + 2 == cuts.length, parent, edges, inner, split);
            }
            for (Map.Entry<Long, List<long[]>> en : inner.entrySet()) {
                List<Edge> parts = EdgePairChecks.Edges.cutAtCorners(split.get(en.getKey()), en.getValue());
                splits.put(en.getKey(), parts);
                edges[(int) (en.getKey() >>> 32)] += parts.size() - 1;
            }
            for (int p = 0; p < n; p++) {
                int root = EdgePairChecks.Edges.find(parent, p);
                ownerOf[base + p] = base + root;
                edgesOfOwner[base + root] += edges[p];
            }
        }

        /**
         * Strip boundaries in x (strip s: cuts[s] &lt;= x &lt; cuts[s + 1], the last one closed), at
         * quantiles of the polygons' left sides, about {@code stripVertices} vertices each.
         */
        private long[] stripCuts() {
            int n = region.size();
            long vertices = 0;
            for (int p = 0; p < n; p++) {
                vertices += region.numVertices(p);
            }
            int strips = (int) Math.max(1, Math.min(n, (vertices + stripVertices - 1) / stripVertices));
            long[] left = new long[n];
            for (int p = 0; p < n; p++) {
                left[p] = boxes[4 * p];
            }
            Arrays.sort(left);
            long[] cuts = new long[strips + 1];
            int m = 0;
            cuts[m++] = extent[0];
            for (int s = 1; s < strips; s++) {
                long c = left[(int) ((long) s * n / strips)];
                if (c > cuts[m - 1]) {
                    cuts[m++] = c;
                }
            }
            cuts[m++] = extent[2];
            return Arrays.copyOf(cuts, m);
        }

        /**
         * One strip: the vertices in it (x from a, below b or up to b for the last strip) joined
         * where equal, and every edge crossing it split by those of them inside it.
         */
        private void strip(long a, long b, boolean last, int[] parent, int[] edges, Map<Long, List<long[]>> inner,
                           Map<Long, Edge> split) {
            long hi = last ? b : b - 1;
            if (hi < a) {
                return;
            }
            // an edge crossing this strip belongs to a polygon whose box does (rings are within the box)
            int[] ps = index.queryAll(a, extent[1], hi, extent[3]);
            // their rings, packed (an object per ring would double a strip of small polygons):
            // polygon q has rings ringOf[q] .. ringOf[q + 1] - 1, ring r points ringStart[r] .. ringStart[r + 1] - 1
            long[] xy = new long[64];
            int[] ringStart = new int[17];
            int[] ringOf = new int[ps.length + 1];
            int nr = 0, np = 0, nv = 0;
            for (int q = 0; q < ps.length; q++) {
                int p = ps[q];
                boolean home = boxes[4 * p] >= a && boxes[4 * p] <= hi; // the strip of its left side counts its edges
                for (long[] ring : rings(p)) {
                    if (2 * np + ring.length > xy.length) {
                        xy = Arrays.copyOf(xy, Math.max(2 * xy.length, 2 * np + ring.length));
                    }
                    if (nr + 2 > ringStart.length) {
                        ringStart = Arrays.copyOf(ringStart, 2 * ringStart.length);
                    }
                    System.arraycopy(ring, 0, xy, 2 * np, ring.length);
                    np += ring.length / 2;
                    ringStart[++nr] = np;
                    for (int k = 0; k < ring.length; k += 2) {
                        if (ring[k] >= a && ring[k] <= hi) {
                            nv++;
                        }
                    }
                    if (home) {
                        edges[p] += ring.length / 2;
                    }
                }
                ringOf[q + 1] = nr;
            }
            long[] vxy = new long[2 * nv];
            int[] vOwner = new int[nv];
            int v = 0;
            for (int q = 0; q < ps.length; q++) {
                for (int k = ringStart[ringOf[q]]; k < ringStart[ringOf[q + 1]]; k++) {
                    if (xy[2 * k] >= a && xy[2 * k] <= hi) {
                        vxy[2 * v] = xy[2 * k];
                        vxy[2 * v + 1] = xy[2 * k + 1];
                        vOwner[v++] = ps[q];
                    }
                }
            }
            // polygons sharing a vertex (touching at a point) are one polygon, as in KLayout
            EdgePairChecks.Edges.joinEqualVertices(vxy, vOwner, nv, parent);
            BoxIndex points = BoxIndex.ofPoints(vxy, nv);
            List<long[]> corners = new ArrayList<>();
            for (int q = 0; q < ps.length; q++) {
                int p = ps[q];
                int k = 0;
                for (int r = ringOf[q]; r < ringOf[q + 1]; r++) {
                    int r0 = ringStart[r], n = ringStart[r + 1] - r0;
                    for (int i = 0; i < n; i++, k++) {
                        int j = (i + 1) % n;
                        long ax = xy[2 * (r0 + i)], ay = xy[2 * (r0 + i) + 1], bx = xy[2 * (r0 + j)], by = xy[2 * (r0 + j) + 1];
                        if (Math.max(ax, bx) < a || Math.min(ax, bx) > hi) {
                            continue;
                        }
                        Edge e = new Edge(ax, ay, bx, by);
                        EdgePairChecks.Edges.cornersOn(e, points, vxy, vOwner, parent, p, corners);
                        if (!corners.isEmpty()) {
                            long key = key(p, k);
                            inner.computeIfAbsent(key, x -> new ArrayList<>()).addAll(corners);
                            split.putIfAbsent(key, e);
                            corners.clear();
                        }
                    }
                }
            }
        }
    }
}
