package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code inside}: every part of {@code layer} must lie inside {@code container}. Each connected
 * piece of {@code layer not container} is one violation, marked by that piece, measured by its
 * area in µm² (required 0). Shapes touching the container's edge from inside pass.
 */
public final class InsideCheck implements Check {
    @Override
    public String name() {
        return "inside";
    }

    @Override
    public String summary() {
        return "Any part of `layer` outside `container`. Each connected piece of `layer not container` "
                + "is one violation, marked by that piece and measured by its area in µm² (required 0). "
                + "Touching the container edge from inside passes.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the shapes that must be contained"),
                ParamSpec.required("container", ParamType.LAYER, "the region they must lie in"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        String layer = rule.layer("layer");
        String container = rule.layer("container");
        Region outside = ctx.merged(layer).not(ctx.merged(container));
        for (Polygon p : outside.polygons()) {
            double area = Findings.um2(ctx, p.getArea());
            sink.violation(Findings.violation(rule, ctx,
                    layer + " outside " + container + " (" + Numbers.format(area) + " um2)",
                    p, area, 0.0));
        }
    }
}
