package org.cpodrc.check.packaging;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * One merged shape standing for a fiber, coupler or I/O port, with its position: the area
 * centroid of the shape in database units (not rounded to the grid). The centroid, unlike the
 * bounding-box centre, does not move when an array is rotated; for rectangles, circles and every
 * other centrally symmetric shape both are the same point.
 */
record Port(double x, double y, Polygon shape) {

    double distance(Port o) {
        return Math.hypot(o.x - x, o.y - y);
    }

    Envelope envelope() {
        return shape.getEnvelopeInternal();
    }

    /** Orders ports by x, then y, so every list built from a region has the same order. */
    static int compareByPosition(Port a, Port b) {
        int c = Double.compare(a.x, b.x);
        return c != 0 ? c : Double.compare(a.y, b.y);
    }
}
