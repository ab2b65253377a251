package org.cpodrc.check.generic;

import java.util.List;
import java.util.OptionalLong;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code size}: merged shapes whose width or height (the bounding box's sides) is below
 * {@code min} or above {@code max}; for round shapes (see {@link RoundShape}) the diameter takes
 * the place of both. A shape can fail both bounds (too thin and too long), giving two
 * violations. Measured is the smaller side against min, the larger against max.
 */
public final class SizeCheck implements Check {
    @Override
    public String name() {
        return "size";
    }

    @Override
    public String summary() {
        return "Merged shapes whose width or height (bounding-box sides) is below `min` or above `max`. "
                + "Round shapes use their diameter instead: a shape is round when it has no holes, at least "
                + "16 vertices, and all vertices lie at the same distance from its centroid within max(2 "
                + "database units, 1 %); the diameter is twice the mean vertex distance, rounded to a "
                + "database unit (the circle the vertices were drawn on). Octagons are measured by their "
                + "bounding box (flat to flat). A thin, long shape can fail both bounds (two violations).";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the shapes to measure"),
                ParamSpec.optional("min", ParamType.LENGTH, null, "smallest allowed width, height or diameter"),
                ParamSpec.optional("max", ParamType.LENGTH, null, "largest allowed width, height or diameter"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        Findings.requireOneOf(rule, "min", "max");
        String layer = rule.layer("layer");
        long min = rule.has("min") ? ctx.toDbu(rule.lengthUm("min")) : Long.MIN_VALUE;
        long max = rule.has("max") ? ctx.toDbu(rule.lengthUm("max")) : Long.MAX_VALUE;
        for (Polygon p : Findings.merged(ctx, layer)) {
            OptionalLong dia = RoundShape.diameter(p);
            Envelope e = p.getEnvelopeInternal();
            long small = dia.isPresent() ? dia.getAsLong() : (long) Math.min(e.getWidth(), e.getHeight());
            long large = dia.isPresent() ? dia.getAsLong() : (long) Math.max(e.getWidth(), e.getHeight());
            String what = dia.isPresent() ? "diameter" : small == large ? "size" : null;
            if (small < min) {
                String dim = what != null ? what : e.getWidth() < e.getHeight() ? "width" : "height";
                sink.violation(Findings.violation(rule, ctx, layer + " " + dim + " " + Findings.um(ctx, small)
                        + " below " + Findings.um(ctx, min), p, ctx.toUm(small), ctx.toUm(min)));
            }
            if (large > max) {
                String dim = what != null ? what : e.getWidth() > e.getHeight() ? "width" : "height";
                sink.violation(Findings.violation(rule, ctx, layer + " " + dim + " " + Findings.um(ctx, large)
                        + " above " + Findings.um(ctx, max), p, ctx.toUm(large), ctx.toUm(max)));
            }
        }
    }
}
