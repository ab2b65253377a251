package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.PointJoin;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code forbidden}: every merged shape of the layer is a violation — the rule form of a KLayout
 * deck's {@code derived_layer.output("name", "message")} (e.g. {@code not_inside(PIN, WG)} or the
 * areas where device outlines overlap, {@code merged(DEVREC, 2)}). Measured by the shape's area.
 * Shapes touching in a single point are one marker, one outline through both (KLayout's merged
 * polygon): two boxes touching at a corner give one marker, as KLayout's output does.
 */
public final class ForbiddenCheck implements Check {
    private static final String INPUT = "input";

    @Override
    public String name() {
        return "forbidden";
    }

    @Override
    public String summary() {
        return "Every merged shape of `layer` (usually a derived layer) is a violation, marked by the shape and measured"
                + " by its area in µm² (required 0): what a KLayout deck writes as `layer.output(...)`.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.required("layer", ParamType.LAYER, "the shapes that must not exist"),
                ParamSpec.choice(INPUT, "merged", "merged: the layer's shapes merged (shapes touching in a point are one"
                        + " marker); unmerged: the polygons as the layer holds them, as KLayout's `layer.output` writes a layer"
                        + " that is not .merged: the drawn shapes of an input layer, one polygon per (merged) input polygon of"
                        + " a `sized` layer, overlapping where they grow into each other (KLayout's `a.sized(d)`;"
                        + " docs/klayout-differences.md section 13), merged results of booleans and selections",
                        "merged", "unmerged"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        String layer = rule.layer("layer");
        boolean unmerged = rule.has(INPUT) && rule.string(INPUT).equals("unmerged");
        // shapes touching in a point are one marker, as KLayout outputs them merged into one polygon
        for (Polygon p : unmerged ? ctx.layer(layer).polygons() : PointJoin.join(Findings.merged(ctx, layer))) {
            double area = Findings.um2(ctx, p.getArea());
            sink.violation(Findings.violation(rule, ctx, layer + " shape (" + Numbers.format(area) + " um2)",
                    p, area, 0.0));
        }
    }
}
