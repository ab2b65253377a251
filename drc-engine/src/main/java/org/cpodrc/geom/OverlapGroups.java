package org.cpodrc.geom;

import java.util.Arrays;

/**
 * Groups boxes so that any two boxes whose interiors overlap end up in the same group (groups
 * may be larger than necessary; that only costs time). Boxes are hashed into a uniform grid of
 * about one cell per box and compared within each cell; boxes spanning many cells are compared
 * with everything. Used to split a big area computation into independent small ones.
 */
final class OverlapGroups {
    private static final int MAX_CELLS_PER_BOX = 16;
    private static final int MAX_PAIRWISE = 256;

    private OverlapGroups() {
    }

    /** Returns for each box i its group id (the smallest index in its group). Boxes: x1, y1, x2, y2. */
    static int[] group(long[] box, int n) {
        return group(box, n, null);
    }

    /**
     * As {@link #group(long[], int)}, but a box marked in {@code touching} also joins the boxes it
     * merely touches (closed boxes meet): KLayout's grid snapping reaches across such contacts.
     */
    static int[] group(long[] box, int n, boolean[] touching) {
        int[] uf = new int[n];
        for (int i = 0; i < n; i++) {
            uf[i] = i;
        }
        long gx1 = Long.MAX_VALUE, gy1 = Long.MAX_VALUE, gx2 = Long.MIN_VALUE, gy2 = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            gx1 = Math.min(gx1, box[4 * i]);
            gy1 = Math.min(gy1, box[4 * i + 1]);
            gx2 = Math.max(gx2, box[4 * i + 2]);
            gy2 = Math.max(gy2, box[4 * i + 3]);
        }
        int side = (int) Math.max(1, Math.min(1 << 15, Math.ceil(Math.sqrt(n))));
        long cw = Math.max(1, (gx2 - gx1) / side + 1);
        long ch = Math.max(1, (gy2 - gy1) / side + 1);
        long[] entries = new long[Math.max(16, 2 * n)];
        int ne = 0;
        int[] big = new int[16];
        int nbig = 0;
        for (int i = 0; i < n; i++) {
            long cx1 = (box[4 * i] - gx1) / cw;
            long cx2 = (box[4 * i + 2] - gx1) / cw;
            long cy1 = (box[4 * i + 1] - gy1) / ch;
            long cy2 = (box[4 * i + 3] - gy1) / ch;
            if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > MAX_CELLS_PER_BOX) {
                if (nbig == big.length) {
                    big = Arrays.copyOf(big, nbig * 2);
                }
                big[nbig++] = i;
                continue;
            }
            for (long cy = cy1; cy <= cy2; cy++) {
                for (long cx = cx1; cx <= cx2; cx++) {
                    if (ne == entries.length) {
                        entries = Arrays.copyOf(entries, ne * 2);
                    }
                    long key = cy * (side + 1) + cx;
                    entries[ne++] = (key << 32) | i;
                }
            }
        }
        Arrays.sort(entries, 0, ne);
        int a = 0;
        while (a < ne) {
            long key = entries[a] >>> 32;
            int b = a;
            while (b < ne && (entries[b] >>> 32) == key) {
                b++;
            }
            if (b - a > MAX_PAIRWISE) {
                for (int k = a + 1; k < b; k++) {
                    union(uf, (int) entries[a], (int) entries[k]);
                }
            } else {
                for (int k = a; k < b; k++) {
                    int p = (int) entries[k];
                    for (int l = k + 1; l < b; l++) {
                        int q = (int) entries[l];
                        if (overlap(box, p, q, touching)) {
                            union(uf, p, q);
                        }
                    }
                }
            }
            a = b;
        }
        if ((long) nbig * n > 200_000_000L) {
            // too many large boxes to compare: one group (correct, only slower)
            for (int i = 1; i < n; i++) {
                union(uf, 0, i);
            }
        } else {
            for (int k = 0; k < nbig; k++) {
                int p = big[k];
                for (int q = 0; q < n; q++) {
                    if (q != p && overlap(box, p, q, touching)) {
                        union(uf, p, q);
                    }
                }
            }
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = find(uf, i);
        }
        return out;
    }

    private static boolean overlap(long[] b, int p, int q, boolean[] touching) {
        if (touching != null && (touching[p] || touching[q])) {
            return b[4 * p] <= b[4 * q + 2] && b[4 * q] <= b[4 * p + 2]
                    && b[4 * p + 1] <= b[4 * q + 3] && b[4 * q + 1] <= b[4 * p + 3];
        }
        return b[4 * p] < b[4 * q + 2] && b[4 * q] < b[4 * p + 2]
                && b[4 * p + 1] < b[4 * q + 3] && b[4 * q + 1] < b[4 * p + 3];
    }

    private static int find(int[] uf, int i) {
        while (uf[i] != i) {
            uf[i] = uf[uf[i]];
            i = uf[i];
        }
        return i;
    }

    private static void union(int[] uf, int a, int b) {
        int ra = find(uf, a);
        int rb = find(uf, b);
        if (ra != rb) {
            if (ra < rb) {
                uf[rb] = ra;
            } else {
                uf[ra] = rb;
            }
        }
    }
}
