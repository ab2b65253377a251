package org.cpodrc.flatten;

/**
 * Converts a GDSII PATH (spine, width, extensions, round ends) into the hull polygon KLayout
 * produces for it, point for point: the spine is first cleaned (repeated points and points that
 * lie within half a database unit of the straight line between their neighbours are dropped),
 * then both sides are offset by half the width. Corners are mitred where the offset edges meet
 * within one half-width of the corner, cut off otherwise, joined directly where they do not
 * meet properly, and looped back through the spine point where the segments are too short (the
 * rules of KLayout 0.28, the reference version); round ends are approximated by half-circles (ellipses for
 * unequal extension) of {@link #SEMI_CIRCLE_POINTS} points. Offsets along axes are rounded to
 * whole units first (and 45° offsets to whole units along each axis), which is why a path of odd
 * width comes out one unit wider, exactly as in KLayout.
 */
final class PathPolygon {
    /** KLayout's default circle resolution is 32 points; a round end is half of that. */
    static final int SEMI_CIRCLE_POINTS = 16;
    private static final double EPS = 1e-10;

    private PathPolygon() {
    }

    /**
     * Appends the hull of the path to {@code out}.
     *
     * @param width  absolute path width
     * @param round  true for round ends (PATHTYPE 1)
     */
    static void hull(int[] xy, int from, int n, int width, int bgnExt, int endExt, boolean round, IntBuffer out) {
        int[] pts = realPoints(xy, from, n);
        int m = pts.length / 2;
        if (m == 0) {
            return;
        }
        int nc = round ? SEMI_CIRCLE_POINTS : 2;
        shifted(pts, m, bgnExt, endExt, width, true, nc, out);
        int[] rev = new int[pts.length];
        for (int i = 0; i < m; i++) {
            rev[2 * i] = pts[2 * (m - 1 - i)];
            rev[2 * i + 1] = pts[2 * (m - 1 - i) + 1];
        }
        shifted(rev, m, endExt, bgnExt, width, false, nc, out);
    }

    /** The spine without repeated points and without points that lie on the segment joining their neighbours. */
    static int[] realPoints(int[] xy, int from, int n) {
        int[] out = new int[2 * n];
        int k = 0;
        int i = 0;
        while (i < n) {
            int lx = xy[from + 2 * i];
            int ly = xy[from + 2 * i + 1];
            out[2 * k] = lx;
            out[2 * k + 1] = ly;
            k++;
            i++;
            while (i < n && same(xy, from, i, lx, ly)) {
                i++;
            }
            if (i < n) {
                int pn = i;
                int p = pn;
                while (++p < n) {
                    int px = xy[from + 2 * pn];
                    int py = xy[from + 2 * pn + 1];
                    while (p < n && same(xy, from, p, px, py)) {
                        p++;
                    }
                    if (p == n || !onSegment(lx, ly, xy[from + 2 * p], xy[from + 2 * p + 1], px, py)) {
                        break;
                    }
                    pn = p;
                }
                i = p - 1;
                // the point pushed next has the value of pts[pn]; p-1 is pn or a repeat of it
            }
        }
        return java.util.Arrays.copyOf(out, 2 * k);
    }

    private static boolean same(int[] xy, int from, int i, int x, int y) {
        return xy[from + 2 * i] == x && xy[from + 2 * i + 1] == y;
    }

    /** KLayout's edge containment: closer than half a unit to the line and within the segment's ends. */
    static boolean onSegment(long x1, long y1, long x2, long y2, long px, long py) {
        long dx = x2 - x1;
        long dy = y2 - y1;
        if (dx == 0 && dy == 0) {
            return px == x1 && py == y1;
        }
        double vp = Math.abs((double) (dx * (py - y1) - dy * (px - x1)));
        double dist = vp / Math.sqrt((double) dx * dx + (double) dy * dy);
        if (KTrans.round(dist) != 0) {
            return false;
        }
        return (px - x1) * dx + (py - y1) * dy >= 0 && (px - x2) * dx + (py - y2) * dy <= 0;
    }

    private static long r(double v) {
        return KTrans.round(v);
    }

    private static void put(IntBuffer out, int px, int py, double vx, double vy) {
        out.add((int) (px + r(vx)), (int) (py + r(vy)));
    }

    /** Scales a unit normal by d, rounding d to whole units along axes and on 45° diagonals. */
    private static double[] dpx(double x, double y, double d) {
        if (Math.abs(x) < EPS || Math.abs(y) < EPS) {
            double f = r(d);
            return new double[] {x * f, y * f};
        } else if (Math.abs(Math.abs(x) - Math.abs(y)) < EPS) {
            double f = Math.sqrt(2.0) * r(d * Math.sqrt(0.5));
            return new double[] {x * f, y * f};
        }
        return new double[] {x * d, y * d};
    }

    private static void shifted(int[] pts, int m, int start, int end, int width, boolean forward, int nc, IntBuffer out) {
        double disp = width * 0.5;
        if (m == 1) {
            // a single point: a zero-length segment pointing along +x (or -x on the way back)
            double edx = forward ? 1.0 : -1.0;
            double edy = 0.0;
            double ndx = -edy;
            double ndy = edx;
            int px = pts[0];
            int py = pts[1];
            if (nc > 2) {
                double a0 = Math.PI / (2.0 * nc);
                double cd = Math.cos(a0);
                double sd = Math.sin(a0);
                double c2d = cd * cd - sd * sd;
                double s2d = 2 * cd * sd;
                double eddx = edx * (-start / cd);
                double eddy = edy * (-start / cd);
                double nddx = ndx * (disp / cd);
                double nddy = ndy * (disp / cd);
                double c = cd;
                double s = sd;
                for (int i = 0; i < nc / 2; i++) {
                    put(out, px, py, eddx * c + nddx * s, eddy * c + nddy * s);
                    double cc = c * c2d - s * s2d;
                    double ss = s * c2d + c * s2d;
                    c = cc;
                    s = ss;
                }
                eddx = edx * (end / cd);
                eddy = edy * (end / cd);
                c = Math.cos(a0 * (nc - 1));
                s = Math.sin(a0 * (nc - 1));
                for (int i = 0; i < nc / 2; i++) {
                    put(out, px, py, eddx * c + nddx * s, eddy * c + nddy * s);
                    double cc = c * c2d + s * s2d;
                    double ss = s * c2d - c * s2d;
                    c = cc;
                    s = ss;
                }
            } else {
                put(out, px, py, edx * -start + ndx * disp, edy * -start + ndy * disp);
                put(out, px, py, edx * end + ndx * disp, edy * end + ndy * disp);
            }
            return;
        }

        int p = 0;
        boolean first = true;
        for (int pp = 1; pp < m; pp++) {
            int ppp = pp + 1;
            int x0 = pts[2 * p];
            int y0 = pts[2 * p + 1];
            int x1 = pts[2 * pp];
            int y1 = pts[2 * pp + 1];
            double edx = x1 - x0;
            double edy = y1 - y0;
            double len = Math.sqrt(edx * edx + edy * edy);
            edx *= 1.0 / len;
            edy *= 1.0 / len;
            double[] nd = dpx(-edy, edx, disp);
            double ndx = nd[0];
            double ndy = nd[1];

            if (first) {
                first = false;
                if (nc > 2) {
                    double a0 = Math.PI / (2.0 * nc);
                    double cd = Math.cos(a0);
                    double sd = Math.sin(a0);
                    double c2d = cd * cd - sd * sd;
                    double s2d = 2 * cd * sd;
                    double c = cd;
                    double s = sd;
                    double eddx = edx * (-start / cd);
                    double eddy = edy * (-start / cd);
                    double nddx = ndx * (1.0 / cd);
                    double nddy = ndy * (1.0 / cd);
                    for (int i = 0; i < nc / 2; i++) {
                        put(out, x0, y0, eddx * c + nddx * s, eddy * c + nddy * s);
                        double cc = c * c2d - s * s2d;
                        double ss = s * c2d + c * s2d;
                        c = cc;
                        s = ss;
                    }
                } else {
                    double[] e = dpx(edx, edy, -start);
                    put(out, x0, y0, e[0] + ndx, e[1] + ndy);
                }
            }

            if (ppp == m) {
                if (nc > 2) {
                    double a0 = Math.PI / (2.0 * nc);
                    double cd = Math.cos(a0);
                    double sd = Math.sin(a0);
                    double c2d = cd * cd - sd * sd;
                    double s2d = 2 * cd * sd;
                    double c = Math.cos(a0 * (nc - 1));
                    double s = Math.sin(a0 * (nc - 1));
                    double eddx = edx * (end / cd);
                    double eddy = edy * (end / cd);
                    double nddx = ndx * (1.0 / cd);
                    double nddy = ndy * (1.0 / cd);
                    for (int i = 0; i < nc / 2; i++) {
                        put(out, x1, y1, eddx * c + nddx * s, eddy * c + nddy * s);
                        double cc = c * c2d + s * s2d;
                        double ss = s * c2d - c * s2d;
                        c = cc;
                        s = ss;
                    }
                } else {
                    double[] e = dpx(edx, edy, end);
                    put(out, x1, y1, e[0] + ndx, e[1] + ndy);
                }
            } else {
                // corner: intersect the two offset edges (slightly extended)
                int x2 = pts[2 * ppp];
                int y2 = pts[2 * ppp + 1];
                double eedx = x2 - x1;
                double eedy = y2 - y1;
                double len2 = Math.sqrt(eedx * eedx + eedy * eedy);
                eedx *= 1.0 / len2;
                eedy *= 1.0 / len2;
                double[] nnd = dpx(-eedy, eedx, disp);
                double nndx = nnd[0];
                double nndy = nnd[1];

                double l1max = Math.hypot(ndx, ndy);
                double l2max = Math.hypot(nndx, nndy);
                double l1min = -len - l1max;
                double l2min = -len2 - l2max;

                double dv = edx * eedy - edy * eedx;
                if (Math.abs(dv) > EPS) {
                    double l1 = ((nndx - ndx) * eedy - (nndy - ndy) * eedx) / dv;
                    double l2 = ((ndx - nndx) * edy - (ndy - nndy) * edx) / dv;
                    if ((l1 < -EPS) != (l2 < -EPS)) {
                        // no proper intersection of the offset edges (KLayout 0.28): connect directly
                        put(out, x1, y1, ndx, ndy);
                        put(out, x1, y1, nndx, nndy);
                    } else if (l1 < l1min - EPS || l2 < l2min - EPS) {
                        // segments too short to meet: loop through the spine point
                        put(out, x1, y1, ndx, ndy);
                        out.add(x1, y1);
                        put(out, x1, y1, nndx, nndy);
                    } else if (l1 < l1max + EPS && l2 < l2max + EPS) {
                        put(out, x1, y1, ndx + edx * l1, ndy + edy * l1);
                    } else {
                        double a = Math.min(l1max, l1);
                        double b = Math.min(l2max, l2);
                        put(out, x1, y1, ndx + edx * a, ndy + edy * a);
                        put(out, x1, y1, nndx - eedx * b, nndy - eedy * b);
                    }
                    p = pp;
                } else if (edx * eedx + edy * eedy < -EPS) {
                    // the path turns back on itself
                    double[] e1 = dpx(edx, edy, disp);
                    double[] e2 = dpx(eedx, eedy, disp);
                    put(out, x1, y1, ndx + e1[0], ndy + e1[1]);
                    put(out, x1, y1, nndx - e2[0], nndy - e2[1]);
                    p = pp;
                }
            }
        }
    }
}
