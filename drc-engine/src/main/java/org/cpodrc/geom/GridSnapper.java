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
        List<List<Long>> cuts = cuts(edges, n);
        return cuts == null ? null : split(edges, n, cuts);
    }

    /**
     * The points each edge is cut at or bent through (packed (x, y), unordered, null for an edge
     * that stays as it is), or null when no edge moves: no oblique edge or no crossing off the grid.
     */
    static List<List<Long>> cuts(int[] edges, int n) {
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
        // 2. cut points: each intersection goes into every (non-horizontal) edge passing within
        //    half a unit of it; an edge it does not lie on exactly is "strong": it will move
        EdgeGrid grid = new EdgeGrid(edges, n);
        List<List<Long>> cuts = new ArrayList<>(n);
        for (int e = 0; e < n; e++) {
            cuts.add(null);
        }
        boolean[] strong = new boolean[n];
        for (long p : crossings) {
            int px = (int) (p >> 32);
            int py = (int) p;
            int k = grid.near(px, py);
            int[] near = grid.buffer;
            for (int j = 0; j < k; j++) {
                int e = near[j];
                if (y1(edges, e) != y2(edges, e) && onFuzzy(edges, e, px, py)) {
                    addCut(cuts, e, p);
                    if (!onExact(edges, e, px, py)) {
                        strong[e] = true;
                    }
                }
            }
        }
        // 3. vertices: one lying exactly inside another edge cuts it (and makes it strong); one
        //    within half a unit of edges attracts them all as soon as one of them is strong
        for (int v = 0; v < n; v++) {
            int vx = x1(edges, v);
            int vy = y1(edges, v);
            int k = grid.near(vx, vy);
            int[] near = grid.buffer;
            for (int j = 0; j < k; j++) {
                int e = near[j];
                if (e != v && y1(edges, e) != y2(edges, e) && !parallel(edges, e, v)
                        && onFuzzy(edges, e, vx, vy) && onExact(edges, e, vx, vy)) {
                    addCut(cuts, e, pack(vx, vy));
                    strong[e] = true;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int v = 0; v < n; v++) {
                int vx = x1(edges, v);
                int vy = y1(edges, v);
                int k = grid.near(vx, vy);
                int[] near = grid.buffer;
                boolean nearStrong = false;
                for (int j = 0; j < k && !nearStrong; j++) {
                    int e = near[j];
                    nearStrong = strong[e] && attracts(edges, e, v, vx, vy);
                }
                if (!nearStrong) {
                    continue;
                }
                long p = pack(vx, vy);
                for (int j = 0; j < k; j++) {
                    int e = near[j];
                    if (attracts(edges, e, v, vx, vy) && addCut(cuts, e, p) && !strong[e]) {
                        strong[e] = true;
                        changed = true;
                    }
                }
            }
        }
        return cuts;
    }

    /** The edges split at their cut points (sorted along each edge), as KLayout's edge processor splits them. */
    private static int[] split(int[] edges, int n, List<List<Long>> cuts) {
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
            sortAlong(c, ax, ay, bx, by);
            // as KLayout: where three successive points zig-zag inside one pixel, the new piece
            // starts (or ends) at the point before, so that no new crossing appears
            int llx = ax;
            int lly = ay;
            int lx = ax;
            int ly = ay;
            long last = NONE;
            for (long p : c) {
                int px = (int) (p >> 32);
                int py = (int) p;
                last = p;
                if (px == lx && py == ly) {
                    continue;
                }
                if (ly == lly && px != lx && px == llx) {
                    out = put(out, m++, llx, lly, px, py, w);
                } else if (lx == llx && py != ly && py == lly) {
                    out = put(out, m++, lx, ly, llx, lly, w);
                } else {
                    out = put(out, m++, lx, ly, px, py, w);
                    llx = lx;
                    lly = ly;
                }
                lx = px;
                ly = py;
            }
            if (last != pack(bx, by)) {
                if (ly == lly && bx != lx && bx == llx) {
                    out = put(out, m++, llx, lly, bx, by, w);
                } else if (lx == llx && by != ly && by == lly) {
                    out = put(out, m++, lx, ly, llx, lly, w);
                } else {
                    out = put(out, m++, lx, ly, bx, by, w);
                }
            }
        }
        return Arrays.copyOf(out, 5 * m);
    }

    static final long NONE = Long.MIN_VALUE;

    /** Sorts points (packed) along the edge from (ax, ay) to (bx, by), as KLayout's ProjectionCompare. */
    static void sortAlong(List<Long> c, int ax, int ay, int bx, int by) {
        long dx = (long) bx - ax;
        long dy = (long) by - ay;
        c.sort((p, q) -> {
            long sp = ((p >> 32) - ax) * dx + ((int) (long) p - ay) * dy;
            long sq = ((q >> 32) - ax) * dx + ((int) (long) q - ay) * dy;
            if (sp != sq) {
                return Long.compare(sp, sq);
            }
            int c1 = Integer.compare((int) (p >> 32), (int) (q >> 32));
            return c1 != 0 ? c1 : Integer.compare((int) (long) p, (int) (long) q);
        });
    }

    /** Vertex (vx, vy), the start of edge v, lies within half a unit of edge e but not on it. */
    private static boolean attracts(int[] edges, int e, int v, int vx, int vy) {
        return e != v && y1(edges, e) != y2(edges, e) && !collinear(edges, e, v)
                && onFuzzy(edges, e, vx, vy) && !onExact(edges, e, vx, vy);
    }

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

    static int x1(int[] e, int i) { return e[5 * i]; }
    static int y1(int[] e, int i) { return e[5 * i + 1]; }
    static int x2(int[] e, int i) { return e[5 * i + 2]; }
    static int y2(int[] e, int i) { return e[5 * i + 3]; }
    private static int ymin(int[] e, int i) { return Math.min(e[5 * i + 1], e[5 * i + 3]); }
    private static int ymax(int[] e, int i) { return Math.max(e[5 * i + 1], e[5 * i + 3]); }

    /** Parallel and on one line: KLayout treats such pairs apart (they only split each other). */
    private static boolean collinear(int[] e, int a, int b) {
        return parallel(e, a, b)
                && ((long) x1(e, a) - x1(e, b)) * ((long) y2(e, b) - y1(e, b))
                        - ((long) y1(e, a) - y1(e, b)) * ((long) x2(e, b) - x1(e, b)) == 0;
    }

    private static boolean parallel(int[] e, int a, int b) {
        long dxa = (long) x2(e, a) - x1(e, a);
        long dya = (long) y2(e, a) - y1(e, a);
        long dxb = (long) x2(e, b) - x1(e, b);
        long dyb = (long) y2(e, b) - y1(e, b);
        return dxa * dyb - dya * dxb == 0;
    }

    /**
     * KLayout's intersection point of two edges that share no end point, packed (x, y): a proper
     * crossing rounded to the grid, or the end point of one edge that lies exactly on the other
     * (a T junction); {@link #NONE} when they do not meet or are collinear.
     */
    static long crossing(int[] e, int a, int b) {
        long ax1 = x1(e, a), ay1 = y1(e, a), ax2 = x2(e, a), ay2 = y2(e, a);
        long bx1 = x1(e, b), by1 = y1(e, b), bx2 = x2(e, b), by2 = y2(e, b);
        if (ax1 == bx1 && ay1 == by1 || ax1 == bx2 && ay1 == by2 || ax2 == bx1 && ay2 == by1 || ax2 == bx2 && ay2 == by2) {
            return NONE;
        }
        if (Math.max(ax1, ax2) < Math.min(bx1, bx2) || Math.max(bx1, bx2) < Math.min(ax1, ax2)
                || Math.max(ay1, ay2) < Math.min(by1, by2) || Math.max(by1, by2) < Math.min(ay1, ay2)) {
            return NONE;
        }
        long dax = ax2 - ax1, day = ay2 - ay1, dbx = bx2 - bx1, dby = by2 - by1;
        if (dax * dby - day * dbx == 0) {
            return NONE;   // parallel: collinear overlaps only split, they do not move anything
        }
        int o1 = Long.signum(dax * (by1 - ay1) - day * (bx1 - ax1));
        int o2 = Long.signum(dax * (by2 - ay1) - day * (bx2 - ax1));
        int o3 = Long.signum(dbx * (ay1 - by1) - dby * (ax1 - bx1));
        int o4 = Long.signum(dbx * (ay2 - by1) - dby * (ax2 - bx1));
        if (o1 * o2 > 0 || o3 * o4 > 0) {
            return NONE;
        }
        if (o1 == 0) {
            return pack(bx1, by1);
        }
        if (o2 == 0) {
            return pack(bx2, by2);
        }
        if (o3 == 0) {
            return pack(ax1, ay1);
        }
        if (o4 == 0) {
            return pack(ax2, ay2);
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
        return pack(px, py);
    }

    static long pack(long x, long y) {
        return (x << 32) | (y & 0xffffffffL);
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
