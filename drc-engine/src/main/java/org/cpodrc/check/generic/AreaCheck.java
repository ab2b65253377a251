package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code area}: merged shapes whose area (holes excluded) is below {@code min} or above
 * {@code max} µm². Bounds are converted to the half-square-unit grid integer polygons' areas lie
 * on, so the comparison is exact; a shape exactly at a bound passes.
 */
public final class AreaCheck implements Check {
    @Override
    public String name() {
        return "area";
    }

    @Override
    public String summary() {
        return "Merged shapes (holes excluded from the area) with area below `min` or above `max` µm²; a "
                + "shape exactly at a bound passes.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the shapes to measure"),
                ParamSpec.optional("min", ParamType.AREA, null, "smallest allowed area in um2"),
                ParamSpec.optional("max", ParamType.AREA, null, "largest allowed area in um2"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        Findings.requireOneOf(rule, "min", "max");
        String layer = rule.layer("layer");
        boolean hasMin = rule.has("min");
        boolean hasMax = rule.has("max");
        double min = rule.number("min", 0);
        double max = rule.number("max", 0);
        double minDbu2 = Findings.toDbu2(ctx, min);
        double maxDbu2 = Findings.toDbu2(ctx, max);
        for (Polygon p : Findings.merged(ctx, layer)) {
            double a = p.getArea();
            double aUm2 = Findings.um2(ctx, a);
            if (hasMin && a < minDbu2) {
                sink.violation(Findings.violation(rule, ctx, layer + " area " + Numbers.format(aUm2)
                        + " um2 below " + Numbers.format(min) + " um2", p, aUm2, min));
            } else if (hasMax && a > maxDbu2) {
                sink.violation(Findings.violation(rule, ctx, layer + " area " + Numbers.format(aUm2)
                        + " um2 above " + Numbers.format(max) + " um2", p, aUm2, max));
            }
        }
    }
}
