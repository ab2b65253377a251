package org.cpodrc.geom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BoxIndexTest {
    /** Every query answers exactly the boxes a brute-force closed-box test finds, each once. */
    @Test
    void findsTheSameBoxesAsBruteForce() {
        Random r = new Random(42);
        for (int round = 0; round < 20; round++) {
            int n = 1 + r.nextInt(400);
            long[] box = new long[4 * n];
            for (int i = 0; i < n; i++) {
                long x = r.nextInt(10_000) - 5_000, y = r.nextInt(10_000) - 5_000;
                // mostly small boxes, some degenerate (points, edges), a few spanning the whole extent
                long w = r.nextInt(10) == 0 ? r.nextInt(12_000) : r.nextInt(3) == 0 ? 0 : r.nextInt(300);
                long h = r.nextInt(10) == 0 ? r.nextInt(12_000) : r.nextInt(3) == 0 ? 0 : r.nextInt(300);
                box[4 * i] = x;
                box[4 * i + 1] = y;
                box[4 * i + 2] = x + w;
                box[4 * i + 3] = y + h;
            }
            BoxIndex index = new BoxIndex(box, n);
            for (int q = 0; q < 200; q++) {
                long x1 = r.nextInt(14_000) - 7_000, y1 = r.nextInt(14_000) - 7_000;
                long x2 = x1 + r.nextInt(q % 2 == 0 ? 50 : 3_000), y2 = y1 + r.nextInt(q % 2 == 0 ? 50 : 3_000);
                int hits = index.query(x1, y1, x2, y2);
                int[] found = Arrays.copyOf(index.hits(), hits);
                Arrays.sort(found);
                int[] expected = IntStream.range(0, n).filter(i -> box[4 * i] <= x2 && x1 <= box[4 * i + 2]
                        && box[4 * i + 1] <= y2 && y1 <= box[4 * i + 3]).toArray();
                assertArrayEquals(expected, found, "round " + round + " query " + q);
            }
        }
    }

    @Test
    void touchingCountsAndAnEmptyIndexFindsNothing() {
        long[] box = {0, 0, 10, 10, 10, 10, 20, 20, 30, 0, 40, 5};
        BoxIndex index = new BoxIndex(box, 3);
        assertEquals(2, index.query(10, 10, 10, 10), "two boxes share the corner (10, 10)");
        assertEquals(0, index.query(21, 0, 29, 9));
        assertEquals(0, new BoxIndex(new long[0], 0).query(0, 0, 100, 100));
    }
    /** A point index answers exactly as a box index over the same points as zero-size boxes, in the same order. */
    @Test
    void pointIndexGivesTheHitsOfZeroSizeBoxesInTheSameOrder() {
        Random r = new Random(43);
        for (int round = 0; round < 10; round++) {
            int n = 1 + r.nextInt(2_000);
            long[] xy = new long[2 * n];
            long[] box = new long[4 * n];
            for (int i = 0; i < n; i++) {
                long x = r.nextInt(r.nextBoolean() ? 100 : 10_000), y = r.nextInt(10_000); // some on shared x
                xy[2 * i] = box[4 * i] = box[4 * i + 2] = x;
                xy[2 * i + 1] = box[4 * i + 1] = box[4 * i + 3] = y;
            }
            BoxIndex points = BoxIndex.ofPoints(xy, n);
            BoxIndex boxes = new BoxIndex(box, n);
            for (int q = 0; q < 200; q++) {
                long x1 = r.nextInt(11_000) - 500, y1 = r.nextInt(11_000) - 500;
                long x2 = x1 + r.nextInt(2_000), y2 = y1 + r.nextInt(2_000);
                int k = points.query(x1, y1, x2, y2);
                assertEquals(boxes.query(x1, y1, x2, y2), k);
                assertArrayEquals(Arrays.copyOf(boxes.hits(), k), Arrays.copyOf(points.hits(), k));
                assertArrayEquals(boxes.queryAll(x1, y1, x2, y2), points.queryAll(x1, y1, x2, y2));
            }
        }
    }
}
