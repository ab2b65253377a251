package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * Booleans on integer polygons that keep thin features: the operands' edges are first bent as
 * KLayout's edge processor bends them ({@link SnappedRings}), then the overlay runs in floating point
 * (exact for integer input as long as no edges cross), and only the new crossing points are
 * rounded to the grid, as KLayout does. Snap rounding over the whole result (JTS's fixed
 * precision overlay) would instead collapse slivers whose edges pass within half a unit of a
 * vertex, which KLayout keeps; it is used only as the fallback when rounding breaks validity.
 */
final class GridOverlay {
    private static final GeometryFactory FLOAT = new GeometryFactory(new PrecisionModel());

    private GridOverlay() {
    }

    /** The union of the polygons after KLayout's snapping of their edges ({@link SnappedRings}). */
    static Geometry union(List<? extends Geometry> polygons) {
        List<Polygon>[] bent = SnappedRings.bend(polygons);
        if (bent == null) {
            return unionUnsnapped(polygons);
        }
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < bent.length; i++) {
            if (bent[i] == null) {
                parts.add(polygons.get(i));
            } else {
                parts.addAll(Region.repaired(bent[i]));
            }
        }
        return unionUnsnapped(parts);
    }

    /** The union of polygons whose edges are taken as they are (already on KLayout's grid, or not to be moved). */
    static Geometry unionUnsnapped(List<? extends Geometry> polygons) {
        Geometry in = FLOAT.buildGeometry(copy(polygons));
        Geometry r = roundOrNull(OverlayNGRobust.union(in));
        if (r != null) {
            return r;
        }
        return UnaryUnionNG.union(Region.FACTORY.buildGeometry(polygons), Region.GRID);
    }

    /** The boolean of two merged geometries after KLayout's snapping of both operands' edges together. */
    static Geometry overlay(Geometry a, Geometry b, int op) {
        List<Polygon> pa = new ArrayList<>(), pb = new ArrayList<>();
        Region.collectPolygons(a, pa);
        Region.collectPolygons(b, pb);
        return overlay(pa, true, pb, true, op);
    }

    /**
     * The boolean of two layers given by their polygons as drawn (merged or not), as KLayout's
     * boolean computes it: the drawn polygons of both go into one edge processor, so the snapping of
     * crossings ({@link SnappedRings}) also sees edges inside a layer's merged area (a box edge
     * under another box still bends a slanted edge of the other layer it crosses); each operand is
     * then merged and the boolean taken.
     */
    static Geometry overlay(List<Polygon> a, boolean aMerged, List<Polygon> b, boolean bMerged, int op) {
        List<Polygon> ra = aMerged ? a : Region.repaired(a);
        List<Polygon> rb = bMerged ? b : Region.repaired(b);
        List<Polygon>[] bent = SnappedRings.bend(List.of(Region.FACTORY.buildGeometry(ra), Region.FACTORY.buildGeometry(rb)));
        Geometry ga = bent != null && bent[0] != null ? merge(Region.repaired(bent[0])) : aMerged ? Region.FACTORY.buildGeometry(a) : merge(ra);
        Geometry gb = bent != null && bent[1] != null ? merge(Region.repaired(bent[1])) : bMerged ? Region.FACTORY.buildGeometry(b) : merge(rb);
        Geometry r = roundOrNull(OverlayNGRobust.overlay(FLOAT.createGeometry(ga), FLOAT.createGeometry(gb), op));
        if (r != null) {
            return r;
        }
        return OverlayNGRobust.overlay(ga, gb, op);
    }

    /** Valid polygons merged, cluster by cluster of touching boxes (one JTS union over all is far slower). */
    private static Geometry merge(List<Polygon> valid) {
        List<Polygon> out = new ArrayList<>(valid.size());
        for (List<Polygon> cluster : Clusters.byTouchingBoxes(valid)) {
            if (cluster.size() == 1) {
                out.add(cluster.get(0));
            } else {
                Region.collectPolygons(unionUnsnapped(cluster), out);
            }
        }
        return Region.FACTORY.buildGeometry(out);
    }

    /**
     * The boolean with JTS snap rounding on the grid: every edge passing through the unit pixel of
     * a vertex is bent through it, so slivers thinner than a pixel collapse. Used to decide
     * selections (inside, outside) as KLayout's grid-snapping edge processor does; not for
     * results, where slivers must survive.
     */
    static Geometry snapRounded(Geometry a, Geometry b, int op) {
        return OverlayNG.overlay(a, b, op, Region.GRID);
    }

    private static List<Geometry> copy(List<? extends Geometry> gs) {
        return gs.stream().map(g -> (Geometry) FLOAT.createGeometry(g)).toList();
    }

    /** The result on the grid, or null if rounding the crossing points made it invalid. */
    private static Geometry roundOrNull(Geometry g) {
        if (g == null) {
            return null;
        }
        boolean[] moved = {false};
        Geometry r = Region.FACTORY.createGeometry(g);
        r.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double x = seq.getX(i), y = seq.getY(i);
                double rx = Math.rint(x), ry = Math.rint(y);
                if (rx != x || ry != y) {
                    moved[0] = true;
                    seq.setOrdinate(i, 0, rx);
                    seq.setOrdinate(i, 1, ry);
                }
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        if (moved[0]) {
            r.geometryChanged();
            if (!r.isValid()) {
                return null;
            }
        }
        return r;
    }
}
