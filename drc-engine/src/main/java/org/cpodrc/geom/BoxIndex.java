package org.cpodrc.geom;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A static index of closed integer boxes for "which boxes touch or overlap this box" queries: a
 * uniform grid over packed int arrays (compressed rows), about one box per cell. On a million
 * edges or polygons it answers several times faster than an STRtree, which spends most of its
 * time sorting on build and chasing nodes on query. Boxes spanning many cells are kept in a list
 * tested by every query, so a few very long ones cost little and many stay correct.
 *
 * <p>A query writes its hits to {@link #hits()} (each box once, in a deterministic order), so an
 * index must be queried by one thread at a time.
 */
public final class BoxIndex {
    private static final int MAX_CELLS_PER_BOX = 64;

    private final long[] box;
    private final int stride;   // longs per item: 4 for boxes, 2 for points
    private final int hi;       // offset of x2 within an item: 2 for boxes, 0 for points (x2 = x1)
    private final long x0;
    private final long y0;
    private final long cw;
    private final long ch;
    private final int nx;
    private final int ny;
    private final int[] start;
    private final int[] items;
    private final int[] big;
    private int[] hits = new int[16];

    /** Indexes boxes 0..n-1 given as x1, y1, x2, y2 (x1 &lt;= x2, y1 &lt;= y2) in {@code box}; the array is kept, not copied. */
    public BoxIndex(long[] box, int n) {
        this(box, n, 4);
    }

    /**
     * Indexes points 0..n-1 given as x, y in {@code xy} (kept, not copied) as boxes of zero size:
     * the same index and hits as {@link #BoxIndex(long[], int)} on (x, y, x, y), at half the memory.
     */
    public static BoxIndex ofPoints(long[] xy, int n) {
        return new BoxIndex(xy, n, 2);
    }

    private BoxIndex(long[] box, int n, int stride) {
        this.box = box;
        this.stride = stride;
        this.hi = stride - 2;
        long gx1 = Long.MAX_VALUE, gy1 = Long.MAX_VALUE, gx2 = Long.MIN_VALUE, gy2 = Long.MIN_VALUE;
        double sumW = 0, sumH = 0;
        for (int i = 0; i < n; i++) {
            gx1 = Math.min(gx1, box[stride * i]);
            gy1 = Math.min(gy1, box[stride * i + 1]);
            gx2 = Math.max(gx2, box[stride * i + hi]);
            gy2 = Math.max(gy2, box[stride * i + hi + 1]);
            sumW += box[stride * i + hi] - box[stride * i];
            sumH += box[stride * i + hi + 1] - box[stride * i + 1];
        }
        if (n == 0) {
            gx1 = gy1 = gx2 = gy2 = 0;
        }
        x0 = gx1;
        y0 = gy1;
        // about one box per cell, but cells no smaller than the average box (else boxes span many cells)
        double side = Math.max(1, Math.min(4096, Math.sqrt(n)));
        cw = Math.max(1, Math.max((long) Math.ceil((gx2 - gx1 + 1) / side), (long) (sumW / Math.max(1, n))));
        ch = Math.max(1, Math.max((long) Math.ceil((gy2 - gy1 + 1) / side), (long) (sumH / Math.max(1, n))));
        nx = (int) ((gx2 - gx1) / cw + 1);
        ny = (int) ((gy2 - gy1) / ch + 1);
        int cells = Math.multiplyExact(nx, ny);
        int[] count = new int[cells + 1];
        int nbig = 0;
        for (int i = 0; i < n; i++) {
            int cx1 = cellX(box[stride * i]), cx2 = cellX(box[stride * i + hi]);
            int cy1 = cellY(box[stride * i + 1]), cy2 = cellY(box[stride * i + hi + 1]);
            if ((long) (cx2 - cx1 + 1) * (cy2 - cy1 + 1) > MAX_CELLS_PER_BOX) {
                nbig++;
                continue;
            }
            for (int cy = cy1; cy <= cy2; cy++) {
                for (int cx = cx1; cx <= cx2; cx++) {
                    count[cy * nx + cx + 1]++;
                }
            }
        }
        for (int c = 0; c < cells; c++) {
            count[c + 1] += count[c];
        }
        start = count;
        items = new int[start[cells]];
        big = new int[nbig];
        int[] fill = Arrays.copyOf(start, cells);
        nbig = 0;
        for (int i = 0; i < n; i++) {
            int cx1 = cellX(box[stride * i]), cx2 = cellX(box[stride * i + hi]);
            int cy1 = cellY(box[stride * i + 1]), cy2 = cellY(box[stride * i + hi + 1]);
            if ((long) (cx2 - cx1 + 1) * (cy2 - cy1 + 1) > MAX_CELLS_PER_BOX) {
                big[nbig++] = i;
                continue;
            }
            for (int cy = cy1; cy <= cy2; cy++) {
                for (int cx = cx1; cx <= cx2; cx++) {
                    items[fill[cy * nx + cx]++] = i;
                }
            }
        }
    }

    /**
     * The bounding boxes of geometries as x1, y1, x2, y2 quadruples, widened outwards to whole
     * database units (the layout the constructor takes).
     */
    public static long[] boxes(List<? extends Geometry> shapes) {
        long[] box = new long[4 * shapes.size()];
        for (int i = 0; i < shapes.size(); i++) {
            Envelope e = shapes.get(i).getEnvelopeInternal();
            box[4 * i] = (long) Math.floor(e.getMinX());
            box[4 * i + 1] = (long) Math.floor(e.getMinY());
            box[4 * i + 2] = (long) Math.ceil(e.getMaxX());
            box[4 * i + 3] = (long) Math.ceil(e.getMaxY());
        }
        return box;
    }

    /** An index over the bounding boxes of geometries; box i is geometry i. */
    public static BoxIndex of(List<? extends Geometry> shapes) {
        return new BoxIndex(boxes(shapes), shapes.size());
    }

    private int cellX(long x) {
        return (int) Math.max(0, Math.min(nx - 1, Math.floorDiv(x - x0, cw)));
    }

    private int cellY(long y) {
        return (int) Math.max(0, Math.min(ny - 1, Math.floorDiv(y - y0, ch)));
    }

    /**
     * Finds the boxes that touch or overlap the closed box [x1, x2] x [y1, y2]; returns their number,
     * the boxes are the first entries of {@link #hits()}.
     */
    public int query(long x1, long y1, long x2, long y2) {
        int[][] buffer = {hits};
        int k = collect(x1, y1, x2, y2, buffer);
        hits = buffer[0];
        return k;
    }

    /**
     * The boxes that touch or overlap the closed box, as a new array (each box once, same order as
     * {@link #query}); safe to call from several threads at once, as it shares no buffer.
     */
    public int[] queryAll(long x1, long y1, long x2, long y2) {
        int[][] buffer = {new int[8]};
        int k = collect(x1, y1, x2, y2, buffer);
        return Arrays.copyOf(buffer[0], k);
    }

    /** Writes the hits to buffer[0], growing it (replaced) as needed; returns their number. */
    private int collect(long x1, long y1, long x2, long y2, int[][] buffer) {
        int k = 0;
        int qx1 = cellX(x1), qx2 = cellX(x2), qy1 = cellY(y1), qy2 = cellY(y2);
        for (int cy = qy1; cy <= qy2; cy++) {
            for (int cx = qx1; cx <= qx2; cx++) {
                int c = cy * nx + cx;
                for (int p = start[c], e = start[c + 1]; p < e; p++) {
                    int i = items[p];
                    if (!touches(i, x1, y1, x2, y2)) {
                        continue;
                    }
                    // a box in several cells is reported from the first cell it shares with the query only
                    if (cx != Math.max(qx1, cellX(box[stride * i])) || cy != Math.max(qy1, cellY(box[stride * i + 1]))) {
                        continue;
                    }
                    k = add(buffer, k, i);
                }
            }
        }
        for (int i : big) {
            if (touches(i, x1, y1, x2, y2)) {
                k = add(buffer, k, i);
            }
        }
        return k;
    }

    /** The hits of the last query (valid up to the number it returned). */
    public int[] hits() {
        return hits;
    }

    private boolean touches(int i, long x1, long y1, long x2, long y2) {
        return box[stride * i] <= x2 && x1 <= box[stride * i + hi] && box[stride * i + 1] <= y2 && y1 <= box[stride * i + hi + 1];
    }

    private static int add(int[][] buffer, int k, int i) {
        if (k == buffer[0].length) {
            buffer[0] = Arrays.copyOf(buffer[0], k * 2);
        }
        buffer[0][k] = i;
        return k + 1;
    }
}
