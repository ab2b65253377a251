package org.cpodrc.geom;

import static org.cpodrc.testutil.Polys.box;
import static org.cpodrc.testutil.Polys.polygon;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link Region#rectangles}: boxes of the merged region, as KLayout's rectangles / non_rectangles. */
class RegionRectanglesTest {
    @Test
    void boxesOfTheMergedRegionOnly() {
        Region r = Region.of(List.of(
                box(0, 0, 1000, 500), box(500, 0, 1500, 2000),          // overlapping: one L shape
                box(3000, 0, 4000, 500),                                  // a box
                polygon(5000, 0, 6003, 0, 6003, 500, 5500, 500, 5000, 500),  // a box with a collinear extra vertex
                polygon(7000, 0, 8000, 100, 7900, 1100, 6900, 1000),         // a rotated rectangle: not a box
                box(9000, 0, 10000, 1000), box(10000, 1000, 11000, 2000), // touching in a corner: one polygon
                box(12000, 0, 12100, 5000), box(12100, 4000, 12200, 4500), // abutting: merged into one
                polygon(14000, 0, 15000, 0, 15000, 1000, 14000, 1000), box(14200, 200, 14300, 300)));
        Region rects = r.rectangles(true);
        assertEquals(3, rects.size(), rects.polygons().toString());
        assertEquals(5, r.rectangles(false).size());
    }

    @Test
    void aBoxNearButNotTouchingASlantedShapeIsABox() {
        Region r = Region.of(List.of(box(376508, 73410, 377534, 74238), polygon(375957, 73922, 375685, 76644, 377952, 76094),
                box(375247, 73037, 376249, 73752)));
        assertEquals(2, r.rectangles(true).size());
    }
}
