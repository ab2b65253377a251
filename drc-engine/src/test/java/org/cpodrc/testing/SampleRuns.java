package org.cpodrc.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Metric;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.deck.Deck;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Run results built by hand for report tests: three rules (an error rule with edge-pair and
 * polygon markers, a warning rule, a rule that passes), an edge-bandwidth metric, 1 nm grid.
 * {@link #hostile()} puts quotes, markup, control and non-ASCII characters into every name.
 */
public final class SampleRuns {
    private SampleRuns() {
    }

    public static RunResult standard() {
        return build("TOP", "design.gds", "space %s < 40 um", "TSV space");
    }

    /** Names and texts that break naive XML, JSON, HTML and SVG writers. */
    public static final String HOSTILE = "a\"b'<c>&d</script>\u0001\u001f\t\u00b5\u00e9\u4e2d\ud83d\ude00]]>";

    public static RunResult hostile() {
        return build("TOP" + HOSTILE, "de\"sign<&>" + "\u00e9.gds", "msg " + HOSTILE + " %s", "desc " + HOSTILE);
    }

    private static RunResult build(String top, String file, String messageFormat, String description) {
        List<Rule> rules = List.of(
                new Rule("TSV.S.1", "space", Severity.ERROR, description, null, Map.of("layer", "TSV", "min", 40.0)),
                new Rule("WG.W.1", "width", Severity.WARNING, "waveguide width", null, Map.of("layer", "WG", "min", 0.5)),
                new Rule("BW.1", "edge_bandwidth", Severity.INFO, "shoreline bandwidth", null, Map.of("die", "PIC")));
        Map<String, org.cpodrc.layout.LayerKey> layers = new LinkedHashMap<>();
        layers.put("TSV", org.cpodrc.layout.LayerKey.parse("10/0"));
        layers.put("WG", org.cpodrc.layout.LayerKey.parse("100/0"));
        layers.put("PIC", org.cpodrc.layout.LayerKey.parse("1/0"));
        Deck deck = new Deck("deck " + top, "a deck", "deck.yaml", "photonic-3d", layers, Map.of(), List.of(),
                Map.of(), rules);
        List<Violation> vs = new ArrayList<>();
        vs.add(new Violation("TSV.S.1", Severity.ERROR, String.format(messageFormat, "38.2"),
                0, 0, 50000, 20000, edgePair(10000, 0, 10000, 20000, 48200, 0, 48200, 20000), 38.2, 40.0, top));
        vs.add(new Violation("TSV.S.1", Severity.ERROR, String.format(messageFormat, "39.5"),
                100000, 0, 150000, 20000, edgePair(110000, 0, 110000, 20000, 149500, 0, 149500, 20000), 39.5, 40.0,
                top));
        vs.add(new Violation("WG.W.1", Severity.WARNING, "width 0.45 um < 0.5 um", 200000, 1000, 210000, 1450,
                Polys.rect(200000, 1000, 210000, 1450), 0.45, 0.5, top));
        List<RuleSummary> summaries = List.of(
                new RuleSummary("TSV.S.1", "space", Severity.ERROR, description, 2),
                new RuleSummary("WG.W.1", "width", Severity.WARNING, "waveguide width", 1),
                new RuleSummary("BW.1", "edge_bandwidth", Severity.INFO, "shoreline bandwidth", 0));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("die", 0L);
        fields.put("edge", "west");
        fields.put("ports", 16L);
        fields.put("gbps", 3200.0);
        fields.put("shoreline_mm", 2.032);
        fields.put("value", 1.575);
        fields.put("unit", "Tbps/mm");
        fields.put("target", 3.0);
        fields.put("ratio", 0.525);
        List<Metric> metrics = List.of(new Metric("BW.1", "edge_bandwidth", fields));
        return new RunResult(deck, new InputInfo(file, top, 0.001), summaries, vs, metrics, Severity.ERROR);
    }

    /** An edge pair marker: two segments as a MultiLineString, as the edge checks report it. */
    public static Geometry edgePair(long ax1, long ay1, long ax2, long ay2, long bx1, long by1, long bx2, long by2) {
        LineString a = Region.FACTORY.createLineString(new Coordinate[] {new Coordinate(ax1, ay1), new Coordinate(ax2, ay2)});
        LineString b = Region.FACTORY.createLineString(new Coordinate[] {new Coordinate(bx1, by1), new Coordinate(bx2, by2)});
        return Region.FACTORY.createMultiLineString(new LineString[] {a, b});
    }
}
