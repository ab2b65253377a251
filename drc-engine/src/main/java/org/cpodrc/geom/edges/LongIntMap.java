package org.cpodrc.geom.edges;

import java.util.Arrays;

/**
 * A map from long keys to non-negative ints with open addressing: the edge checks look up one
 * entry per polygon vertex (millions), where boxed HashMap entries cost more than the check.
 */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(values, -1);
    }

    /** Stores value under key unless the key is present; returns the present value, or -1. */
    int putIfAbsent(long key, int value) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (values[i] < 0) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return -1;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        Arrays.fill(values, -1);
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (v[i] >= 0) {
                putIfAbsent(k[i], v[i]);
            }
        }
    }
}
