package org.cpodrc.flatten;

import java.util.Arrays;

/** A growable list of packed (x, y) int pairs, reused to avoid garbage in the flattening loops. */
final class IntBuffer {
    int[] data = new int[64];
    int size;

    void add(int x, int y) {
        if (size + 2 > data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = x;
        data[size++] = y;
    }

    int points() {
        return size / 2;
    }

    void clear() {
        size = 0;
    }
}
