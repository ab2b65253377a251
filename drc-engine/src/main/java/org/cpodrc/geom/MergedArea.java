package org.cpodrc.geom;

import java.util.Arrays;

/**
 * Area and bounding box of the union of many polygons under KLayout's merge semantics: a point
 * is covered when it lies inside at least one polygon, the inside of a polygon being where its
 * own winding number is not zero (so self-overlapping polygons count once, a figure eight keeps
 * both loops, and orientation does not matter). Crossings off the grid are first moved onto it
 * as KLayout does ({@link GridSnapper}). Zero-area parts (spikes, degenerate polygons) do not
 * count, for the area or the box.
 *
 * <p>Computed without building the union: polygons whose bounding boxes overlap are grouped
 * (areas of groups add up), and each group is swept with horizontal slabs between its vertex and
 * edge-crossing heights; inside a slab the covered width is linear in y, so the slab's area is a
 * trapezoid. This is exact up to double rounding on the integer grid and fast for millions of
 * mostly separate shapes, where a JTS union would be slow and would treat invalid polygons
 * differently.
 */
public final class MergedArea {
    private int[] xy = new int[1024];
    private int points;
    private int[] start = new int[256];   // start[i] = first point of polygon i
    private int count;

    /** Adds a polygon (x0, y0, x1, y1, ...) without the closing point. */
    public void add(int[] coords, int nPoints) {
        if (count + 2 > start.length) {
            start = Arrays.copyOf(start, start.length * 2);
        }
        if (2 * (points + nPoints) > xy.length) {
            xy = Arrays.copyOf(xy, Math.max(2 * (points + nPoints), xy.length * 2));
        }
        System.arraycopy(coords, 0, xy, 2 * points, 2 * nPoints);
        start[count] = points;
        points += nPoints;
        count++;
        start[count] = points;
    }

    public int polygonCount() {
        return count;
    }

    /** The result: area in square database units and the bounding box of the covered area (null when empty). */
    public record Result(double area, long[] bbox) {
    }

    public Result compute() {
        if (count == 0) {
            return new Result(0, null);
        }
        long[] box = new long[4 * count];
        for (int i = 0; i < count; i++) {
            PolygonStore.boxOf(xy, start[i], start[i + 1], box, 4 * i);
        }
        // a polygon with an oblique edge is snapped together with everything its box touches:
        // KLayout bends an edge through a vertex or crossing of a shape that merely touches it
        boolean[] oblique = new boolean[count];
        for (int i = 0; i < count; i++) {
            oblique[i] = hasObliqueEdge(i);
        }
        int[] parent = OverlapGroups.group(box, count, oblique);
        // polygons by group
        int[] order = new int[count];
        int[] groupStart = new int[count + 1];
        for (int i = 0; i < count; i++) {
            groupStart[parent[i] + 1]++;
        }
        for (int g = 0; g < count; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] fill = Arrays.copyOf(groupStart, count);
        for (int i = 0; i < count; i++) {
            order[fill[parent[i]]++] = i;
        }
        SlabSweep sweep = new SlabSweep();
        for (int g = 0; g < count; g++) {
            int a = groupStart[g];
            int b = groupStart[g + 1];
            if (a == b) {
                continue;
            }
            if (b - a == 1 && isRectangle(order[a])) {
                int i = order[a];
                long w = box[4 * i + 2] - box[4 * i];
                long h = box[4 * i + 3] - box[4 * i + 1];
                if (w > 0 && h > 0) {
                    sweep.addRectangle(box[4 * i], box[4 * i + 1], box[4 * i + 2], box[4 * i + 3]);
                }
                continue;
            }
            sweep.reset();
            for (int k = a; k < b; k++) {
                int i = order[k];
                sweep.addPolygon(xy, start[i], start[i + 1] - start[i]);
            }
            sweep.run();
        }
        return new Result(sweep.area(), sweep.bbox());
    }

    private boolean hasObliqueEdge(int i) {
        int np = start[i + 1] - start[i];
        int o = 2 * start[i];
        for (int k = 0; k < np; k++) {
            int k1 = (k + 1) % np;
            if (xy[o + 2 * k] != xy[o + 2 * k1] && xy[o + 2 * k + 1] != xy[o + 2 * k1 + 1]) {
                return true;
            }
        }
        return false;
    }

    private boolean isRectangle(int i) {
        if (start[i + 1] - start[i] != 4) {
            return false;
        }
        int o = 2 * start[i];
        for (int k = 0; k < 4; k++) {
            int x0 = xy[o + 2 * k];
            int y0 = xy[o + 2 * k + 1];
            int x1 = xy[o + 2 * ((k + 1) % 4)];
            int y1 = xy[o + 2 * ((k + 1) % 4) + 1];
            if (x0 != x1 && y0 != y1) {
                return false;
            }
        }
        // four axis-parallel edges: a rectangle, or degenerate (zero area) when its box is a line
        return true;
    }
}
