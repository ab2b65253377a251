package org.cpodrc.layout;

/**
 * A complex transformation as KLayout's ICplxTrans and GDSII STRANS define it: a point is first
 * mirrored at the x axis (if {@code mirror}), then scaled by {@code mag}, rotated
 * counter-clockwise by {@code angleDeg}, and finally displaced. Displacements are kept in double
 * precision so that concatenation down a deep hierarchy rounds only once, at the end, as KLayout
 * does. Immutable.
 */
public final class Trans {
    public static final Trans IDENTITY = new Trans(false, 0, 1, 0, 0);

    private final boolean mirror;
    private final double angleDeg;
    private final double mag;
    private final double dx;
    private final double dy;
    // cached matrix: x' = m11 x + m12 y + dx, y' = m21 x + m22 y + dy
    private final double m11, m12, m21, m22;

    public Trans(boolean mirror, double angleDeg, double mag, double dx, double dy) {
        this.mirror = mirror;
        this.angleDeg = normalise(angleDeg);
        this.mag = mag;
        this.dx = dx;
        this.dy = dy;
        double c = cosDeg(this.angleDeg) * mag;
        double s = sinDeg(this.angleDeg) * mag;
        double f = mirror ? -1 : 1;
        m11 = c;
        m12 = -s * f;
        m21 = s;
        m22 = c * f;
    }

    public static Trans displacement(double dx, double dy) {
        return new Trans(false, 0, 1, dx, dy);
    }

    /**
     * A cell placement's transformation as KLayout builds it when reading (GDSII SREF/AREF, OASIS
     * PLACEMENT): an angle within 1e-9 of a multiple of 90° becomes exactly that multiple, and a
     * magnification within 1e-9 of 1 becomes 1 unless the angle is arbitrary.
     */
    public static Trans ofPlacement(boolean mirror, double angle, double mag, double x, double y) {
        boolean scaled = Math.abs(mag - 1.0) > 1e-9;
        double quarter = angle / 90.0;
        long q = round(quarter);
        boolean arbitrary = Math.abs(q - quarter) > 1e-9;
        double a = arbitrary ? angle : Math.floorMod(q, 4) * 90.0;
        double m = scaled || arbitrary ? mag : 1.0;
        return new Trans(mirror, a, m, x, y);
    }

    private static double normalise(double a) {
        double r = a % 360.0;
        if (r < 0) {
            r += 360.0;
        }
        return r;
    }

    /** cos/sin exact for multiples of 90 degrees, so orthogonal transformations stay exact. */
    static double cosDeg(double a) {
        if (a == 0) return 1;
        if (a == 90 || a == 270) return 0;
        if (a == 180) return -1;
        return Math.cos(Math.toRadians(a));
    }

    static double sinDeg(double a) {
        if (a == 0 || a == 180) return 0;
        if (a == 90) return 1;
        if (a == 270) return -1;
        return Math.sin(Math.toRadians(a));
    }

    public boolean mirror() { return mirror; }
    public double angleDeg() { return angleDeg; }
    public double mag() { return mag; }
    public double dx() { return dx; }
    public double dy() { return dy; }

    /** True when the transformation maps the integer grid onto itself (multiple of 90°, mag 1, integer shift). */
    public boolean isOrthogonalUnitIntegral() {
        return mag == 1 && angleDeg % 90 == 0 && dx == Math.rint(dx) && dy == Math.rint(dy);
    }

    /** True when axis-parallel boxes stay axis-parallel boxes. */
    public boolean isOrthogonal() {
        return angleDeg % 90 == 0;
    }

    public double x(double x, double y) {
        return m11 * x + m12 * y + dx;
    }

    public double y(double x, double y) {
        return m21 * x + m22 * y + dy;
    }

    /** Rounds as KLayout's coord_traits do: half away from zero. */
    public static long round(double v) {
        return v > 0 ? (long) (v + 0.5) : (long) (v - 0.5);
    }

    /**
     * Transforms packed integer coordinates {@code xy[from .. from+2n)} into {@code out} (same
     * layout), rounding to the grid.
     */
    public void apply(int[] xy, int from, int n, long[] out) {
        for (int i = 0; i < n; i++) {
            double x = xy[from + 2 * i];
            double y = xy[from + 2 * i + 1];
            out[2 * i] = round(x(x, y));
            out[2 * i + 1] = round(y(x, y));
        }
    }

    /** {@code this * inner}: first {@code inner}, then {@code this}. */
    public Trans concat(Trans inner) {
        boolean m = mirror ^ inner.mirror;
        double a = mirror ? angleDeg - inner.angleDeg : angleDeg + inner.angleDeg;
        double nx = x(inner.dx, inner.dy);
        double ny = y(inner.dx, inner.dy);
        return new Trans(m, a, mag * inner.mag, nx, ny);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Trans t && t.mirror == mirror && t.angleDeg == angleDeg && t.mag == mag
                && t.dx == dx && t.dy == dy;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(mirror, angleDeg, mag, dx, dy);
    }

    @Override
    public String toString() {
        return (mirror ? "m" : "r") + angleDeg + (mag != 1 ? " *" + mag : "") + " " + dx + "," + dy;
    }
}
