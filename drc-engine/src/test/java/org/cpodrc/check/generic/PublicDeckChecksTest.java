package org.cpodrc.check.generic;

import static org.cpodrc.testutil.Polys.box;
import static org.cpodrc.testutil.Polys.polygon;
import static org.cpodrc.testutil.Polys.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;

/** notch, isolated, ongrid and edge_length: the checks public photonic KLayout decks use beyond width and space. */
class PublicDeckChecksTest {
    private static Rule rule(String check, Object... kv) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put((String) kv[i], kv[i + 1]);
        }
        return new Rule("R.1", check, Severity.ERROR, "test rule", null, p);
    }

    private static List<Violation> run(Check check, Rule rule, TestContext ctx) {
        check.run(rule, ctx, ctx);
        return ctx.violations;
    }

    /** A U whose arms are 50 apart, and a box 40 from its right side. */
    private static TestContext uAndNeighbour() {
        Polygon u = polygon(0, 0, 300, 0, 300, 400, 175, 400, 175, 100, 125, 100, 125, 400, 0, 400);
        return new TestContext().with("M", region(u, box(340, 0, 440, 400)));
    }

    @Test
    void notchIsTheSpaceWithinOneShapeAndIsolatedTheSpaceBetweenShapes() {
        List<Violation> notch = run(new NotchCheck(), rule("notch", "layer", "M", "min", 0.08), uAndNeighbour());
        assertEquals(1, notch.size());
        assertEquals("notch 0.050 um < 0.080 um", notch.get(0).message());
        assertEquals(List.of(125L, 100L, 175L, 400L), List.of(notch.get(0).x1(), notch.get(0).y1(), notch.get(0).x2(),
                notch.get(0).y2()));
        List<Violation> iso = run(new IsolatedCheck(), rule("isolated", "layer", "M", "min", 0.08), uAndNeighbour());
        assertEquals(1, iso.size());
        assertEquals("isolated 0.040 um < 0.080 um", iso.get(0).message());
        assertEquals(300, iso.get(0).x1());
        List<Violation> space = run(new SpaceCheck(), rule("space", "layer", "M", "min", 0.08), uAndNeighbour());
        assertEquals(2, space.size(), "space is both");
        // the options apply: projection needs facing edges, which both gaps have; a 45 nm limit drops the notch
        assertEquals(0, run(new NotchCheck(), rule("notch", "layer", "M", "min", 0.045), uAndNeighbour()).size());
    }

    @Test
    void ongridMarksEachOffGridVertexAsAPointPair() {
        TestContext ctx = new TestContext().with("A", region(box(0, 0, 1000, 1001), box(2000, 0, 3003, 500),
                box(10, 10, 503, 503))); // the last box lies inside the first: its vertices are not vertices of the merged layer
        List<Violation> v = run(new OnGridCheck(), rule("ongrid", "layer", "A", "grid", 0.005), ctx);
        assertEquals(4, v.size()); // (0,1001), (1000,1001), (3003,0), (3003,500)
        for (Violation x : v) {
            assertTrue(x.marker() instanceof MultiLineString m && m.getNumGeometries() == 2, "edge pair");
            assertEquals(x.x1(), x.x2());
            assertEquals(x.y1(), x.y2());
            assertTrue(x.message().contains("off the 0.005 um grid"), x.message());
        }
        assertEquals(2, run(new OnGridCheck(), rule("ongrid", "layer", "A", "grid", 0.001, "grid_y", 0.005),
                new TestContext().with("A", region(box(0, 0, 1000, 1001)))).size());
        assertThrows(InputException.class, () -> run(new OnGridCheck(), rule("ongrid", "layer", "A", "grid", 0.0005),
                new TestContext().with("A", region(box(0, 0, 1000, 1000)))));
    }

    @Test
    void edgeLengthComparesLengthsRoundedToWholeUnitsAsKLayout() {
        // slanted edges of 1000.42 and 1000.61 units: the first rounds to 1000, the second to 1001
        TestContext ctx = new TestContext().with("V", region(polygon(0, 0, 1000, 29, 1000, 2000, 0, 2000),
                polygon(3000, 0, 4000, 35, 4000, 2000, 3000, 2000)));
        List<Violation> exact = run(new EdgeLengthCheck(), rule("edge_length", "layer", "V", "min", 1.0, "max", 1.0), ctx);
        assertEquals(5, exact.size(), "all but the three 1000-unit edges");
        assertTrue(exact.stream().allMatch(x -> x.marker() instanceof LineString l && l.getNumPoints() == 2));
        assertTrue(exact.stream().anyMatch(x -> x.message().equals("V edge 1.001 um longer than 1.0 um")),
                exact.stream().map(Violation::message).toList().toString());
        List<Violation> shortOnes = run(new EdgeLengthCheck(), rule("edge_length", "layer", "V", "min", 1.001),
                new TestContext().with("V", region(polygon(0, 0, 1000, 29, 1000, 2000, 0, 2000))));
        assertEquals(2, shortOnes.size());
        assertEquals(1.0, shortOnes.get(0).measuredUm(), 1e-12);
        assertThrows(InputException.class, () -> run(new EdgeLengthCheck(), rule("edge_length", "layer", "V"), ctx));
    }

    @Test
    void registeredAndDocumented() {
        for (String name : List.of("notch", "isolated", "ongrid", "edge_length")) {
            Check c = CheckRegistry.standard().find(name).orElseThrow(() -> new AssertionError(name));
            assertTrue(c.parameters().stream().allMatch(p -> !p.doc().isBlank()), name);
        }
    }
}
