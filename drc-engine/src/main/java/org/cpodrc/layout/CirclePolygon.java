package org.cpodrc.layout;

/**
 * A circle as the polygon cpodrc draws it (inline deck-test shapes, the sample designs): {@code n}
 * vertices, the first at angle 0, each rounded to the grid. StrictMath keeps the vertices the same
 * on every JVM, so drawn layouts stay byte-identical.
 */
public final class CirclePolygon {
    private CirclePolygon() {
    }

    /** Interleaved x, y of the {@code n} vertices around ({@code cx}, {@code cy}) at radius {@code r}, in database units. */
    public static int[] vertices(int cx, int cy, long r, int n) {
        int[] xy = new int[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * StrictMath.PI * i / n;
            xy[2 * i] = cx + (int) StrictMath.round(r * StrictMath.cos(a));
            xy[2 * i + 1] = cy + (int) StrictMath.round(r * StrictMath.sin(a));
        }
        return xy;
    }
}
