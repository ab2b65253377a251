package org.cpodrc.check.packaging;

import static org.cpodrc.check.packaging.Rules.rule;
import static org.cpodrc.check.packaging.TestShapes.rect;
import static org.cpodrc.check.packaging.TestShapes.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.Metric;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.junit.jupiter.api.Test;

class EdgeBandwidthCheckTest {
    private final EdgeBandwidthCheck check = new EdgeBandwidthCheck();

    /** A 5 mm × 5 mm die at the origin and n ports at 127 µm just inside its west edge, from y = 1000 µm. */
    private static TestContext westArray(int n) {
        TestContext ctx = new TestContext();
        ctx.add("DIE", rect(2500, 2500, 5000, 5000));
        for (int i = 0; i < n; i++) {
            ctx.add("P", square(10, 1000 + 127 * i, 5));
        }
        return ctx;
    }

    private static Rule bw(Object... extra) {
        List<Object> kv = new ArrayList<>(List.of("die", "DIE", "ports", "P", "target", "chiplet-3tbps"));
        kv.addAll(List.of(extra));
        return rule("edge_bandwidth", kv.toArray());
    }

    private RecordingSink run(Rule rule, TestContext ctx) {
        RecordingSink sink = new RecordingSink();
        check.run(rule, ctx, sink);
        return sink;
    }

    private static double num(Metric m, String field) {
        return ((Number) m.fields().get(field)).doubleValue();
    }

    @Test
    void domainWorkedExampleSixteenFibersAt127() {
        RecordingSink sink = run(bw("lanes_per_port", 1L, "gbps_per_lane", 200.0), westArray(16));
        assertEquals(1, sink.metrics.size());
        Metric m = sink.metrics.get(0);
        assertEquals("edge_bandwidth", m.name());
        assertEquals(List.of("die", "edge", "ports", "gbps", "shoreline_mm", "value", "unit", "target", "target_name",
                "counting", "ratio", "basis"), List.copyOf(m.fields().keySet()));
        assertEquals(0, m.fields().get("die"));
        assertEquals("west", m.fields().get("edge"));
        assertEquals(16, m.fields().get("ports"));
        assertEquals(3200.0, num(m, "gbps"), 1e-9);
        assertEquals(2.032, num(m, "shoreline_mm"), 1e-9);
        assertEquals(1.575, num(m, "value"), 5e-4);
        assertEquals(3200.0 / 2.032 / 1000, num(m, "value"), 1e-9);
        assertEquals(3.0, num(m, "target"));
        assertEquals("chiplet-3tbps", m.fields().get("target_name"));
        assertEquals("aggregate", m.fields().get("counting"));
        assertEquals(0.525, num(m, "ratio"), 5e-4);
        assertEquals(List.of("1.575 Tbps/mm vs chiplet-3tbps 3.0: 0.52× (1.9× short) on die 0 west edge: "
                + "16 ports, 3200 Gbps over 2.032 mm"), sink.messages());
        assertEquals(1.5748, sink.violations.get(0).measuredUm(), 1e-4);
        assertEquals(3.0, sink.violations.get(0).requiredUm());
        // marker: the ports and the occupied stretch of the west edge, half a pitch beyond the outer ports
        Violation v = sink.violations.get(0);
        assertEquals(List.of(0L, 936500L, 12500L, 2968500L), List.of(v.x1(), v.y1(), v.x2(), v.y2()));
    }

    @Test
    void laserFibersWithoutRateLabelsOccupyShorelineButCarryNothing() {
        TestContext ctx = westArray(18);
        for (int i = 1; i < 17; i++) { // ports 0 and 17 are the laser-supply fibers
            ctx.label("T", "1x200G", 10, 1000 + 127 * i);
        }
        ctx.label("T", "opt_in_TE_1550_device", 10, 1000); // not a rate: ignored
        Metric m = run(bw("labels", "T"), ctx).metrics.get(0);
        assertEquals(18, m.fields().get("ports"));
        assertEquals(3200.0, num(m, "gbps"), 1e-9);
        assertEquals(2.286, num(m, "shoreline_mm"), 1e-9);
        assertEquals(1.40, num(m, "value"), 5e-3);
    }

    @Test
    void labelsGiveLanesTimesRate() {
        TestContext ctx = westArray(16);
        for (int i = 0; i < 16; i++) {
            ctx.label("T", "8x200G", 10 + 2.5, 1000 + 127 * i); // on the port's edge counts too
        }
        RecordingSink sink = run(bw("labels", "T", "gbps_per_lane", 100.0), ctx);
        Metric m = sink.metrics.get(0);
        assertEquals(25600.0, num(m, "gbps"), 1e-9);
        assertEquals(12.6, num(m, "value"), 0.01);
        assertEquals(List.of(), sink.messages());
    }

    @Test
    void conflictingLabelsAreReportedAndTheSmallerCounts() {
        TestContext ctx = westArray(2);
        ctx.label("T", "400G", 10, 1000).label("T", "8x200G", 11, 1001);
        RecordingSink sink = run(bw("labels", "T", "target", "0.1Tbps/mm"), ctx);
        assertEquals(List.of("port at (10.000, 1000.000) has conflicting bandwidth labels 400G, 8x200G; counted as 400 Gbps"),
                sink.messages());
        assertEquals(400.0, num(sink.metrics.get(0), "gbps"), 1e-9);
    }

    @Test
    void edgeBasisUsesTheWholeEdge() {
        Metric m = run(bw("gbps_per_lane", 200.0, "basis", "edge"), westArray(16)).metrics.get(0);
        assertEquals(5.0, num(m, "shoreline_mm"), 1e-9);
        assertEquals(0.64, num(m, "value"), 1e-9);
        assertEquals("edge", m.fields().get("basis"));
    }

    @Test
    void fauOverheadAndPitchParameterLengthenTheSpan() {
        Metric m = run(bw("gbps_per_lane", 200.0, "pitch", 250.0, "fau_overhead", 500.0), westArray(16)).metrics.get(0);
        assertEquals((15 * 127 + 250 + 500) / 1000.0, num(m, "shoreline_mm"), 1e-9);
    }

    @Test
    void perDirectionHalvesTheValueAndConvertsAggregatePresets() {
        RecordingSink sink = run(bw("gbps_per_lane", 200.0, "counting", "per_direction"), westArray(16));
        Metric m = sink.metrics.get(0);
        assertEquals(3200.0 / 2.032 / 1000 / 2, num(m, "value"), 1e-9);
        assertEquals(1.5, num(m, "target"), 1e-9);
        assertEquals(0.5249, num(m, "ratio"), 1e-4);
        assertEquals("per_direction", m.fields().get("counting"));
        assertTrue(sink.messages().get(0).startsWith(
                "0.787 Tbps/mm per direction vs chiplet-3tbps 1.5 (3.0 aggregate): 0.52× (1.9× short)"), sink.messages().get(0));
    }

    @Test
    void perDirectionPresetIsDoubledForAggregateCounting() {
        // 2 ports of 200G at 127 um: 400 / 0.254 mm = 1.575 Tbps/mm aggregate
        Metric agg = run(bw("gbps_per_lane", 200.0, "target", "oif-3.2t-module"), westArray(2)).metrics.get(0);
        assertEquals(0.28, num(agg, "target"), 1e-9);
        Metric dir = run(bw("gbps_per_lane", 200.0, "target", "oif-3.2t-module", "counting", "per_direction"),
                westArray(2)).metrics.get(0);
        assertEquals(0.14, num(dir, "target"), 1e-9);
        assertEquals(num(agg, "ratio"), num(dir, "ratio"), 1e-9);
    }

    @Test
    void minRatioLowersTheBar() {
        // 1.575 vs 3.0: ratio 0.525; passes with min_ratio 0.5, fails with 0.6
        assertEquals(0, run(bw("gbps_per_lane", 200.0, "min_ratio", 0.5), westArray(16)).violations.size());
        RecordingSink sink = run(bw("gbps_per_lane", 200.0, "min_ratio", 0.6), westArray(16));
        assertTrue(sink.messages().get(0).startsWith("1.575 Tbps/mm vs chiplet-3tbps 3.0 × min_ratio 0.6: 0.52× (1.1× short)"),
                sink.messages().get(0));
        assertEquals(1.8, sink.violations.get(0).requiredUm(), 1e-9);
    }

    @Test
    void portsBelongToTheirNearestEdgeAndFarPortsAreIgnored() {
        TestContext ctx = new TestContext();
        ctx.add("DIE", rect(8000, 2500, 5000, 5000)); // die 1, right of die 0 with a 500 um gap
        ctx.add("DIE", rect(2500, 2500, 5000, 5000)); // die 0
        for (int i = 0; i < 4; i++) {
            ctx.add("P", square(1000 + 127 * i, 4990, 5)); // die 0 north
            ctx.add("P", square(10495, 1000 + 250 * i, 5)); // die 1 east
        }
        ctx.add("P", square(2500, 2500, 5)); // the middle of die 0: 2.5 mm from every edge
        RecordingSink sink = run(bw("gbps_per_lane", 200.0, "max_edge_distance", 100.0), ctx);
        assertEquals(2, sink.metrics.size());
        assertEquals(List.of(0, "north", 4), List.of(sink.metrics.get(0).fields().get("die"),
                sink.metrics.get(0).fields().get("edge"), sink.metrics.get(0).fields().get("ports")));
        assertEquals(List.of(1, "east", 4), List.of(sink.metrics.get(1).fields().get("die"),
                sink.metrics.get(1).fields().get("edge"), sink.metrics.get(1).fields().get("ports")));
        assertEquals(1.0, num(sink.metrics.get(1), "shoreline_mm"), 1e-9);
    }

    @Test
    void twoRowsOnOneEdgeOccupyOneRowOfShoreline() {
        TestContext ctx = new TestContext();
        ctx.add("DIE", rect(2500, 2500, 5000, 5000));
        for (int i = 0; i < 12; i++) {
            ctx.add("P", square(10, 1000 + 250 * i, 5));
            ctx.add("P", square(260, 1000 + 250 * i, 5));
        }
        Metric m = run(bw("gbps_per_lane", 200.0), ctx).metrics.get(0);
        assertEquals(24, m.fields().get("ports"));
        assertEquals(3.0, num(m, "shoreline_mm"), 1e-9);
    }

    @Test
    void aLonePortUsesThePitchParameterOrElseTheWholeEdge() {
        Metric withPitch = run(bw("gbps_per_lane", 400.0, "pitch", 127.0), westArray(1)).metrics.get(0);
        assertEquals(0.127, num(withPitch, "shoreline_mm"), 1e-9);
        assertEquals("span", withPitch.fields().get("basis"));
        Metric without = run(bw("gbps_per_lane", 400.0), westArray(1)).metrics.get(0);
        assertEquals(5.0, num(without, "shoreline_mm"), 1e-9);
        assertEquals("edge", without.fields().get("basis"));
    }

    @Test
    void literalAndDeckTargets() {
        Metric lit = run(bw("gbps_per_lane", 200.0, "target", "1317GB/s/mm"), westArray(16)).metrics.get(0);
        assertEquals(10.536, num(lit, "target"), 1e-9);
        assertEquals("1317GB/s/mm", lit.fields().get("target_name"));
        RecordingSink sink = run(bw("gbps_per_lane", 200.0, "target", "1.5Tbps/mm"), westArray(16));
        assertEquals(List.of(), sink.messages());

        TestContext ctx = westArray(16).target("chiplet-3tbps", 1.2).target("house", 2.0);
        assertEquals(1.2, num(run(bw("gbps_per_lane", 200.0), ctx).metrics.get(0), "target"));
        RecordingSink house = run(bw("gbps_per_lane", 200.0, "target", "house"), ctx);
        assertTrue(house.messages().get(0).startsWith("1.575 Tbps/mm vs house 2.0: 0.79×"), house.messages().get(0));
    }

    @Test
    void unknownTargetAndMissingRateAreInputErrors() {
        InputException unknown = assertThrows(InputException.class,
                () -> run(bw("gbps_per_lane", 200.0, "target", "chiplet-4tbps"), westArray(2)));
        assertTrue(unknown.getMessage().startsWith("rule R.1: target 'chiplet-4tbps' is neither"), unknown.getMessage());
        InputException noRate = assertThrows(InputException.class, () -> run(bw(), westArray(2)));
        assertEquals("rule R.1: edge_bandwidth needs gbps_per_lane or labels", noRate.getMessage());
    }

    @Test
    void everyPresetAndAlias() {
        Map<String, Double> values = Map.of("chiplet-3tbps", 3.0, "cpo-today", 0.5, "ucie-s-16g", 0.90,
                "ucie-s-32g", 1.79, "ucie-a-16g", 5.27, "ucie-a-32g", 10.5, "oif-3.2t-module", 0.14,
                "ucie-standard", 1.79, "ucie-advanced", 10.5);
        for (Map.Entry<String, Double> e : values.entrySet()) {
            BandwidthTargets.Target t = BandwidthTargets.resolve(e.getKey(), Map.of()).orElseThrow();
            assertEquals(e.getValue(), t.tbpsPerMm(), 1e-9, e.getKey());
            assertEquals(e.getKey(), t.name());
            assertEquals(e.getKey().startsWith("oif"), t.perDirection(), e.getKey());
            // the metric of 16 x 200G at 127 um against it
            Metric m = run(bw("gbps_per_lane", 200.0, "target", e.getKey()), westArray(16)).metrics.get(0);
            double aggregateTarget = e.getValue() * (e.getKey().startsWith("oif") ? 2 : 1);
            assertEquals(3200.0 / 2.032 / 1000 / aggregateTarget, num(m, "ratio"), 1e-9, e.getKey());
        }
        assertEquals(7, BandwidthTargets.presets().size());
    }

    @Test
    void noPortsOrNoDiesReportNothing() {
        assertEquals(0, run(bw("gbps_per_lane", 200.0), westArray(0)).metrics.size());
        TestContext noDie = new TestContext().add("P", square(0, 0, 5));
        RecordingSink sink = run(bw("gbps_per_lane", 200.0), noDie);
        assertEquals(List.of(), sink.metrics);
        assertEquals(List.of(), sink.violations);
    }
}
