package org.cpodrc.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random polygons (as flat x,y coordinate arrays) of the kinds DRC trips over:
 * rectangles, L and U shapes (notches), 45-degree octagons, arbitrary-angle triangles and quads,
 * frames that merge into polygons with holes, and shapes touching at corners.
 */
public final class RandomLayouts {
    private final Random rnd;
    private final int field;

    public RandomLayouts(long seed, int field) {
        this.rnd = new Random(seed);
        this.field = field;
    }

    public Random random() {
        return rnd;
    }

    public int between(int lo, int hi) {
        return lo + rnd.nextInt(hi - lo + 1);
    }

    public List<long[]> layer(int shapes) {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < shapes; i++) {
            out.addAll(shape(between(0, field), between(0, field), between(20, field / 3)));
        }
        if (rnd.nextInt(4) == 0 && !out.isEmpty()) {
            // a rectangle touching the first shape's first vertex at a corner
            long[] p = out.get(0);
            long x = p[0], y = p[1];
            int w = between(10, 200), h = between(10, 200);
            out.add(rect(x - w, y - h, x, y));
        }
        return out;
    }

    public List<long[]> shape(long x, long y, int s) {
        int k = rnd.nextInt(9);
        long w = Math.max(10, s), h = Math.max(10, between(10, Math.max(10, s)));
        switch (k) {
            case 0, 1:
                return List.of(rect(x, y, x + w, y + h));
            case 2: { // L
                long t = Math.max(5, between(5, (int) Math.max(5, Math.min(w, h) / 2)));
                return List.of(new long[] {x, y, x + w, y, x + w, y + t, x + t, y + t, x + t, y + h, x, y + h});
            }
            case 3: { // U: a notch between two arms
                long t = Math.max(5, between(5, (int) Math.max(5, w / 3)));
                long b = Math.max(5, between(5, (int) Math.max(5, h / 2)));
                return List.of(new long[] {x, y, x + w, y, x + w, y + h, x + w - t, y + h, x + w - t, y + b,
                        x + t, y + b, x + t, y + h, x, y + h});
            }
            case 4: { // octagon with 45-degree edges
                long c = Math.max(1, Math.min(w, h) / between(3, 6));
                return List.of(new long[] {x + c, y, x + w - c, y, x + w, y + c, x + w, y + h - c, x + w - c, y + h,
                        x + c, y + h, x, y + h - c, x, y + c});
            }
            case 5: { // arbitrary triangle
                return List.of(new long[] {x, y, x + between(20, (int) w + 20), y + between(-50, 50),
                        x + between(-50, 50), y + between(20, (int) h + 20)});
            }
            case 6: { // arbitrary convex-ish quad
                return List.of(new long[] {x, y, x + w, y + between(-40, 40), x + w + between(-40, 40), y + h,
                        x + between(-40, 40), y + h + between(-40, 40)});
            }
            case 7: { // frame: merges into a polygon with a hole
                long t = Math.max(5, between(5, (int) Math.max(5, Math.min(w, h) / 4)));
                return List.of(rect(x, y, x + w, y + t), rect(x, y + h - t, x + w, y + h),
                        rect(x, y, x + t, y + h), rect(x + w - t, y, x + w, y + h));
            }
            default: { // narrow waveguide-like bar with a 45-degree bend
                long t = between(8, 60);
                return List.of(new long[] {x, y, x + w, y, x + w + h, y + h, x + w + h - t, y + h, x + w - t / 2, y + t,
                        x, y + t});
            }
        }
    }

    /**
     * Photonic-style curved shapes, with vertices rounded to the grid as GDS writers do: a bent
     * waveguide (annulus sector with many short segments), a round-ended straight waveguide at
     * an arbitrary angle (a PATH with round ends), or two concentric bends close together (a
     * coupler: long runs of nearly parallel short edges facing each other).
     */
    public List<long[]> curved(long x, long y) {
        int k = rnd.nextInt(3);
        long r = between(80, 400);
        long w = between(20, 80);
        double a0 = rnd.nextDouble() * 2 * Math.PI;
        double sweep = (0.3 + rnd.nextDouble() * 1.4) * Math.PI / 2;
        int n = between(8, 48);
        switch (k) {
            case 0:
                return List.of(sector(x, y, r, r + w, a0, sweep, n));
            case 1: {
                long len = between(30, 400);
                return List.of(stadium(x, y, len, w, a0, n));
            }
            default: {
                long gap = between(5, 60);
                return List.of(sector(x, y, r, r + w, a0, sweep, n),
                        sector(x, y, r + w + gap, r + 2 * w + gap, a0 + rnd.nextDouble() * 0.2, sweep, n + between(-3, 3)));
            }
        }
    }

    private static long[] sector(long cx, long cy, long r1, long r2, double a0, double sweep, int n) {
        long[] p = new long[4 * (n + 1)];
        int k = 0;
        for (int i = 0; i <= n; i++) {
            double a = a0 + sweep * i / n;
            p[k++] = cx + Math.round(r2 * Math.cos(a));
            p[k++] = cy + Math.round(r2 * Math.sin(a));
        }
        for (int i = n; i >= 0; i--) {
            double a = a0 + sweep * i / n;
            p[k++] = cx + Math.round(r1 * Math.cos(a));
            p[k++] = cy + Math.round(r1 * Math.sin(a));
        }
        return p;
    }

    /** A straight path of the given length and width with half-circle ends, along angle a. */
    private static long[] stadium(long x, long y, long len, long w, double a, int n) {
        double ux = Math.cos(a), uy = Math.sin(a);
        long[] p = new long[4 * (n + 1)];
        int k = 0;
        for (int end = 0; end < 2; end++) {
            double ex = x + (end == 0 ? len : 0) * ux, ey = y + (end == 0 ? len : 0) * uy;
            for (int i = 0; i <= n; i++) {
                double t = a - Math.PI / 2 + Math.PI * i / n + (end == 0 ? 0 : Math.PI);
                p[k++] = Math.round(ex + w / 2.0 * Math.cos(t));
                p[k++] = Math.round(ey + w / 2.0 * Math.sin(t));
            }
        }
        return p;
    }

    public static long[] rect(long x1, long y1, long x2, long y2) {
        return new long[] {x1, y1, x2, y1, x2, y2, x1, y2};
    }
}
