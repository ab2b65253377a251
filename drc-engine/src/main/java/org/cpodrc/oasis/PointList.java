package org.cpodrc.oasis;

import java.util.Arrays;

/**
 * OASIS point lists (types 0 to 5), relative to the element's position: the first point is the
 * position itself, then one point per delta. Manhattan lists of polygons (types 0 and 1) get the
 * implied closing point that returns to the start with alternating edges, as the format defines.
 */
final class PointList {
    private PointList() {
    }

    /** Packed (x, y) points including the leading (0, 0). */
    static long[] read(OasisInput in, boolean polygon) {
        int type = in.unsignedInt("point-list type");
        if (type > 5) {
            throw in.error("invalid point-list type " + type + " (0 to 5)");
        }
        long n = in.unsigned();
        long[] p = new long[16];
        int k = 1; // points so far; p[0], p[1] = 0, 0
        long x = 0;
        long y = 0;
        long vx = 0;
        long vy = 0;
        boolean horizontal = type == 0;
        for (long i = 0; i < n; i++) {
            switch (type) {
                case 0, 1 -> {
                    long d = in.signed();
                    if (horizontal) {
                        x += d;
                    } else {
                        y += d;
                    }
                    horizontal = !horizontal;
                }
                case 2 -> {
                    long u = in.unsigned();
                    long[] d = Repetition.octangular(in, (int) (u & 3), u >>> 2);
                    x += d[0];
                    y += d[1];
                }
                case 3 -> {
                    long u = in.unsigned();
                    long[] d = Repetition.octangular(in, (int) (u & 7), u >>> 3);
                    x += d[0];
                    y += d[1];
                }
                case 4 -> {
                    long[] d = Repetition.gDelta(in);
                    x += d[0];
                    y += d[1];
                }
                default -> {
                    long[] d = Repetition.gDelta(in);
                    vx += d[0];
                    vy += d[1];
                    x += vx;
                    y += vy;
                }
            }
            p = put(p, k++, x, y);
        }
        if (polygon && (type == 0 || type == 1)) {
            // the implied last point: the closing edge is vertical for type 0 (horizontal first), horizontal for 1
            p = type == 0 ? put(p, k++, 0, y) : put(p, k++, x, 0);
        }
        return Arrays.copyOf(p, 2 * k);
    }

    private static long[] put(long[] p, int k, long x, long y) {
        if (2 * k + 1 >= p.length) {
            p = Arrays.copyOf(p, 2 * p.length);
        }
        p[2 * k] = x;
        p[2 * k + 1] = y;
        return p;
    }
}
