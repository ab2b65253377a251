package org.cpodrc.geom;

import java.util.List;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * Booleans on integer polygons that keep thin features: the overlay runs in floating point
 * (exact for integer input as long as no edges cross), and only the new crossing points are
 * rounded to the grid, as KLayout does. Snap rounding over the whole result (JTS's fixed
 * precision overlay) would instead collapse slivers whose edges pass within half a unit of a
 * vertex, which KLayout keeps; it is used only as the fallback when rounding breaks validity.
 */
final class GridOverlay {
    private static final GeometryFactory FLOAT = new GeometryFactory(new PrecisionModel());

    private GridOverlay() {
    }

    static Geometry union(List<? extends Geometry> polygons) {
        Geometry in = FLOAT.buildGeometry(copy(polygons));
        Geometry r = roundOrNull(OverlayNGRobust.union(in));
        if (r != null) {
            return r;
        }
        return UnaryUnionNG.union(Region.FACTORY.buildGeometry(polygons), Region.GRID);
    }

    static Geometry overlay(Geometry a, Geometry b, int op) {
        Geometry r = roundOrNull(OverlayNGRobust.overlay(FLOAT.createGeometry(a), FLOAT.createGeometry(b), op));
        if (r != null) {
            return r;
        }
        return OverlayNGRobust.overlay(a, b, op);
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
