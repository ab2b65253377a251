package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * The area covered by at least n of a list of polygons (KLayout's {@code merged(n)}), by the
 * recurrence C(i, n) = C(i+1, n) or (p_i and C(i+1, n-1)), C(i, 1) = union of p_i.. : k * n
 * booleans for k polygons, each on the grid as {@link GridOverlay} computes them.
 */
final class Coverage {
    private Coverage() {
    }

    static List<Polygon> atLeast(List<Polygon> polygons, int n) {
        int k = polygons.size();
        // level[m] = C(i, m + 1) for the current i, walking i from the last polygon to the first
        Geometry[] level = new Geometry[n];
        for (int m = 0; m < n; m++) {
            level[m] = Region.FACTORY.createPolygon();
        }
        for (int i = k - 1; i >= 0; i--) {
            Polygon p = polygons.get(i);
            for (int m = Math.min(n, k - i) - 1; m >= 1; m--) {
                if (!level[m - 1].isEmpty()) {
                    Geometry both = GridOverlay.overlay(p, level[m - 1], OverlayNG.INTERSECTION);
                    level[m] = level[m].isEmpty() ? both : GridOverlay.overlay(level[m], both, OverlayNG.UNION);
                }
            }
            level[0] = level[0].isEmpty() ? p : GridOverlay.overlay(level[0], p, OverlayNG.UNION);
        }
        List<Polygon> out = new ArrayList<>();
        Region.collectPolygons(level[n - 1], out);
        return out;
    }
}
