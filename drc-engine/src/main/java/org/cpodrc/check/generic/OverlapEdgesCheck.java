package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.EdgePairChecks;

/**
 * {@code overlap_edges}: KLayout's two-layer edge check {@code layer.overlap(other, min)} — where
 * the two layers overlap, an edge of layer and an edge of other closer than min across the
 * overlap. Named apart from {@code overlap}, this project's area-ratio check.
 */
public final class OverlapEdgesCheck implements Check {
    @Override
    public String name() {
        return "overlap_edges";
    }

    @Override
    public String summary() {
        return "overlap of layer and other narrower than min, measured between an edge of each across the inside of"
                + " both (KLayout's two-layer `overlap` edge check, e.g. metal 2 over metal 1)";
    }

    @Override
    public List<ParamSpec> parameters() {
        return EdgeCheckOptions.parameters(List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the first layer (first edge of each marker)"),
                ParamSpec.required("other", ParamType.LAYER, "the layer it overlaps")), "minimum overlap");
    }

    @Override
    public void run(Rule rule, CheckContext context, ResultSink sink) {
        var pairs = EdgePairChecks.overlap(context.merged(rule.layer("layer")), context.merged(rule.layer("other")),
                EdgeCheckOptions.of(rule, context));
        EdgePairViolations.report(rule, context, sink, "overlap", pairs, EdgeCheckOptions.ignoreTouchingCorners(rule));
    }
}
