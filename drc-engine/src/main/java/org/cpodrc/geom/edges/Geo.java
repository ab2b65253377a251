package org.cpodrc.geom.edges;

/** Grid arithmetic shared by the edge code. */
final class Geo {
    /** Tolerance KLayout applies to its floating-point edge parameters. */
    static final double EPSILON = 1e-10;

    private Geo() {
    }

    /** KLayout's rounding to the grid: half away from zero. */
    static long round(double v) {
        return v > 0 ? (long) (v + 0.5) : (long) (v - 0.5);
    }
}
