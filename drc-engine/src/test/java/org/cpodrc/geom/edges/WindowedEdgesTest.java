package org.cpodrc.geom.edges;

import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.polygon;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cpodrc.geom.Region;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link WindowedEdges#within} against the whole edge set ({@link EdgePairChecks.Edges#of}) cut to
 * the same window: the same edges in the same order, on the same layers, with polygons joined
 * alike and the same edge counts per joined polygon. The layouts are seeded and made to touch a
 * lot: boxes, diamonds and triangles on a coarse grid (corners on corners, corners on edges, holes
 * touched from inside), a frame, and a polygon of more than 4,096 vertices; narrow strips make the
 * joining pass cut edges and polygons many times.
 */
class WindowedEdgesTest {

    @Test
    void windowsHoldTheWholeSetsEdgesAndPolygons() {
        int splits = 0, joined = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Random rnd = new Random(seed);
            Region a = layout(rnd, 220, seed % 3 == 0);
            Region b = seed % 2 == 0 ? layout(rnd, 120, false) : null;
            EdgePairChecks.Edges whole = EdgePairChecks.Edges.of(a, b);
            for (long strip : new long[] {WindowedEdges.STRIP_VERTICES, 40, 7}) {
                WindowedEdges windowed = WindowedEdges.of(a, b, strip);
                assertEquals(whole.size(), windowed.size(), "edges, seed " + seed + ", strip " + strip);
                splits += windowed.splitEdges();
                joined += windowed.joinedPolygons();
                long[] all = windowed.bounds();
                compare(whole, windowed, all, "whole extent, seed " + seed);
                for (int w = 0; w < 25; w++) {
                    long x1 = all[0] + rnd.nextInt((int) (all[2] - all[0] + 1));
                    long y1 = all[1] + rnd.nextInt((int) (all[3] - all[1] + 1));
                    long[] win = {x1, y1, x1 + rnd.nextInt(300), y1 + rnd.nextInt(300)};
                    compare(whole, windowed, win, "seed " + seed + ", strip " + strip + ", window " + w);
                }
            }
        }
        // the layouts exercise both kinds of touching
        assertTrue(splits > 30 && joined > 30, splits + " split edges, " + joined + " joined polygons");
    }

    @Test
    void aCornerOnAnEdgeSplitsItAndJoinsTheTwoPolygons() {
        Polygon base = rect(0, 0, 40, 20);
        Polygon tip = polygon(20, 20, 30, 30, 10, 30); // its lowest corner on the base's top edge
        Region layer = Region.of(List.of(base, tip)).merged();
        WindowedEdges windowed = WindowedEdges.of(layer, null);
        EdgePairChecks.Edges top = windowed.within(0, 20, 40, 20);
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            edges.add(top.edgeAt(i).toString());
        }
        assertTrue(edges.contains("(0,20;20,20)") && edges.contains("(20,20;40,20)"), edges.toString());
        assertEquals(top.ownerAt(0), top.ownerAt(top.size() - 1), "joined into one polygon");
        assertEquals(4 + 1 + 3, top.ownerEdgesAt(0), "the base's four edges, one split, and the tip's three");
    }

    private static void compare(EdgePairChecks.Edges whole, WindowedEdges windowed, long[] w, String what) {
        EdgePairChecks.Edges got = windowed.within(w[0], w[1], w[2], w[3]);
        List<Integer> want = new ArrayList<>();
        for (int i = 0; i < whole.size(); i++) {
            Edge e = whole.edgeAt(i);
            if (Math.max(e.x1(), e.x2()) >= w[0] && Math.min(e.x1(), e.x2()) <= w[2]
                    && Math.max(e.y1(), e.y2()) >= w[1] && Math.min(e.y1(), e.y2()) <= w[3]) {
                want.add(i);
            }
        }
        assertEquals(want.size(), got.size(), what);
        Map<Integer, Integer> owners = new HashMap<>();
        Map<Integer, Integer> back = new HashMap<>();
        for (int k = 0; k < want.size(); k++) {
            int i = want.get(k);
            Edge e = whole.edgeAt(i), g = got.edgeAt(k);
            assertArrayEquals(new long[] {e.x1(), e.y1(), e.x2(), e.y2()}, new long[] {g.x1(), g.y1(), g.x2(), g.y2()},
                    what + ", edge " + k);
            assertEquals(whole.secondAt(i), got.secondAt(k), what + ", layer of edge " + k);
            assertEquals(whole.ownerEdgesAt(i), got.ownerEdgesAt(k), what + ", polygon edges of edge " + k);
            // the same partition into polygons: owner numbers may differ, one for one
            int mine = got.ownerAt(k), theirs = whole.ownerAt(i);
            assertEquals(owners.computeIfAbsent(theirs, o -> mine), mine, what + ", polygon of edge " + k);
            assertEquals(back.computeIfAbsent(mine, o -> theirs), theirs, what + ", polygon of edge " + k);
        }
    }

    /** Shapes on a grid of 10 that touch and overlap often, optionally with a frame and a large round polygon. */
    private static Region layout(Random rnd, int shapes, boolean large) {
        List<Polygon> ps = new ArrayList<>();
        for (int i = 0; i < shapes; i++) {
            long x = 10L * rnd.nextInt(60), y = 10L * rnd.nextInt(60);
            int kind = rnd.nextInt(10);
            if (kind < 6) {
                ps.add(rect(x, y, x + 10L * (1 + rnd.nextInt(4)), y + 10L * (1 + rnd.nextInt(4))));
            } else if (kind < 8) {
                long r = 10L * (1 + rnd.nextInt(2));
                ps.add(polygon(x, y - r, x + r, y, x, y + r, x - r, y));
            } else {
                ps.add(polygon(x, y, x + 20, y + 10, x + 10, y + 30));
            }
        }
        ps.add(frame(-100, -100, 700, 700, 20));
        if (large) {
            // a polygon of more than 4,096 vertices (its rings are kept once built) around the rest
            Polygon disc = circle(300, 300, 5000, 5000);
            ps.add(Region.FACTORY.createPolygon(disc.getExteriorRing(),
                    new org.locationtech.jts.geom.LinearRing[] {rect(-150, -150, 750, 750).getExteriorRing()}));
        }
        return Region.of(ps).merged();
    }

    private static Polygon frame(long x1, long y1, long x2, long y2, long w) {
        Polygon outer = rect(x1, y1, x2, y2);
        return Region.FACTORY.createPolygon(outer.getExteriorRing(),
                new org.locationtech.jts.geom.LinearRing[] {rect(x1 + w, y1 + w, x2 - w, y2 - w).getExteriorRing()});
    }
}
