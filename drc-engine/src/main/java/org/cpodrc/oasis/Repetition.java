package org.cpodrc.oasis;

import java.util.Arrays;

/**
 * An OASIS repetition: where copies of an element stand, relative to its position. Types 1, 2, 3,
 * 8 and 9 are lattices ({@code columns × rows} copies at {@code i·a + j·b}) and stay lattices
 * (placements become arrays, as GDSII AREFs are held); types 4 to 7, 10 and 11 list their
 * offsets explicitly. Immutable, so the modal "reuse the last repetition" can share it.
 */
final class Repetition {
    final boolean lattice;
    final int columns;
    final int rows;
    final long ax;
    final long ay;
    final long bx;
    final long by;
    /** Explicit offsets (x0, y0, x1, y1, ...), the first always (0, 0); null for lattices. */
    private final long[] offsets;

    private Repetition(boolean lattice, int columns, int rows, long ax, long ay, long bx, long by, long[] offsets) {
        this.lattice = lattice;
        this.columns = columns;
        this.rows = rows;
        this.ax = ax;
        this.ay = ay;
        this.bx = bx;
        this.by = by;
        this.offsets = offsets;
    }

    static Repetition lattice(int columns, int rows, long ax, long ay, long bx, long by) {
        return new Repetition(true, columns, rows, ax, ay, bx, by, null);
    }

    static Repetition explicit(long[] offsets, int n) {
        return new Repetition(false, 0, 0, 0, 0, 0, 0, Arrays.copyOf(offsets, 2 * n));
    }

    /** Number of copies. */
    long count() {
        return lattice ? (long) columns * rows : offsets.length / 2;
    }

    /** x offset of copy k (lattice copies in column-major order: k = j·columns + i). */
    long dx(long k) {
        if (!lattice) {
            return offsets[(int) (2 * k)];
        }
        return (k % columns) * ax + (k / columns) * bx;
    }

    long dy(long k) {
        if (!lattice) {
            return offsets[(int) (2 * k + 1)];
        }
        return (k % columns) * ay + (k / columns) * by;
    }

    /** Reads a repetition after its type number; {@code previous} serves type 0. */
    static Repetition read(OasisInput in, Repetition previous) {
        int type = in.unsignedInt("repetition type");
        switch (type) {
            case 0:
                if (previous == null) {
                    throw in.error("repetition type 0 (reuse the last) without a previous repetition");
                }
                return previous;
            case 1: {
                int nx = dimension(in);
                int ny = dimension(in);
                long sx = in.unsigned();
                long sy = in.unsigned();
                return lattice(nx, ny, sx, 0, 0, sy);
            }
            case 2: {
                int nx = dimension(in);
                return lattice(nx, 1, in.unsigned(), 0, 0, 0);
            }
            case 3: {
                int ny = dimension(in);
                return lattice(1, ny, 0, 0, 0, in.unsigned());
            }
            case 4:
            case 5:
            case 6:
            case 7: {
                int n = dimension(in);
                long grid = (type == 5 || type == 7) ? in.unsigned() : 1;
                boolean alongX = type == 4 || type == 5;
                long[] o = new long[16];
                long p = 0;
                for (int k = 1; k < n; k++) {
                    p += in.unsigned() * grid;
                    o = grow(o, k);
                    o[2 * k + (alongX ? 0 : 1)] = p;
                }
                return explicit(o, n);
            }
            case 8: {
                int n = dimension(in);
                int m = dimension(in);
                long[] a = gDelta(in);
                long[] b = gDelta(in);
                return lattice(n, m, a[0], a[1], b[0], b[1]);
            }
            case 9: {
                int n = dimension(in);
                long[] a = gDelta(in);
                return lattice(n, 1, a[0], a[1], 0, 0);
            }
            case 10:
            case 11: {
                int n = dimension(in);
                long grid = type == 11 ? in.unsigned() : 1;
                long[] o = new long[16];
                long x = 0;
                long y = 0;
                for (int k = 1; k < n; k++) {
                    long[] d = gDelta(in);
                    x += d[0] * grid;
                    y += d[1] * grid;
                    o = grow(o, k);
                    o[2 * k] = x;
                    o[2 * k + 1] = y;
                }
                return explicit(o, n);
            }
            default:
                throw in.error("invalid repetition type " + type + " (0 to 11)");
        }
    }

    /** A dimension field holds the count minus 2. */
    private static int dimension(OasisInput in) {
        long d = in.unsigned();
        if (d > Integer.MAX_VALUE - 2) {
            throw in.error("repetition dimension " + d + " is too large");
        }
        return (int) d + 2;
    }

    private static long[] grow(long[] o, int k) {
        return 2 * k + 1 < o.length ? o : Arrays.copyOf(o, 2 * o.length);
    }

    /** A g-delta: an octangular step (form 1) or any (x, y) step (form 2). */
    static long[] gDelta(OasisInput in) {
        long u = in.unsigned();
        if ((u & 1) == 0) {
            long m = u >>> 4;
            return octangular(in, (int) ((u >>> 1) & 7), m);
        }
        long x = (u & 2) != 0 ? -(u >>> 2) : (u >>> 2);
        long y = in.signed();
        return new long[] {x, y};
    }

    /** Direction 0..7: E, N, W, S, NE, NW, SW, SE. */
    static long[] octangular(OasisInput in, int dir, long m) {
        return switch (dir) {
            case 0 -> new long[] {m, 0};
            case 1 -> new long[] {0, m};
            case 2 -> new long[] {-m, 0};
            case 3 -> new long[] {0, -m};
            case 4 -> new long[] {m, m};
            case 5 -> new long[] {-m, m};
            case 6 -> new long[] {-m, -m};
            default -> new long[] {m, -m};
        };
    }
}
