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
 */
public final class Region {
    /** One database unit per grid step: every coordinate JTS produces is an integer. */
    public static final PrecisionModel GRID = new PrecisionModel(1.0);
    public static final GeometryFactory FACTORY = new GeometryFactory(GRID);
    private static final Region EMPTY = new Region(List.of(), true);

    private final List<Polygon> polygons;
    private final boolean merged;

    private Region(List<Polygon> polygons, boolean merged) {
        this.polygons = polygons;
        this.merged = merged;
    }

    public static Region empty() {
        return EMPTY;
    }

    /** A region of the given polygons, not yet merged (they may overlap). */
    public static Region of(List<Polygon> polygons) {
        // a single polygon counts as merged only when valid: a self-intersecting one must be repaired first
        boolean single = polygons.size() == 0 || (polygons.size() == 1 && Winding.isValid(polygons.get(0)));
        return new Region(Collections.unmodifiableList(new ArrayList<>(polygons)), single);
    }

    /** A region from a geometry already known to be merged (e.g. the result of a boolean). */
    public static Region ofMerged(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        collectPolygons(g, out);
        return new Region(Collections.unmodifiableList(out), true);
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

    public List<Polygon> polygons() {
        return polygons;
    }

    public boolean isEmpty() {
        return polygons.isEmpty();
    }

    public int size() {
        return polygons.size();
    }

    public boolean isMerged() {
        return merged;
    }

    /** The polygons as one JTS geometry (a MultiPolygon or GeometryCollection). */
    public Geometry geometry() {
        return FACTORY.buildGeometry(polygons);
    }

    /** Overlapping and touching polygons joined into one (KLayout: merged). */
    public Region merged() {
        if (merged) {
            return this;
        }
        List<Polygon> valid = new ArrayList<>(polygons.size());
        for (Polygon p : polygons) {
            // self-intersecting input (possible in GDS) is repaired with the non-zero winding rule, as KLayout merges
            collectPolygons(Winding.fix(p), valid);
        }
        // union only polygons whose boxes touch (clusters): a single union over many disjoint
        // polygons is far slower in JTS, and an isolated valid polygon is already merged
        List<Polygon> out = new ArrayList<>(valid.size());
        for (List<Polygon> cluster : Clusters.byTouchingBoxes(valid)) {
            if (cluster.size() == 1) {
                out.add(cluster.get(0));
            } else {
                collectPolygons(GridOverlay.union(cluster), out);
            }
        }
        return out.isEmpty() ? EMPTY : new Region(Collections.unmodifiableList(out), true);
    }

    public Region and(Region other) {
        return overlay(other, OverlayNG.INTERSECTION);
    }

    public Region or(Region other) {
        if (other.isEmpty()) return merged();
        if (isEmpty()) return other.merged();
        List<Polygon> all = new ArrayList<>(polygons);
        all.addAll(other.polygons);
        return of(all).merged();
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
        for (Polygon p : merged().polygons) {
            a += p.getArea();
        }
        return a;
    }

    public Envelope bbox() {
        Envelope e = new Envelope();
        for (Polygon p : polygons) {
            e.expandToInclude(p.getEnvelopeInternal());
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
        for (Polygon p : merged().polygons) {
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                out.add(FACTORY.createPolygon(p.getInteriorRingN(i).getCoordinates()));
            }
        }
        return of(out).merged();
    }

    /** The convex hull of each merged polygon. */
    public Region hull() {
        List<Polygon> out = new ArrayList<>();
        for (Polygon p : merged().polygons) {
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
        for (Polygon p : merged().polygons) {
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
        GridInteraction grid = new GridInteraction(m.polygons, other.merged().polygons, other.polygons);
        return m.select(grid::interacts);
    }

    /** Merged polygons of this region that touch or overlap no polygon of other (KLayout: not_interacting). */
    public Region notInteracting(Region other) {
        Region m = merged();
        GridInteraction grid = new GridInteraction(m.polygons, other.merged().polygons, other.polygons);
        return m.select(p -> !grid.interacts(p));
    }

    /**
     * Merged polygons of this region entirely inside other (KLayout: inside), decided on the grid:
     * a part outside other that snap rounding collapses (it lies within the pixel of a vertex, e.g.
     * a corner 0.3 units beyond a slanted edge) does not count, as in KLayout's edge processor.
     */
    public Region inside(Region other) {
        PolygonIndex index = new PolygonIndex(other.merged().polygons);
        return select(p -> isInside(p, index));
    }

    /** Merged polygons of this region not inside other (KLayout: not_inside). */
    public Region notInside(Region other) {
        PolygonIndex index = new PolygonIndex(other.merged().polygons);
        return select(p -> !isInside(p, index));
    }

    /**
     * Merged polygons of this region entirely outside other (KLayout: outside; touching counts as
     * outside), decided on the grid as {@link #inside}: an overlap that snap rounding collapses
     * does not count.
     */
    public Region outside(Region other) {
        PolygonIndex index = new PolygonIndex(other.merged().polygons);
        return select(p -> !overlaps(p, index));
    }

    /** Merged polygons of this region that overlap other (KLayout: overlapping and not_outside). */
    public Region overlapping(Region other) {
        PolygonIndex index = new PolygonIndex(other.merged().polygons);
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
        List<Polygon> valid = new ArrayList<>(polygons.size());
        for (Polygon p : polygons) {
            collectPolygons(Winding.fix(p), valid);
        }
        List<Polygon> out = new ArrayList<>();
        for (List<Polygon> cluster : Clusters.byTouchingBoxes(valid)) {
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
        Region m = merged(); // once: merging again would give new polygon objects, each "touching" itself
        org.locationtech.jts.index.strtree.STRtree index = new org.locationtech.jts.index.strtree.STRtree();
        for (Polygon p : m.polygons) {
            index.insert(p.getEnvelopeInternal(), p);
        }
        return m.select(p -> {
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
        List<Polygon> out = new ArrayList<>();
        for (Polygon p : merged().polygons) {
            if (keep.test(p)) {
                out.add(p);
            }
        }
        return new Region(Collections.unmodifiableList(out), true);
    }
}
