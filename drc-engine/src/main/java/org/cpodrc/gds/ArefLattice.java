package org.cpodrc.gds;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an AREF's three points into integer lattice vectors the way KLayout's GDS reader does, so
 * that flattened positions match KLayout's exactly.
 *
 * <p>GDSII gives the origin P0, P1 = P0 + columns·c and P2 = P0 + rows·r. When P1 − P0 divides
 * evenly by the column count (and P2 − P0 by the row count), c and r are those quotients. When
 * not, no integer vector reproduces every placement, and KLayout splits the array into
 * sub-arrays: within a run of columns the rounded step c' = round(c) stays within half a database
 * unit of the exact position, and each sub-array starts at the exactly computed, rounded origin.
 * A zero vector makes its axis one element long (all copies would coincide).
 */
final class ArefLattice {
    /** One (sub-)array: origin offset from P0, counts and integer step vectors. */
    record Block(long dx, long dy, int columns, int rows, long colX, long colY, long rowX, long rowY) {
    }

    private ArefLattice() {
    }

    static List<Block> blocks(int columns, int rows, long x0, long y0, long x1, long y1, long x2, long y2) {
        long cx = x1 - x0;
        long cy = y1 - y0;
        long rx = x2 - x0;
        long ry = y2 - y0;
        if (cx == 0 && cy == 0) {
            columns = 1;
        }
        if (rx == 0 && ry == 0) {
            rows = 1;
        }
        boolean splitColumns = columns > 1 && (cx % columns != 0 || cy % columns != 0);
        boolean splitRows = rows > 1 && (rx % rows != 0 || ry % rows != 0);
        if (!splitColumns && !splitRows) {
            if (columns > 1) {
                cx /= columns;
                cy /= columns;
            }
            if (rows > 1) {
                rx /= rows;
                ry /= rows;
            }
            return List.of(new Block(0, 0, columns, rows, cx, cy, rx, ry));
        }
        // exact (fractional) steps; multiplied by the reciprocal, as KLayout computes them
        double cdx = cx * (1.0 / columns);
        double cdy = cy * (1.0 / columns);
        double rdx = rx * (1.0 / rows);
        double rdy = ry * (1.0 / rows);
        long stepCx = round(cdx);
        long stepCy = round(cdy);
        long stepRx = round(rdx);
        long stepRy = round(rdy);
        List<int[]> columnRuns = runs(columns, splitColumns, cdx, cdy, stepCx, stepCy);
        List<int[]> rowRuns = runs(rows, splitRows, rdx, rdy, stepRx, stepRy);
        List<Block> blocks = new ArrayList<>();
        for (int[] cr : columnRuns) {
            for (int[] rr : rowRuns) {
                long ox = round(cdx * cr[0] + rdx * rr[0]);
                long oy = round(cdy * cr[0] + rdy * rr[0]);
                blocks.add(new Block(ox, oy, cr[1] - cr[0], rr[1] - rr[0], stepCx, stepCy, stepRx, stepRy));
            }
        }
        return blocks;
    }

    /**
     * Index ranges [from, to) along one axis within which stepping by the rounded vector stays
     * less than half a unit away from the exact position.
     */
    private static List<int[]> runs(int n, boolean split, double ex, double ey, long sx, long sy) {
        List<int[]> runs = new ArrayList<>();
        if (!split) {
            runs.add(new int[] {0, n});
            return runs;
        }
        int i = 0;
        while (i < n) {
            int from = i;
            double exactX = ex * i;
            double exactY = ey * i;
            long gridX = round(exactX);
            long gridY = round(exactY);
            do {
                i++;
                exactX += ex;
                exactY += ey;
                gridX += sx;
                gridY += sy;
            } while (i < n && Math.abs(exactX - gridX) < 0.5 && Math.abs(exactY - gridY) < 0.5);
            runs.add(new int[] {from, i});
        }
        return runs;
    }

    /** Half away from zero, as KLayout rounds coordinates. */
    static long round(double v) {
        return v > 0 ? (long) (v + 0.5) : (long) (v - 0.5);
    }
}
