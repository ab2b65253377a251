package org.cpodrc.geom;

import java.util.Arrays;

/**
 * Area of the union of a small set of polygons, each polygon's inside being where its own
 * winding number is not zero (KLayout's merge), by horizontal slabs. Slab boundaries are the
 * vertex heights; a slab in which two edges cross is split again at the crossing heights, so that
 * inside every (sub-)slab the edges keep their left-to-right order and the covered width is a
 * linear function of y. Accumulates area and the bounding box of the covered (positive-area)
 * part over several runs.
 */
final class SlabSweep {
    private int[] xl = new int[64];
    private int[] yl = new int[64];
    private int[] xu = new int[64];
    private int[] yu = new int[64];
    private int[] wind = new int[64];
    private int[] owner = new int[64];       // polygon of each edge
    private int polygons;
    private int[] polyWinding = new int[16];
    private int n;
    // directed polygon edges as added: x1, y1, x2, y2, 1
    private int[] raw = new int[320];
    private int nraw;

    private double area;
    private double bx1 = Double.POSITIVE_INFINITY;
    private double by1 = Double.POSITIVE_INFINITY;
    private double bx2 = Double.NEGATIVE_INFINITY;
    private double by2 = Double.NEGATIVE_INFINITY;

    // per-slab scratch
    private int[] active = new int[64];
    private double[] xa = new double[64];
    private double[] xb = new double[64];
    private Integer[] order = new Integer[0];

    void reset() {
        n = 0;
        nraw = 0;
        polygons = 0;
    }

    double area() {
        return area;
    }

    long[] bbox() {
        if (bx1 > bx2) {
            return null;
        }
        return new long[] {Math.round(bx1), Math.round(by1), Math.round(bx2), Math.round(by2)};
    }

    void addRectangle(long x1, long y1, long x2, long y2) {
        area += (double) (x2 - x1) * (double) (y2 - y1);
        bx1 = Math.min(bx1, x1);
        by1 = Math.min(by1, y1);
        bx2 = Math.max(bx2, x2);
        by2 = Math.max(by2, y2);
    }

    /** Adds the edges of a polygon (its inside: non-zero winding, whatever its orientation). */
    void addPolygon(int[] xy, int firstPoint, int np) {
        if (np < 3) {
            return;
        }
        int o = 2 * firstPoint;
        int id = polygons++;
        for (int k = 0; k < np; k++) {
            int k1 = (k + 1) % np;
            int a = k;
            int b = k1;
            int x0 = xy[o + 2 * a];
            int y0 = xy[o + 2 * a + 1];
            int x1 = xy[o + 2 * b];
            int y1 = xy[o + 2 * b + 1];
            if (x0 == x1 && y0 == y1) {
                continue;
            }
            if (5 * nraw + 5 > raw.length) {
                raw = Arrays.copyOf(raw, raw.length * 2);
            }
            raw[5 * nraw] = x0;
            raw[5 * nraw + 1] = y0;
            raw[5 * nraw + 2] = x1;
            raw[5 * nraw + 3] = y1;
            raw[5 * nraw + 4] = id;
            nraw++;
        }
    }

    /** Turns the directed edges (after KLayout's grid snapping of crossings) into the sweep's up/down edges. */
    private void prepare() {
        int[] e = raw;
        int m = nraw;
        int[] snapped = GridSnapper.snap(raw, nraw);
        if (snapped != null) {
            e = snapped;
            m = snapped.length / 5;
        }
        n = 0;
        for (int k = 0; k < m; k++) {
            int x0 = e[5 * k];
            int y0 = e[5 * k + 1];
            int x1 = e[5 * k + 2];
            int y1 = e[5 * k + 3];
            if (y0 == y1) {
                continue;
            }
            grow();
            if (y0 < y1) {
                xl[n] = x0; yl[n] = y0; xu[n] = x1; yu[n] = y1; wind[n] = 1; owner[n] = e[5 * k + 4];
            } else {
                xl[n] = x1; yl[n] = y1; xu[n] = x0; yu[n] = y0; wind[n] = -1; owner[n] = e[5 * k + 4];
            }
            n++;
        }
    }

    private void grow() {
        if (n == xl.length) {
            int m = n * 2;
            xl = Arrays.copyOf(xl, m);
            yl = Arrays.copyOf(yl, m);
            xu = Arrays.copyOf(xu, m);
            yu = Arrays.copyOf(yu, m);
            wind = Arrays.copyOf(wind, m);
            owner = Arrays.copyOf(owner, m);
        }
    }

    void run() {
        prepare();
        if (n == 0) {
            return;
        }
        long[] ys = new long[2 * n];
        for (int i = 0; i < n; i++) {
            ys[2 * i] = yl[i];
            ys[2 * i + 1] = yu[i];
        }
        Arrays.sort(ys);
        int ny = 0;
        for (int i = 0; i < ys.length; i++) {
            if (ny == 0 || ys[ny - 1] != ys[i]) {
                ys[ny++] = ys[i];
            }
        }
        // edges by lower y
        long[] byLow = new long[n];
        // sort by (yl, index), packed into one long (the index fills the low 32 bits)
        for (int i = 0; i < n; i++) {
            byLow[i] = ((long) yl[i] << 32) | i;
        }
        Arrays.sort(byLow);
        if (active.length < n) {
            active = new int[n];
            xa = new double[n];
            xb = new double[n];
        }
        int na = 0;
        int next = 0;
        for (int s = 0; s + 1 < ny; s++) {
            long ya = ys[s];
            long yb = ys[s + 1];
            int keep = 0;
            for (int k = 0; k < na; k++) {
                if (yu[active[k]] > ya) {
                    active[keep++] = active[k];
                }
            }
            na = keep;
            while (next < n && yl[(int) byLow[next]] <= ya) {
                int e = (int) byLow[next++];
                if (yu[e] > ya) {
                    active[na++] = e;
                }
            }
            if (na < 2) {
                continue;
            }
            slab(na, ya, yb);
        }
    }

    private double xat(int e, double y) {
        if (y <= yl[e]) {
            return xl[e];
        }
        if (y >= yu[e]) {
            return xu[e];
        }
        return xl[e] + (double) (xu[e] - xl[e]) * (y - yl[e]) / (double) (yu[e] - yl[e]);
    }

    private void slab(int na, double ya, double yb) {
        for (int k = 0; k < na; k++) {
            int e = active[k];
            xa[k] = xat(e, ya);
            xb[k] = xat(e, yb);
        }
        if (integrate(na, ya, yb, xa, xb, true)) {
            return;
        }
        // split at the heights where edges cross
        double[] cuts = new double[16];
        int nc = 0;
        for (int i = 0; i < na; i++) {
            for (int j = i + 1; j < na; j++) {
                double da = xa[i] - xa[j];
                double db = xb[i] - xb[j];
                if ((da < 0 && db > 0) || (da > 0 && db < 0)) {
                    double y = ya + (yb - ya) * da / (da - db);
                    if (y > ya && y < yb) {
                        if (nc == cuts.length) {
                            cuts = Arrays.copyOf(cuts, nc * 2);
                        }
                        cuts[nc++] = y;
                    }
                }
            }
        }
        Arrays.sort(cuts, 0, nc);
        double[] sa = new double[na];
        double[] sb = new double[na];
        double y0 = ya;
        for (int c = 0; c <= nc; c++) {
            double y1 = c < nc ? cuts[c] : yb;
            if (y1 <= y0) {
                continue;
            }
            for (int k = 0; k < na; k++) {
                sa[k] = xat(active[k], y0);
                sb[k] = xat(active[k], y1);
            }
            if (!integrate(na, y0, y1, sa, sb, true)) {
                // rounding noise between nearly coincident crossings: order at the ends suffices
                integrate(na, y0, y1, sa, sb, false);
            }
            y0 = y1;
        }
    }

    /**
     * Sorts the edges by their x at mid-height; if that order is also the order at both ends, no
     * two edges cross inside [y0, y1] and the covered trapezoids are added (returns true).
     * Otherwise nothing is added and false is returned.
     */
    private boolean integrate(int na, double y0, double y1, double[] a, double[] b, boolean check) {
        if (order.length < na) {
            order = new Integer[Math.max(na, order.length * 2)];
        }
        for (int k = 0; k < na; k++) {
            order[k] = k;
        }
        Arrays.sort(order, 0, na, (p, q) -> {
            int c = Double.compare(a[p] + b[p], a[q] + b[q]);
            return c != 0 ? c : Double.compare(a[p], a[q]);
        });
        for (int k = 0; check && k + 1 < na; k++) {
            if (a[order[k]] > a[order[k + 1]] || b[order[k]] > b[order[k + 1]]) {
                return false;
            }
        }
        if (polyWinding.length < polygons) {
            polyWinding = new int[Math.max(polygons, 2 * polyWinding.length)];
        }
        // KLayout merges with one property per polygon: a point is covered when it lies inside
        // (non-zero winding) at least one polygon; windings of different polygons do not add up
        int w = 0;     // number of polygons with non-zero winding here
        double h = y1 - y0;
        for (int k = 0; k < na; k++) {     // all edges, so that every polygon's winding returns to 0
            int e = order[k];
            int pe = owner[active[e]];
            int before = polyWinding[pe];
            polyWinding[pe] = before + wind[active[e]];
            w += (polyWinding[pe] != 0 ? 1 : 0) - (before != 0 ? 1 : 0);
            if (w != 0 && k + 1 < na) {
                int f = order[k + 1];
                double wa = a[f] - a[e];
                double wb = b[f] - b[e];
                if (wa + wb > 0) {
                    area += (wa + wb) * 0.5 * h;
                    bx1 = Math.min(bx1, Math.min(a[e], b[e]));
                    bx2 = Math.max(bx2, Math.max(a[f], b[f]));
                    by1 = Math.min(by1, y0);
                    by2 = Math.max(by2, y1);
                }
            }
        }
        return true;
    }
}
