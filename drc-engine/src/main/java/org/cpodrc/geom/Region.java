package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * A set of polygons in integer database units, as KLayout's Region: immutable; booleans are
 * computed on JTS with a fixed precision model of one database unit (snap rounding), so results
 * are exact on the grid. A region is "merged" when its polygons do not overlap or touch along
 * edges; checks work on merged regions (KLayout's merged semantics).
 *
 * <p>The polygons are held packed ({@link PolygonStore}): {@link #polygons()} builds them as JTS
 * on every call, for the one operation that asks, and the merge and the edge builders read them
 * one at a time ({@link #polygon}), so a layer's JTS objects are never all alive for the run.
 */
public final class Region {
    /** One database unit per grid step: every coordinate JTS produces is an integer. */
    public static final PrecisionModel GRID = new PrecisionModel(1.0);
    public static final GeometryFactory FACTORY = new GeometryFactory(GRID);
    private static final Region EMPTY = new Region(PolygonStore.EMPTY, true);

    private final PolygonStore store;
    private final boolean merged;

    private Region(PolygonStore store, boolean merged) {
        this.store = store;
        this.merged = merged;
    }

    /** A region of packed polygons, not yet merged (they may overlap): e.g. a flattened layer. */
    public static Region of(PolygonStore store) {
        // a single polygon counts as merged only when valid: a self-intersecting one must be repaired first
        boolean single = store.size() == 0 || (store.size() == 1 && Winding.isValid(store.polygon(0)));
        return new Region(store, single);
    }

    public static Region empty() {
        return EMPTY;
    }

    /** A region of the given polygons, not yet merged (they may overlap). */
    public static Region of(List<Polygon> polygons) {
        return of(new PolygonStore.Builder().addAll(polygons).build());
    }

    /** A region from a geometry already known to be merged (e.g. the result of a boolean). */
    public static Region ofMerged(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        collectPolygons(g, out);
        return new Region(new PolygonStore.Builder().addAll(out).build(), true);
    }

    /** Each polygon valid: a self-intersecting one repaired with the non-zero winding rule (KLayout's merge). */
    static List<Polygon> repaired(List<Polygon> polygons) {
        List<Polygon> out = new ArrayList<>(polygons.size());
        for (Polygon p : polygons) {
            collectPolygons(Winding.fix(p), out);
        }
        return out;
    }

    static void collectPolygons(Geometry g, List<Polygon> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry p = g.getGeometryN(i);
            if (p instanceof Polygon poly) {
                if (!poly.isEmpty()) {
                    out.add(poly);
                }
            } else if (p.getNumGeometries() > 1 || p != g) {
                collectPolygons(p, out);
            }
        }
    }

    /**
     * The polygons as JTS, built anew on every call (the caller's operation holds them; calling
     * twice gives equal but distinct objects).
     */
    public List<Polygon> polygons() {
        List<Polygon> out = new ArrayList<>(store.size());
        for (int i = 0; i < store.size(); i++) {
            out.add(store.polygon(i));
        }
        return Collections.unmodifiableList(out);
    }

    /** Polygon i as JTS, built for the caller (a new object on every call). */
    public Polygon polygon(int i) {
        return store.polygon(i);
    }

    /** The number of points of polygon i as JTS counts them (closing points included), without building it. */
    public int numPoints(int i) {
        return store.numPoints(i);
    }

    /** The number of vertices of polygon i (all rings, closing points not counted), without building it. */
    public int numVertices(int i) {
        return store.numVertices(i);
    }

    /** The polygons' bounding boxes as x1, y1, x2, y2 quadruples (a polygon's box is its shell's). */
    public long[] boxes() {
        return store.boxes();
    }

    public boolean isEmpty() {
        return store.size() == 0;
    }

    public int size() {
        return store.size();
    }

    public boolean isMerged() {
        return merged;
    }

    /** The polygons as one JTS geometry (a MultiPolygon or GeometryCollection). */
    public Geometry geometry() {
        return FACTORY.buildGeometry(polygons());
    }

    /** Overlapping and touching polygons joined into one (KLayout: merged). */
    public Region merged() {
        if (merged) {
            return this;
        }
        // polygon by polygon, packed in and out: the layer's JTS objects are never all alive
        // copied only from the first polygon that needs repair: a layer of valid shapes (the usual
        // case) is not held twice while it is merged
        PolygonStore.Builder fixed = null;
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < store.size(); i++) {
            Polygon p = store.polygon(i);
            // self-intersecting input (possible in GDS) is repaired with the non-zero winding rule, as KLayout merges
            Geometry f = Winding.fix(p);
            if (f == p) {
                if (fixed != null) {
                    fixed.add(store, i);
                }
                continue;
            }
            if (fixed == null) {
                fixed = new PolygonStore.Builder();
                for (int k = 0; k < i; k++) {
                    fixed.add(store, k);
                }
            }
            parts.clear();
            collectPolygons(f, parts);
            fixed.addAll(parts);
        }
        PolygonStore valid = fixed == null ? store : fixed.build();
        // union only polygons whose boxes touch (clusters): a single union over many disjoint
        // polygons is far slower in JTS, and an isolated valid polygon is already merged
        PolygonStore.Builder out = new PolygonStore.Builder();
        Clusters.Groups clusters = Clusters.byTouchingBoxes(valid.boxes(), valid.size());
        for (int k = 0; k < clusters.size(); k++) {
            int from = clusters.start()[k], to = clusters.start()[k + 1];
            if (to - from == 1) {
                out.add(valid, clusters.members()[from]);
            } else {
                List<Polygon> members = new ArrayList<>(to - from);
                for (int m = from; m < to; m++) {
                    members.add(valid.polygon(clusters.members()[m]));
                }
                parts.clear();
                collectPolygons(GridOverlay.union(members), parts);
                out.addAll(parts);
            }
        }
        PolygonStore result = out.build();
        return result.size() == 0 ? EMPTY : new Region(result, true);
    }

    public Region and(Region other) {
        return overlay(other, OverlayNG.INTERSECTION);
    }

    public Region or(Region other) {
        if (other.isEmpty()) return merged();
        if (isEmpty()) return other.merged();
        PolygonStore.Builder all = new PolygonStore.Builder();
        for (int i = 0; i < store.size(); i++) {
            all.add(store, i);
        }
        for (int i = 0; i < other.store.size(); i++) {
            all.add(other.store, i);
        }
        return of(all.build()).merged();
    }

    public Region not(Region other) {
        if (other.isEmpty()) return merged();
        return overlay(other, OverlayNG.DIFFERENCE);
    }

    public Region xor(Region other) {
        return overlay(other, OverlayNG.SYMDIFFERENCE);
    }

    private Region overlay(Region other, int op) {
        // merged operands: KLayout snaps the drawn polygons (their inner edges take part), but a layer
        // against a selection of its own merged shapes (A not with_edge_length(A, ...)) then leaves
        // one-unit slivers where the two snappings differ (DrcOpsVsDeckTest); not yet resolved
        return ofMerged(GridOverlay.overlay(merged().polygons(), true, other.merged().polygons(), true, op));
    }

    /** Total area of the merged region, in square database units. */
    public double area() {
        double a = 0;
        Region m = merged();
        for (int i = 0; i < m.size(); i++) {
            a += m.polygon(i).getArea();
        }
        return a;
    }

    public Envelope bbox() {
        Envelope e = new Envelope();
        long[] box = store.boxes();
        for (int i = 0; i < store.size(); i++) {
            if (store.isPacked(i)) {
                e.expandToInclude(box[4 * i], box[4 * i + 1]);
                e.expandToInclude(box[4 * i + 2], box[4 * i + 3]);
            } else {
                e.expandToInclude(store.polygon(i).getEnvelopeInternal()); // exact, not widened to the grid
            }
        }
        return e;
    }

    // ---- derived-layer operations ----

    /** Grows (d &gt; 0) or shrinks (d &lt; 0) every polygon by d database units, as KLayout's sized (isotropic, corners kept). */
    public Region sized(long d) {
        return Sizer.sized(merged(), d);
    }

    /** The holes of the merged polygons, as polygons. */
    public Region holes() {
        List<Polygon> out = new ArrayList<>();
        for (Polygon p : merged().polygons()) {
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                out.add(FACTORY.createPolygon(p.getInteriorRingN(i).getCoordinates()));
            }
        }
        return of(out).merged();
    }

    /** The convex hull of each merged polygon. */
    public Region hull() {
        List<Polygon> out = new ArrayList<>();
        for (Polygon p : merged().polygons()) {
            Geometry h = p.convexHull();
            if (h instanceof Polygon hp) {
                out.add(hp);
            }
        }
        return of(out);
    }

    /** The bounding box of each merged polygon. */
    public Region bboxes() {
        List<Polygon> out = new ArrayList<>();
        for (Polygon p : merged().polygons()) {
            Geometry b = p.getEnvelope();
            if (b instanceof Polygon bp) {
                out.add(bp);
            }
        }
        return of(out);
    }

    /**
     * Merged polygons of this region that touch or overlap any polygon of other (KLayout:
     * interacting), decided on the grid: one missing other by less than a unit interacts when
     * KLayout's snapping of both layers' edges makes them touch ({@link GridInteraction}).
     */
    public Region interacting(Region other) {
        Region m = merged();
        List<Polygon> subjects = m.polygons();
        GridInteraction grid = new GridInteraction(subjects, other.merged().polygons(), other.polygons());
        return m.select(subjects, grid::interacts);
    }

    /** Merged polygons of this region that touch or overlap no polygon of other (KLayout: not_interacting). */
    public Region notInteracting(Region other) {
        Region m = merged();
        List<Polygon> subjects = m.polygons();
        GridInteraction grid = new GridInteraction(subjects, other.merged().polygons(), other.polygons());
        return m.select(subjects, p -> !grid.interacts(p));
    }

    /**
     * Merged polygons of this region entirely inside other (KLayout: inside), decided on the grid:
     * a part outside other that snap rounding collapses (it lies within the pixel of a vertex, e.g.
     * a corner 0.3 units beyond a slanted edge) does not count, as in KLayout's edge processor.
     */
    public Region inside(Region other) {
        PolygonIndex index = new PolygonIndex(other.merged().polygons());
        return select(p -> isInside(p, index));
    }

    /** Merged polygons of this region not inside other (KLayout: not_inside). */
    public Region notInside(Region other) {
        PolygonIndex index = new PolygonIndex(other.merged().polygons());
        return select(p -> !isInside(p, index));
    }

    /**
     * Merged polygons of this region entirely outside other (KLayout: outside; touching counts as
     * outside), decided on the grid as {@link #inside}: an overlap that snap rounding collapses
     * does not count.
     */
    public Region outside(Region other) {
        PolygonIndex index = new PolygonIndex(other.merged().polygons());
        return select(p -> !overlaps(p, index));
    }

    /** Merged polygons of this region that overlap other (KLayout: overlapping and not_outside). */
    public Region overlapping(Region other) {
        PolygonIndex index = new PolygonIndex(other.merged().polygons());
        return select(p -> overlaps(p, index));
    }

    private static boolean isInside(Polygon p, PolygonIndex index) {
        List<Polygon> near = index.near(p.getEnvelopeInternal(), 0);
        for (Polygon q : near) {
            if (p.coveredBy(q)) {
                return true;
            }
        }
        if (near.isEmpty()) {
            return false;
        }
        Geometry rest = GridOverlay.snapRounded(p, FACTORY.buildGeometry(near), OverlayNG.DIFFERENCE);
        return rest.getArea() == 0;
    }

    private static boolean overlaps(Polygon p, PolygonIndex index) {
        List<Polygon> hit = new ArrayList<>();
        for (Polygon q : index.near(p.getEnvelopeInternal(), 0)) {
            if (p.relate(q, "T********")) {
                hit.add(q);
            }
        }
        return !hit.isEmpty() && GridOverlay.snapRounded(p, FACTORY.buildGeometry(hit), OverlayNG.INTERSECTION)
                .getArea() > 0;
    }

    /**
     * Areas covered by at least n polygons of this region (KLayout: merged(n), "min coherence"
     * off): each polygon counts once (a self-overlapping one is repaired first); n &lt;= 1 is
     * {@link #merged()}. The faces of the noded outlines are counted one by one.
     */
    public Region mergedAtLeast(int n) {
        if (n <= 1) {
            return merged();
        }
        List<Polygon> out = new ArrayList<>();
        for (List<Polygon> cluster : Clusters.byTouchingBoxes(repaired(polygons()))) {
            if (cluster.size() >= n) {
                out.addAll(Coverage.atLeast(cluster, n));
            }
        }
        return of(out).merged();
    }

    /** Merged polygons with area in [minDbu2, maxDbu2] (square database units). */
    public Region withArea(double minDbu2, double maxDbu2) {
        return select(p -> p.getArea() >= minDbu2 && p.getArea() <= maxDbu2);
    }

    /**
     * Merged polygons that are boxes (KLayout's {@code rectangles}: axis-parallel, four vertices, no
     * holes) when {@code boxes}, else the others ({@code non_rectangles}). KLayout's merge joins
     * polygons that touch in a point into one polygon, which is then not a box: a box touching
     * another polygon of the region in a single point counts as a non-rectangle.
     */
    public Region rectangles(boolean boxes) {
        Region m = merged();
        // once: building them again would give new polygon objects, each "touching" itself
        List<Polygon> ps = m.polygons();
        org.locationtech.jts.index.strtree.STRtree index = new org.locationtech.jts.index.strtree.STRtree();
        for (Polygon p : ps) {
            index.insert(p.getEnvelopeInternal(), p);
        }
        return m.select(ps, p -> {
            boolean box = p.getNumInteriorRing() == 0 && isBox(p) && !touchesAnother(p, index);
            return box == boxes;
        });
    }

    /**
     * Merged polygons with at least one edge (outline or hole) whose length, rounded to whole units
     * as KLayout's {@code Edge::length}, lies in [minDbu, maxDbu).
     */
    public Region withEdgeLength(long minDbu, long maxDbu) {
        return select(p -> {
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                var ring = r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r);
                List<long[]> v = Rings.vertices(ring.getCoordinates(), r < 0);
                for (int i = 0; i < v.size(); i++) {
                    long length = Rings.edgeLength(v.get(i), v.get((i + 1) % v.size()));
                    if (length >= minDbu && length < maxDbu) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** Four vertices (collinear points dropped) joined by horizontal and vertical edges. */
    private static boolean isBox(Polygon p) {
        List<long[]> v = Rings.vertices(p.getExteriorRing().getCoordinates(), true);
        if (v.size() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            long[] a = v.get(i), b = v.get((i + 1) % 4);
            if (a[0] != b[0] && a[1] != b[1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean touchesAnother(Polygon p, org.locationtech.jts.index.strtree.STRtree index) {
        for (Object o : index.query(p.getEnvelopeInternal())) {
            if (o != p && ((Polygon) o).intersects(p)) {
                return true;
            }
        }
        return false;
    }

    private Region select(java.util.function.Predicate<Polygon> keep) {
        Region m = merged();
        PolygonStore.Builder out = new PolygonStore.Builder();
        for (int i = 0; i < m.size(); i++) {
            if (keep.test(m.polygon(i))) {
                out.add(m.store, i);
            }
        }
        return new Region(out.build(), true);
    }

    /** Selects from this merged region's polygons, given as built by the caller (ps.get(i) is polygon i). */
    private Region select(List<Polygon> ps, java.util.function.Predicate<Polygon> keep) {
        PolygonStore.Builder out = new PolygonStore.Builder();
        for (int i = 0; i < ps.size(); i++) {
            if (keep.test(ps.get(i))) {
                out.add(store, i);
            }
        }
        return new Region(out.build(), true);
    }
}
