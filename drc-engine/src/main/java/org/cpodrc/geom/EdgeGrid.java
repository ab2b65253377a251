package org.cpodrc.geom;

import java.util.Arrays;

/** Edges by grid cell (their boxes grown by one unit), to find the edges near a point. */
final class EdgeGrid {
    private final long x0;
    private final long y0;
    private final long cell;
    private final int side;
    private final int[] head;
    private final int[] next;
    private final int[] item;
    private int[] longOnes = new int[8];
    private int nLong;
    int[] buffer = new int[16];

    EdgeGrid(int[] edges, int n) {
        long gx1 = Long.MAX_VALUE, gy1 = Long.MAX_VALUE, gx2 = Long.MIN_VALUE, gy2 = Long.MIN_VALUE;
        for (int e = 0; e < n; e++) {
            gx1 = Math.min(gx1, Math.min(GridSnapper.x1(edges, e), GridSnapper.x2(edges, e)));
            gx2 = Math.max(gx2, Math.max(GridSnapper.x1(edges, e), GridSnapper.x2(edges, e)));
            gy1 = Math.min(gy1, Math.min(GridSnapper.y1(edges, e), GridSnapper.y2(edges, e)));
            gy2 = Math.max(gy2, Math.max(GridSnapper.y1(edges, e), GridSnapper.y2(edges, e)));
        }
        side = (int) Math.max(1, Math.min(1024, Math.sqrt(n)));
        x0 = gx1 - 1;
        y0 = gy1 - 1;
        cell = Math.max(1, (Math.max(gx2 - gx1, gy2 - gy1) + 3) / side + 1);
        head = new int[side * side];
        Arrays.fill(head, -1);
        int cap = 4 * n + 16;
        int[] nx = new int[cap];
        int[] it = new int[cap];
        int used = 0;
        for (int e = 0; e < n; e++) {
            int cx1 = cx(Math.min(GridSnapper.x1(edges, e), GridSnapper.x2(edges, e)) - 1);
            int cx2 = cx(Math.max(GridSnapper.x1(edges, e), GridSnapper.x2(edges, e)) + 1);
            int cy1 = cy(Math.min(GridSnapper.y1(edges, e), GridSnapper.y2(edges, e)) - 1);
            int cy2 = cy(Math.max(GridSnapper.y1(edges, e), GridSnapper.y2(edges, e)) + 1);
            if ((long) (cx2 - cx1 + 1) * (cy2 - cy1 + 1) > 64) {
                if (nLong == longOnes.length) {
                    longOnes = Arrays.copyOf(longOnes, nLong * 2);
                }
                longOnes[nLong++] = e;
                continue;
            }
            for (int y = cy1; y <= cy2; y++) {
                for (int x = cx1; x <= cx2; x++) {
                    if (used == nx.length) {
                        nx = Arrays.copyOf(nx, used * 2);
                        it = Arrays.copyOf(it, used * 2);
                    }
                    int c = y * side + x;
                    it[used] = e;
                    nx[used] = head[c];
                    head[c] = used++;
                }
            }
        }
        next = nx;
        item = it;
    }

    private int cx(long x) {
        return (int) Math.max(0, Math.min(side - 1, (x - x0) / cell));
    }

    private int cy(long y) {
        return (int) Math.max(0, Math.min(side - 1, (y - y0) / cell));
    }

    /** Candidate edges for point (x, y) into {@link #buffer}; returns their number. */
    int near(long x, long y) {
        int k = 0;
        for (int i = head[cy(y) * side + cx(x)]; i >= 0; i = next[i]) {
            k = add(k, item[i]);
        }
        for (int i = 0; i < nLong; i++) {
            k = add(k, longOnes[i]);
        }
        return k;
    }

    private int add(int k, int e) {
        if (k == buffer.length) {
            buffer = Arrays.copyOf(buffer, k * 2);
        }
        buffer[k] = e;
        return k + 1;
    }
}
