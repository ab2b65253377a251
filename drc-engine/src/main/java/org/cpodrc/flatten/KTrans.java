package org.cpodrc.flatten;

import org.cpodrc.layout.Trans;

/**
 * A complex transformation held the way KLayout holds one (cosine, sine, magnification and a
 * double displacement), so that concatenating down a hierarchy produces the same doubles as
 * KLayout's {@code ICplxTrans} and the same integer points after the final rounding. Mirroring
 * (at the x axis) comes first, then magnification, rotation and displacement.
 */
final class KTrans {
    static final KTrans IDENTITY = new KTrans(1, 0, 1, false, 0, 0);

    final double cos;
    final double sin;
    final double mag;
    final boolean mirror;
    final double dx;
    final double dy;

    KTrans(double cos, double sin, double mag, boolean mirror, double dx, double dy) {
        this.cos = cos;
        this.sin = sin;
        this.mag = mag;
        this.mirror = mirror;
        this.dx = dx;
        this.dy = dy;
    }

    /** The instance transformation of a GDS reference; multiples of 90° are exact as in KLayout's fixpoint transformations. */
    static KTrans of(Trans t) {
        double a = t.angleDeg();
        double c;
        double s;
        if (a == 0) {
            c = 1; s = 0;
        } else if (a == 90) {
            c = 0; s = 1;
        } else if (a == 180) {
            c = -1; s = 0;
        } else if (a == 270) {
            c = 0; s = -1;
        } else {
            double r = a * Math.PI / 180.0;
            c = Math.cos(r);
            s = Math.sin(r);
        }
        return new KTrans(c, s, t.mag(), t.mirror(), t.dx(), t.dy());
    }

    boolean isIdentityLinear() {
        return cos == 1 && sin == 0 && mag == 1 && !mirror;
    }

    /** True when the linear part maps the axes onto axes (rotation by a multiple of 90°). */
    boolean isOrtho() {
        return (cos == 0 || sin == 0);
    }

    double x(double x, double y) {
        double ym = mirror ? -mag : mag;
        return dx + (x * cos * mag - y * sin * ym);
    }

    double y(double x, double y) {
        double ym = mirror ? -mag : mag;
        return dy + (x * sin * mag + y * cos * ym);
    }

    /** {@code this * inner}: apply {@code inner} first. */
    KTrans concat(KTrans inner) {
        double s1 = mirror ? -1.0 : 1.0;
        double c = cos * inner.cos - s1 * sin * inner.sin;
        double s = sin * inner.cos + s1 * cos * inner.sin;
        return new KTrans(c, s, mag * inner.mag, mirror ^ inner.mirror, x(inner.dx, inner.dy), y(inner.dx, inner.dy));
    }

    /** KLayout's coordinate rounding: half away from zero. */
    static long round(double v) {
        return v > 0 ? (long) (v + 0.5) : (long) (v - 0.5);
    }
}
