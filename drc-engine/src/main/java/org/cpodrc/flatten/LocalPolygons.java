package org.cpodrc.flatten;

import org.cpodrc.layout.ShapeKind;
import org.cpodrc.layout.Shapes;

/**
 * The shapes of one cell on one layer as polygons in the cell's own coordinates. BOUNDARY
 * points are used as stored; BOX elements become their four corners; PATHs are converted once
 * (KLayout converts a path in its cell and transforms the resulting polygon, which is also why a
 * magnified path comes out with a magnified width) and kept, since a cell placed a million times
 * would otherwise convert the same path a million times.
 */
final class LocalPolygons {
    private final Shapes shapes;
    private int[] pathXy;       // converted paths, packed
    private int[] pathStart;    // per shape: start (in ints) of its hull in pathXy, or -1
    private int[] pathLen;      // per shape: number of hull points

    LocalPolygons(Shapes shapes) {
        this.shapes = shapes;
        convertPaths();
    }

    int size() {
        return shapes.size();
    }

    private void convertPaths() {
        IntBuffer buf = null;
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.kind(i) != ShapeKind.PATH) {
                continue;
            }
            if (buf == null) {
                buf = new IntBuffer();
                pathStart = new int[shapes.size()];
                pathLen = new int[shapes.size()];
                java.util.Arrays.fill(pathStart, -1);
            }
            int w = Math.abs(shapes.pathWidth(i));
            int type = shapes.pathType(i);
            // the reader stores the effective extensions (half the width for PATHTYPE 1 and 2)
            int bgn = shapes.pathBeginExtension(i);
            int end = shapes.pathEndExtension(i);
            int before = buf.size;
            PathPolygon.hull(shapes.coordinates(), shapes.offset(i), shapes.pointCount(i), w, bgn, end, type == 1, buf);
            pathStart[i] = before;
            pathLen[i] = (buf.size - before) / 2;
        }
        pathXy = buf == null ? null : buf.data;
    }

    /**
     * Writes polygon i into {@code out} (grown as needed, returned) and returns it; the point
     * count is left in {@code count[0]}.
     */
    int[] polygon(int i, int[] out, int[] count) {
        ShapeKind k = shapes.kind(i);
        if (k == ShapeKind.PATH) {
            int n = pathLen[i];
            out = ensure(out, n);
            System.arraycopy(pathXy, pathStart[i], out, 0, 2 * n);
            count[0] = n;
        } else if (k == ShapeKind.BOX) {
            int n = shapes.pointCount(i);
            int[] c = shapes.coordinates();
            int o = shapes.offset(i);
            int x1 = Integer.MAX_VALUE;
            int y1 = Integer.MAX_VALUE;
            int x2 = Integer.MIN_VALUE;
            int y2 = Integer.MIN_VALUE;
            for (int p = 0; p < n; p++) {
                x1 = Math.min(x1, c[o + 2 * p]);
                x2 = Math.max(x2, c[o + 2 * p]);
                y1 = Math.min(y1, c[o + 2 * p + 1]);
                y2 = Math.max(y2, c[o + 2 * p + 1]);
            }
            out = ensure(out, 4);
            if (n == 0) {
                count[0] = 0;
                return out;
            }
            out[0] = x1; out[1] = y1; out[2] = x1; out[3] = y2;
            out[4] = x2; out[5] = y2; out[6] = x2; out[7] = y1;
            count[0] = 4;
        } else {
            int n = shapes.pointCount(i);
            out = ensure(out, n);
            System.arraycopy(shapes.coordinates(), shapes.offset(i), out, 0, 2 * n);
            count[0] = n;
        }
        return out;
    }

    static int[] ensure(int[] a, int n) {
        return a.length >= 2 * n ? a : new int[Math.max(2 * n, a.length * 2)];
    }
}
