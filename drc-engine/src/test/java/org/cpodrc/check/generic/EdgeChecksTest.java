package org.cpodrc.check.generic;

import static org.cpodrc.testutil.Polys.box;
import static org.cpodrc.testutil.Polys.polygon;
import static org.cpodrc.testutil.Polys.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;

class EdgeChecksTest {

    private static Rule rule(String check, String template, Object... kv) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            p.put((String) kv[i], kv[i + 1]);
        }
        return new Rule("R.1", check, Severity.ERROR, "test rule", template, p);
    }

    private static List<Violation> run(Check check, Rule rule, TestContext ctx) {
        check.run(rule, ctx, ctx);
        return ctx.violations;
    }

    @Test
    void widthReportsTheNarrowSidesWithMeasuredAndRequired() {
        TestContext ctx = new TestContext().with("WG", region(box(0, 0, 1000, 100)));
        List<Violation> v = run(new WidthCheck(), rule("width", null, "layer", "WG", "min", 0.12), ctx);
        assertEquals(1, v.size());
        Violation x = v.get(0);
        assertEquals("width 0.100 um < 0.120 um", x.message());
        assertEquals(0.1, x.measuredUm(), 1e-12);
        assertEquals(0.12, x.requiredUm(), 1e-12);
        assertEquals(List.of(0L, 0L, 1000L, 100L), List.of(x.x1(), x.y1(), x.x2(), x.y2()));
        assertTrue(x.marker() instanceof MultiLineString m && m.getNumGeometries() == 2);
        assertEquals("TOP", x.cell());
        assertEquals("R.1", x.rule());
    }

    @Test
    void spaceFlagsNotchesInsideOneShape() {
        // a U whose arms are 50 apart: the notch is a space violation of one polygon
        Polygon u = polygon(0, 0, 300, 0, 300, 400, 175, 400, 175, 100, 125, 100, 125, 400, 0, 400);
        TestContext ctx = new TestContext().with("M", region(u));
        List<Violation> v = run(new SpaceCheck(), rule("space", null, "layer", "M", "min", 0.08), ctx);
        assertEquals(1, v.size());
        assertEquals("space 0.050 um < 0.080 um", v.get(0).message());
    }

    @Test
    void separationMeasuresBetweenLayersOnly() {
        TestContext ctx = new TestContext()
                .with("A", region(box(0, 0, 100, 100), box(130, 0, 230, 100)))
                .with("B", region(box(300, 0, 400, 100)));
        List<Violation> v = run(new SeparationCheck(), rule("separation", null, "layer", "A", "other", "B", "min", 0.1), ctx);
        // only the 70 nm gap between A and B counts; the 30 nm gap inside A is not a separation
        assertEquals(1, v.size());
        assertEquals(0.07, v.get(0).measuredUm(), 1e-12);
    }

    @Test
    void enclosureFlagsCloseEdgesAndPartsOutside() {
        TestContext ctx = new TestContext()
                .with("OUT", region(box(0, 0, 1000, 1000)))
                .with("IN", region(box(100, 400, 300, 600), box(900, 400, 1100, 600)));
        List<Violation> v = run(new EnclosureCheck(), rule("enclosure", null, "outer", "OUT", "inner", "IN", "min", 0.15), ctx);
        long edgeMarkers = v.stream().filter(x -> x.marker() instanceof MultiLineString).count();
        List<Violation> outside = v.stream().filter(x -> x.marker() instanceof Polygon).toList();
        assertEquals(1, edgeMarkers, "the first inner box sits 100 nm from the left edge");
        assertEquals(1, outside.size(), "the second inner box sticks out on the right");
        assertEquals(100 * 200, outside.get(0).marker().getArea(), 1e-9);
        assertEquals("IN not inside OUT: 0.020000 um2 outside", outside.get(0).message());
        assertTrue(Double.isNaN(outside.get(0).measuredUm()));
    }

    @Test
    void messageTemplateSubstitutesValuesAndParameters() {
        TestContext ctx = new TestContext().with("WG", region(box(0, 0, 1000, 100)));
        List<Violation> v = run(new WidthCheck(), rule("width", "{layer} narrow: {measured} < {required} ({rule})",
                "layer", "WG", "min", 0.12), ctx);
        assertEquals("WG narrow: 0.100 um < 0.120 um (R.1)", v.get(0).message());
    }

    @Test
    void touchingCornersAreFlaggedUnlessIgnored() {
        TestContext ctx = new TestContext().with("M", region(box(0, 0, 100, 100), box(100, 100, 200, 200)));
        List<Violation> flagged = run(new WidthCheck(), rule("width", null, "layer", "M", "min", 0.05), ctx);
        assertEquals(2, flagged.size(), "KLayout flags both sides of a kissing corner");
        assertTrue(flagged.stream().allMatch(x -> x.measuredUm() == 0.0));
        TestContext ctx2 = new TestContext().with("M", region(box(0, 0, 100, 100), box(100, 100, 200, 200)));
        List<Violation> ignored = run(new WidthCheck(), rule("width", null, "layer", "M", "min", 0.05,
                "ignore_touching_corners", true), ctx2);
        assertEquals(List.of(), ignored);
    }

    @Test
    void squareMetricReachesAroundCornersEuclidianDoesNot() {
        // diagonal neighbours: corner to corner 50 nm in x and y (70.7 nm Euclidean)
        Map<String, List<Violation>> byMetric = new HashMap<>();
        for (String metric : List.of("euclidian", "square", "projection")) {
            TestContext ctx = new TestContext().with("M", region(box(0, 0, 100, 100), box(150, 150, 250, 250)));
            byMetric.put(metric, run(new SpaceCheck(), rule("space", null, "layer", "M", "min", 0.06, "metric", metric), ctx));
        }
        assertEquals(0, byMetric.get("euclidian").size());
        assertEquals(2, byMetric.get("square").size());
        assertEquals(0, byMetric.get("projection").size());
    }

    @Test
    void projectionLimitsSelectByFacingLength() {
        // two bars facing each other over 100 nm and 1000 nm
        TestContext ctx = new TestContext().with("M", region(box(0, 0, 1000, 100), box(0, 150, 1000, 250),
                box(2000, 0, 2100, 100), box(2000, 150, 2100, 250)));
        List<Violation> v = run(new SpaceCheck(), rule("space", null, "layer", "M", "min", 0.1,
                "projection_limits", new double[] {0.5, Double.POSITIVE_INFINITY}), ctx);
        assertEquals(1, v.size());
        assertEquals(0L, v.get(0).x1());
    }

    @Test
    void checksAreRegisteredWithTheirParameters() {
        CheckRegistry reg = CheckRegistry.standard();
        for (String name : List.of("width", "space", "separation", "enclosure")) {
            Check c = reg.find(name).orElseThrow(() -> new AssertionError(name + " not registered"));
            List<String> params = c.parameters().stream().map(ParamSpec::name).toList();
            assertTrue(params.containsAll(List.of("min", "metric", "angle_limit", "whole_edges", "projection_limits",
                    "ignore_touching_corners")), name + ": " + params);
        }
        assertTrue(reg.find("enclosure").get().parameters().stream().anyMatch(p -> p.name().equals("inner") && p.required()));
    }
}
