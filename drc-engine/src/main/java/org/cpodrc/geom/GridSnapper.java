package org.cpodrc.geom;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reproduces how KLayout's edge processor puts crossings on the grid before it merges: where two
 * edges cross at a point that is not a grid point, the crossing is rounded to the nearest grid
 * point (ties towards negative infinity, as KLayout's intersection does) and every edge passing
 * within half a unit of that point is bent through it. Polygon vertices lying within half a unit
 * of an edge that gets bent are pulled into that edge as well. Merged areas then equal KLayout's
 * to the last square unit instead of differing by the sub-unit slivers the rounding moves.
 *
 * <p>Edges are given as (x1, y1, x2, y2, winding) and returned split; axis-parallel crossings lie
 * on the grid already, so a set without oblique edges is returned unchanged.
 */
final class GridSnapper {
    private GridSnapper() {
    }

    /** Edges e: x1[e], y1[e], x2[e], y2[e]; returns the split edges in the same packed form (5 ints each). */
    static int[] snap(int[] edges, int n) {
        boolean oblique = false;
        for (int e = 0; e < n && !oblique; e++) {
            oblique = x1(edges, e) != x2(edges, e) && y1(edges, e) != y2(edges, e);
        }
        if (!oblique) {
            return null;
        }
        // 1. crossings that are not grid points, found by a sweep over the edges' y ranges
        Integer[] byY = new Integer[n];
        for (int e = 0; e < n; e++) {
            byY[e] = e;
        }
        Arrays.sort(byY, (a, b) -> Integer.compare(ymin(edges, a), ymin(edges, b)));
        Set<Long> crossings = new HashSet<>();
        int[] active = new int[n];
        int na = 0;
        for (int k = 0; k < n; k++) {
            int e = byY[k];
            int y0 = ymin(edges, e);
            int keep = 0;
            for (int a = 0; a < na; a++) {
                if (ymax(edges, active[a]) >= y0) {
                    active[keep++] = active[a];
                }
            }
            na = keep;
            for (int a = 0; a < na; a++) {
                long p = crossing(edges, e, active[a]);
                if (p != NONE) {
                    crossings.add(p);
                }
            }
            active[na++] = e;
        }
        if (crossings.isEmpty()) {
            return null;
        }
        // 2. cut points: each rounded crossing goes into every edge passing within half a unit
        List<List<Long>> cuts = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            cuts.add(null);
        }
        boolean[] strong = new boolean[n];
        for (long p : crossings) {
            int px = (int) (p >> 32);
            int py = (int) p;
            for (int e = 0; e < n; e++) {
                if (y1(edges, e) != y2(edges, e) && onFuzzy(edges, e, px, py)) {
                    addCut(cuts, e, p);
                    if (!onExact(edges, e, px, py)) {
                        strong[e] = true;
                    }
                }
            }
        }
        // 3. vertices near an edge that is bent anyway are pulled into it (and into every other
        //    edge they are near, which may bend those in turn)
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int v = 0; v < n; v++) {
                int vx = x1(edges, v);
                int vy = y1(edges, v);
                boolean nearStrong = false;
                for (int e = 0; e < n && !nearStrong; e++) {
                    nearStrong = strong[e] && y1(edges, e) != y2(edges, e) && onFuzzy(edges, e, vx, vy)
                            && !onExact(edges, e, vx, vy) && !parallel(edges, e, v);
                }
                if (!nearStrong) {
                    continue;
                }
                long p = ((long) vx << 32) | (vy & 0xffffffffL);
                for (int e = 0; e < n; e++) {
                    if (y1(edges, e) != y2(edges, e) && onFuzzy(edges, e, vx, vy) && !onExact(edges, e, vx, vy)
                            && !parallel(edges, e, v)) {
                        if (addCut(cuts, e, p) && !strong[e]) {
                            strong[e] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        // 4. split
        int[] out = new int[5 * (n + 16)];
        int m = 0;
        for (int e = 0; e < n; e++) {
            List<Long> c = cuts.get(e);
            int ax = x1(edges, e);
            int ay = y1(edges, e);
            int bx = x2(edges, e);
            int by = y2(edges, e);
            int w = edges[5 * e + 4];
            if (c == null) {
                out = put(out, m++, ax, ay, bx, by, w);
                continue;
            }
            long dx = (long) bx - ax;
            long dy = (long) by - ay;
            c.sort((p, q) -> {
                long sp = ((p >> 32) - ax) * dx + ((int) (long) p - ay) * dy;
                long sq = ((q >> 32) - ax) * dx + ((int) (long) q - ay) * dy;
                return Long.compare(sp, sq);
            });
            int lx = ax;
            int ly = ay;
            for (long p : c) {
                int px = (int) (p >> 32);
                int py = (int) p;
                if (px == lx && py == ly || px == bx && py == by) {
                    continue;
                }
                out = put(out, m++, lx, ly, px, py, w);
                lx = px;
                ly = py;
            }
            out = put(out, m++, lx, ly, bx, by, w);
        }
        return Arrays.copyOf(out, 5 * m);
    }

    static final long NONE = Long.MIN_VALUE;

    private static boolean addCut(List<List<Long>> cuts, int e, long p) {
        List<Long> c = cuts.get(e);
        if (c == null) {
            c = new ArrayList<>(2);
            cuts.set(e, c);
        }
        if (c.contains(p)) {
            return false;
        }
        c.add(p);
        return true;
    }

    private static int[] put(int[] out, int m, int ax, int ay, int bx, int by, int w) {
        if (5 * m + 5 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[5 * m] = ax;
        out[5 * m + 1] = ay;
        out[5 * m + 2] = bx;
        out[5 * m + 3] = by;
        out[5 * m + 4] = w;
        return out;
    }

    private static int x1(int[] e, int i) { return e[5 * i]; }
    private static int y1(int[] e, int i) { return e[5 * i + 1]; }
    private static int x2(int[] e, int i) { return e[5 * i + 2]; }
    private static int y2(int[] e, int i) { return e[5 * i + 3]; }
    private static int ymin(int[] e, int i) { return Math.min(e[5 * i + 1], e[5 * i + 3]); }
    private static int ymax(int[] e, int i) { return Math.max(e[5 * i + 1], e[5 * i + 3]); }

    private static boolean parallel(int[] e, int a, int b) {
        long dxa = (long) x2(e, a) - x1(e, a);
        long dya = (long) y2(e, a) - y1(e, a);
        long dxb = (long) x2(e, b) - x1(e, b);
        long dyb = (long) y2(e, b) - y1(e, b);
        return dxa * dyb - dya * dxb == 0;
    }

    /**
     * The rounded crossing point of two edges (packed x, y) when they cross properly at a point
     * off the grid and at least one is oblique; {@link #NONE} otherwise.
     */
    static long crossing(int[] e, int a, int b) {
        long ax1 = x1(e, a), ay1 = y1(e, a), ax2 = x2(e, a), ay2 = y2(e, a);
        long bx1 = x1(e, b), by1 = y1(e, b), bx2 = x2(e, b), by2 = y2(e, b);
        boolean aOrtho = ax1 == ax2 || ay1 == ay2;
        boolean bOrtho = bx1 == bx2 || by1 == by2;
        if (aOrtho && bOrtho) {
            return NONE;
        }
        if (Math.max(ax1, ax2) < Math.min(bx1, bx2) || Math.max(bx1, bx2) < Math.min(ax1, ax2)) {
            return NONE;
        }
        long dax = ax2 - ax1, day = ay2 - ay1, dbx = bx2 - bx1, dby = by2 - by1;
        int o1 = Long.signum(dax * (by1 - ay1) - day * (bx1 - ax1));
        int o2 = Long.signum(dax * (by2 - ay1) - day * (bx2 - ax1));
        int o3 = Long.signum(dbx * (ay1 - by1) - dby * (ax1 - bx1));
        int o4 = Long.signum(dbx * (ay2 - by1) - dby * (ax2 - bx1));
        if (o1 * o2 >= 0 || o3 * o4 >= 0) {
            return NONE;   // no crossing, or touching at an end point (a grid point)
        }
        // P = a1 + t (a2 - a1), t = num / den
        BigInteger den = BigInteger.valueOf(dax).multiply(BigInteger.valueOf(dby))
                .subtract(BigInteger.valueOf(day).multiply(BigInteger.valueOf(dbx)));
        BigInteger num = BigInteger.valueOf(bx1 - ax1).multiply(BigInteger.valueOf(dby))
                .subtract(BigInteger.valueOf(by1 - ay1).multiply(BigInteger.valueOf(dbx)));
        if (den.signum() < 0) {
            den = den.negate();
            num = num.negate();
        }
        long px = roundHalfDown(BigInteger.valueOf(ax1).multiply(den).add(BigInteger.valueOf(dax).multiply(num)), den);
        long py = roundHalfDown(BigInteger.valueOf(ay1).multiply(den).add(BigInteger.valueOf(day).multiply(num)), den);
        return (px << 32) | (py & 0xffffffffL);
    }

    /** Nearest integer to v / d (d &gt; 0), ties towards negative infinity: ceil(v/d - 1/2). */
    static long roundHalfDown(BigInteger v, BigInteger d) {
        BigInteger twoD = d.shiftLeft(1);
        BigInteger t = v.shiftLeft(1).subtract(d);     // (2v - d) / 2d, then ceil
        BigInteger[] qr = t.divideAndRemainder(twoD);
        BigInteger q = qr[0];
        if (qr[1].signum() > 0) {
            q = q.add(BigInteger.ONE);
        }
        return q.longValueExact();
    }

    /** KLayout's exact point-on-edge test (end points included). */
    static boolean onExact(int[] e, int i, long px, long py) {
        long ax = x1(e, i), ay = y1(e, i), bx = x2(e, i), by = y2(e, i);
        if (px < Math.min(ax, bx) || px > Math.max(ax, bx) || py < Math.min(ay, by) || py > Math.max(ay, by)) {
            return false;
        }
        return (px - ax) * (by - ay) - (py - ay) * (bx - ax) == 0;
    }

    /**
     * KLayout's "fuzzy" point-on-edge test: inside the edge's box, not an end point, and within
     * half a unit of the line, measured against the pixel diagonal so that the test is
     * symmetric on the grid.
     */
    static boolean onFuzzy(int[] e, int i, long px, long py) {
        long ax = x1(e, i), ay = y1(e, i), bx = x2(e, i), by = y2(e, i);
        if (px == ax && py == ay || px == bx && py == by) {
            return false;
        }
        if (px < Math.min(ax, bx) || px > Math.max(ax, bx) || py < Math.min(ay, by) || py > Math.max(ay, by)) {
            return false;
        }
        long dx = bx - ax;
        long dy = by - ay;
        if (dx == 0 || dy == 0) {
            return true;
        }
        boolean withEqual;
        long ox;
        long oy;
        if ((dx < 0 && dy > 0) || (dx > 0 && dy < 0)) {
            ox = 1;
            oy = 1;
            withEqual = true;
        } else {
            ox = -1;
            oy = 1;
            withEqual = false;
        }
        long a1 = 2 * ((px - ax) * dy - (py - ay) * dx);
        long a2 = ox * dy - oy * dx;
        if ((a1 < 0) == (a2 < 0)) {
            withEqual = false;
        }
        a1 = Math.abs(a1);
        a2 = Math.abs(a2);
        return a1 < a2 || (a1 == a2 && withEqual);
    }
}
