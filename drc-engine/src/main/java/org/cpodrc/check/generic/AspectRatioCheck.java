package org.cpodrc.check.generic;

import java.util.List;
import java.util.OptionalLong;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code aspect_ratio}: vias (TSVs) whose depth / diameter exceeds {@code max}. The depth is not
 * in a 2-D layout, so the rule gives it as {@code thickness} (the thinned die). The diameter is
 * the drawn circle's for round shapes (see {@link RoundShape}) and otherwise the smaller side of
 * the bounding box: the narrowest opening is what limits filling the via (DOMAIN P6).
 */
public final class AspectRatioCheck implements Check {
    @Override
    public String name() {
        return "aspect_ratio";
    }

    @Override
    public String summary() {
        return "Merged shapes of `layer` (vias) whose `thickness` / diameter is above `max`. The diameter is the "
                + "drawn circle's for round shapes (as in `size`) and the smaller bounding-box side otherwise. "
                + "A ratio exactly at `max` passes; measured and required are ratios, not lengths.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the vias to measure (e.g. TSV)"),
                ParamSpec.required("thickness", ParamType.LENGTH, "depth of the vias: the thickness of the die they cross"),
                ParamSpec.required("max", ParamType.NUMBER, "largest allowed thickness / diameter (e.g. 10 for 10:1)"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        String layer = rule.layer("layer");
        long thickness = ctx.toDbu(rule.lengthUm("thickness"));
        double max = rule.number("max", Double.NaN);
        for (Polygon p : Findings.merged(ctx, layer)) {
            OptionalLong round = RoundShape.diameter(p);
            Envelope e = p.getEnvelopeInternal();
            long diameter = round.isPresent() ? round.getAsLong() : (long) Math.min(e.getWidth(), e.getHeight());
            // compare thickness > max * diameter, not a quotient, so a ratio exactly at max passes
            if (diameter > 0 && thickness <= max * diameter) {
                continue;
            }
            double ratio = diameter == 0 ? Double.POSITIVE_INFINITY : (double) thickness / diameter;
            String message = layer + " aspect ratio " + Numbers.format(ratio) + ":1 (thickness "
                    + Findings.um(ctx, thickness) + " / diameter " + Findings.um(ctx, diameter) + ") above "
                    + Numbers.format(max) + ":1";
            sink.violation(Findings.violation(rule, ctx, message, p, ratio, max));
        }
    }
}
