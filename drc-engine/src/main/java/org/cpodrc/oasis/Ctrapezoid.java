package org.cpodrc.oasis;

/**
 * The 26 compact trapezoid shapes of OASIS CTRAPEZOID, as KLayout builds them (checked point by
 * point against KLayout reading the same bytes): each vertex is {@code (a·w + b·h, c·w + d·h)}.
 * Types 16 to 19 and 25 use the width only (height = width), types 20 and 21 the height only
 * (width = 2·height), types 22 and 23 the width only (height = 2·width).
 */
final class Ctrapezoid {
    /** Per type, per vertex {a, b, c, d}. */
    private static final int[][][] TABLE = {
        {{0, 0, 0, 0}, {0, 0, 0, 1}, {1, -1, 0, 1}, {1, 0, 0, 0}},   // 0
        {{0, 0, 0, 0}, {0, 0, 0, 1}, {1, 0, 0, 1}, {1, -1, 0, 0}},   // 1
        {{0, 0, 0, 0}, {0, 1, 0, 1}, {1, 0, 0, 1}, {1, 0, 0, 0}},    // 2
        {{0, 1, 0, 0}, {0, 0, 0, 1}, {1, 0, 0, 1}, {1, 0, 0, 0}},    // 3
        {{0, 0, 0, 0}, {0, 1, 0, 1}, {1, -1, 0, 1}, {1, 0, 0, 0}},   // 4
        {{0, 1, 0, 0}, {0, 0, 0, 1}, {1, 0, 0, 1}, {1, -1, 0, 0}},   // 5
        {{0, 0, 0, 0}, {0, 1, 0, 1}, {1, 0, 0, 1}, {1, -1, 0, 0}},   // 6
        {{0, 1, 0, 0}, {0, 0, 0, 1}, {1, -1, 0, 1}, {1, 0, 0, 0}},   // 7
        {{0, 0, 0, 0}, {0, 0, 0, 1}, {1, 0, -1, 1}, {1, 0, 0, 0}},   // 8
        {{0, 0, 0, 0}, {0, 0, -1, 1}, {1, 0, 0, 1}, {1, 0, 0, 0}},   // 9
        {{0, 0, 0, 0}, {0, 0, 0, 1}, {1, 0, 0, 1}, {1, 0, 1, 0}},    // 10
        {{1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {1, 0, 0, 1}},    // 11
        {{0, 0, 0, 0}, {0, 0, 0, 1}, {1, 0, -1, 1}, {1, 0, 1, 0}},   // 12
        {{1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, -1, 1}, {1, 0, 0, 1}},   // 13
        {{0, 0, 0, 0}, {0, 0, -1, 1}, {1, 0, 0, 1}, {1, 0, 1, 0}},   // 14
        {{1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {1, 0, -1, 1}},   // 15
        {{0, 0, 0, 0}, {0, 0, 1, 0}, {1, 0, 0, 0}},                  // 16
        {{0, 0, 0, 0}, {0, 0, 1, 0}, {1, 0, 1, 0}},                  // 17
        {{0, 0, 0, 0}, {1, 0, 1, 0}, {1, 0, 0, 0}},                  // 18
        {{1, 0, 0, 0}, {0, 0, 1, 0}, {1, 0, 1, 0}},                  // 19
        {{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 2, 0, 0}},                  // 20
        {{0, 1, 0, 0}, {0, 0, 0, 1}, {0, 2, 0, 1}},                  // 21
        {{0, 0, 0, 0}, {0, 0, 2, 0}, {1, 0, 1, 0}},                  // 22
        {{1, 0, 0, 0}, {0, 0, 1, 0}, {1, 0, 2, 0}},                  // 23
        {{0, 0, 0, 0}, {0, 0, 0, 1}, {1, 0, 0, 1}, {1, 0, 0, 0}},    // 24
        {{0, 0, 0, 0}, {0, 0, 1, 0}, {1, 0, 1, 0}, {1, 0, 0, 0}},    // 25
    };

    static final int TYPES = TABLE.length;

    private Ctrapezoid() {
    }

    /** True for the types whose height is not read (it follows from the width). */
    static boolean widthOnly(int type) {
        return (type >= 16 && type <= 19) || type == 22 || type == 23 || type == 25;
    }

    /** True for the types whose width is not read (it follows from the height). */
    static boolean heightOnly(int type) {
        return type == 20 || type == 21;
    }

    /** Writes the vertices (relative to the origin) into out, for the full width and height; returns the vertex count. */
    static int points(int type, long w, long h, long[] out) {
        int[][] t = TABLE[type];
        for (int i = 0; i < t.length; i++) {
            out[2 * i] = t[i][0] * w + t[i][1] * h;
            out[2 * i + 1] = t[i][2] * w + t[i][3] * h;
        }
        return t.length;
    }
}
