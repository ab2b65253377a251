package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.Rings;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@code edge_length}: edges of the merged layer shorter than {@code min} or longer than
 * {@code max} — the rule form of KLayout's {@code layer.edges.with_length(nil, min).output(...)}
 * and {@code layer.edges.without_length(l).output(...)} (min = max = l: every edge of a via exactly
 * l long). As KLayout, an edge's length is rounded to whole database units and the bounds are too,
 * so the comparison is exact; each flagged edge is one marker (the edge itself).
 */
public final class EdgeLengthCheck implements Check {
    @Override
    public String name() {
        return "edge_length";
    }

    @Override
    public String summary() {
        return "edges of the merged layer shorter than `min` or longer than `max` (lengths rounded to whole database"
                + " units, as KLayout's edges.with_length); one marker per edge, the edge itself";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.required("layer", ParamType.LAYER, "the layer whose polygon edges are measured"),
                ParamSpec.optional("min", ParamType.LENGTH, null, "shortest allowed edge"),
                ParamSpec.optional("max", ParamType.LENGTH, null, "longest allowed edge (min = max: exactly that long)"));
    }

    @Override
    public java.util.OptionalLong reach(Rule rule, CheckContext context) {
        return java.util.OptionalLong.of(1); // an edge depends only on its own polygon
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        Findings.requireOneOf(rule, "min", "max");
        long min = rule.has("min") ? ctx.toDbu(rule.lengthUm("min")) : Long.MIN_VALUE;
        long max = rule.has("max") ? ctx.toDbu(rule.lengthUm("max")) : Long.MAX_VALUE;
        String layer = rule.layer("layer");
        for (List<long[]> ring : Findings.rings(ctx, layer)) {
            check(ring, min, max, rule, ctx, sink, layer);
        }
    }

    private static void check(List<long[]> v, long min, long max, Rule rule, CheckContext ctx, ResultSink sink,
                              String layer) {
        for (int i = 0; i < v.size(); i++) {
            long[] a = v.get(i), b = v.get((i + 1) % v.size());
            long length = Rings.edgeLength(a, b);
            if (length >= min && length <= max) {
                continue;
            }
            boolean tooShort = length < min;
            long bound = tooShort ? min : max;
            var marker = Region.FACTORY.createLineString(new Coordinate[] {new Coordinate(a[0], a[1]),
                    new Coordinate(b[0], b[1])});
            String message = layer + " edge " + Findings.um(ctx, length) + (tooShort ? " shorter than " : " longer than ")
                    + Findings.um(ctx, bound);
            sink.violation(Findings.violation(rule, ctx, message, marker, ctx.toUm(length), ctx.toUm(bound)));
        }
    }
}
