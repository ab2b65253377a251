package org.cpodrc.geom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Merged area and box under KLayout's semantics, on cases with known answers. */
class MergedAreaTest {
    static MergedArea.Result of(int[]... polys) {
        MergedArea m = new MergedArea();
        for (int[] p : polys) {
            m.add(p, p.length / 2);
        }
        return m.compute();
    }

    @Test
    void overlapsCountOnce() {
        MergedArea.Result r = of(new int[] {0, 0, 10, 0, 10, 10, 0, 10}, new int[] {5, 5, 15, 5, 15, 15, 5, 15});
        assertEquals(175, r.area(), 1e-9);
        assertArrayEquals(new long[] {0, 0, 15, 15}, r.bbox());
    }

    @Test
    void orientationDoesNotMatterAndPolygonsDoNotCancel() {
        // the second square is clockwise: KLayout still unites (each polygon's inside is its own)
        MergedArea.Result r = of(new int[] {0, 0, 10, 0, 10, 10, 0, 10}, new int[] {5, 5, 5, 15, 15, 15, 15, 5});
        assertEquals(175, r.area(), 1e-9);
    }

    @Test
    void figureEightKeepsBothLoops() {
        // KLayout: (0,0;100,100;100,0;0,100) merges to area 5000
        assertEquals(5000, of(new int[] {0, 0, 100, 100, 100, 0, 0, 100}).area(), 1e-9);
    }

    @Test
    void selfOverlapCountsOnce() {
        // a square traversed twice (winding 2) is still just the square
        assertEquals(100, of(new int[] {0, 0, 10, 0, 10, 10, 0, 10, 0, 0, 10, 0, 10, 10, 0, 10}).area(), 1e-9);
    }

    @Test
    void crossingsOffTheGridAreSnappedAsKLayoutDoes() {
        // KLayout merges these to (0,-5;0,2;5000,1;10000,3;10000,-5), area 67500 (exact union: 70000)
        MergedArea.Result r = of(new int[] {0, 0, 10000, 3, 10000, 0}, new int[] {0, 2, 10000, 1, 10000, -5, 0, -5});
        assertEquals(67500, r.area(), 1e-6);
    }

    @Test
    void aShapeMerelyTouchingTheBoxOfASnappedEdgeStillPullsIt() {
        // the square (2,0;4,2) crosses the triangle's edge (0,0;10,3) at (2,0.6), rounded to (2,1):
        // the edge is bent; the rectangle (5,3;9,5), whose box only touches the triangle's, has its
        // corner (9,3) within half a unit of that edge, so KLayout bends the edge through it too:
        // (2,0;2,2;4,2;4,1;9,3;5,3;5,5;9,5;9,3;10,3;10,0), area 25 (without the pull: 24)
        int[] rectangle = {5, 3, 9, 3, 9, 5, 5, 5};
        int[] triangle = {0, 0, 10, 3, 10, 0};
        int[] square = {2, 0, 4, 0, 4, 2, 2, 2};
        assertEquals(25, of(rectangle, triangle, square).area(), 1e-9);
        assertEquals(16, of(triangle, square).area(), 1e-9);
    }

    @Test
    void zeroAreaShapesHaveNoBox() {
        MergedArea.Result r = of(new int[] {0, 0, 10, 0, 20, 0});
        assertEquals(0, r.area(), 0);
        assertNull(r.bbox());
    }

    @Test
    void manyRectanglesMatchAPixelCount() {
        Random rnd = new Random(42);
        boolean[][] pix = new boolean[60][60];
        MergedArea m = new MergedArea();
        for (int k = 0; k < 300; k++) {
            int x = rnd.nextInt(50);
            int y = rnd.nextInt(50);
            int w = 1 + rnd.nextInt(10);
            int h = 1 + rnd.nextInt(10);
            m.add(new int[] {x, y, x + w, y, x + w, y + h, x, y + h}, 4);
            for (int i = x; i < x + w; i++) {
                for (int j = y; j < y + h; j++) {
                    pix[i][j] = true;
                }
            }
        }
        int count = 0;
        for (boolean[] col : pix) {
            for (boolean b : col) {
                count += b ? 1 : 0;
            }
        }
        assertEquals(count, m.compute().area(), 1e-9);
    }
}
