package org.cpodrc.flatten;

/** Receives flattened polygons one at a time; {@code xy} (x0, y0, x1, y1, ...) is only valid during the call. */
@FunctionalInterface
public interface PolygonSink {
    void polygon(int[] xy, int nPoints);
}
