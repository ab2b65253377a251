package org.cpodrc.geom.edges;

/**
 * Options of an edge-pair check, as KLayout's DRC: distance in database units (a violation is
 * a distance strictly below it), metrics, the angle limit in degrees (edges meeting at this
 * angle or more are not checked; 90 by default), whole edges, and projection limits
 * [min, max) in database units (max = Long.MAX_VALUE for none).
 */
public record CheckOptions(long distance, Metrics metrics, double angleLimit, boolean wholeEdges,
                           long minProjection, long maxProjection) {

    public static CheckOptions of(long distance) {
        return new CheckOptions(distance, Metrics.EUCLIDIAN, 90, false, 0, Long.MAX_VALUE);
    }

    public CheckOptions withMetrics(Metrics m) {
        return new CheckOptions(distance, m, angleLimit, wholeEdges, minProjection, maxProjection);
    }

    public CheckOptions withAngleLimit(double a) {
        return new CheckOptions(distance, metrics, a, wholeEdges, minProjection, maxProjection);
    }

    public CheckOptions withWholeEdges(boolean w) {
        return new CheckOptions(distance, metrics, angleLimit, w, minProjection, maxProjection);
    }

    public CheckOptions withProjection(long min, long max) {
        return new CheckOptions(distance, metrics, angleLimit, wholeEdges, min, max);
    }
}
