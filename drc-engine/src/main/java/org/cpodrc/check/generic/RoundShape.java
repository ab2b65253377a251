package org.cpodrc.check.generic;

import java.util.OptionalLong;

import org.locationtech.jts.algorithm.Centroid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Recognises polygons that approximate a circle (TSVs, pillars, bumps, fiber cores) and measures
 * their diameter.
 *
 * <p>Definition: a polygon without holes, with at least {@value #MIN_VERTICES} vertices, all at
 * the same distance from its centroid within max(2 database units, 1 % of that distance) — the
 * tolerance absorbs snapping the vertices to the grid. Its diameter is twice the mean vertex
 * distance, rounded to a whole database unit: the diameter of the circle the vertices were drawn
 * on, which is what layout generators (KLayout, gdsfactory) take as the circle's size. Octagons
 * and other coarse polygons are deliberately not round: their size is their bounding box, i.e.
 * flat-to-flat for an axis-aligned octagon, as drawn dimensions of octagonal vias are quoted.
 */
final class RoundShape {
    static final int MIN_VERTICES = 16;

    private RoundShape() {
    }

    /** The diameter in database units, or empty if the polygon is not round. */
    static OptionalLong diameter(Polygon p) {
        if (p.getNumInteriorRing() > 0) {
            return OptionalLong.empty();
        }
        Coordinate[] ring = p.getExteriorRing().getCoordinates();
        int n = ring.length - 1; // closing point repeats the first
        if (n < MIN_VERTICES) {
            return OptionalLong.empty();
        }
        Coordinate c = Centroid.getCentroid(p);
        double min = Double.MAX_VALUE;
        double max = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double r = ring[i].distance(c);
            min = Math.min(min, r);
            max = Math.max(max, r);
            sum += r;
        }
        double mean = sum / n;
        if (max - min > Math.max(2.0, 0.01 * mean)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(2 * mean));
    }
}
