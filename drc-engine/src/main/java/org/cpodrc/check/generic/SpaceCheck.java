package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.EdgePairChecks;
import org.cpodrc.geom.edges.LocalMergeChecks;

/** {@code space}: two shapes of a layer, or two parts of one shape (a notch), closer than min. */
public final class SpaceCheck implements Check {
    @Override
    public String name() {
        return "space";
    }

    @Override
    public String summary() {
        return "two shapes, or two parts of one shape (notch), closer than min (KLayout space semantics)";
    }

    @Override
    public List<ParamSpec> parameters() {
        List<ParamSpec> params = new java.util.ArrayList<>(EdgeCheckOptions.parameters(
                List.of(ParamSpec.required("layer", ParamType.LAYER, "the layer to check")), "minimum space"));
        params.add(EdgeCheckOptions.inputParameter());
        return params;
    }

    @Override
    public java.util.OptionalLong reach(Rule rule, CheckContext context) {
        return EdgeCheckOptions.reach(rule, context);
    }

    @Override
    public void run(Rule rule, CheckContext context, ResultSink sink) {
        var options = EdgeCheckOptions.of(rule, context);
        var pairs = EdgeCheckOptions.unmerged(rule) ? LocalMergeChecks.space(context.layer(rule.layer("layer")), options)
                : EdgePairChecks.space(context.merged(rule.layer("layer")), options);
        EdgePairViolations.report(rule, context, sink, "space", pairs, EdgeCheckOptions.ignoreTouchingCorners(rule));
    }
}
