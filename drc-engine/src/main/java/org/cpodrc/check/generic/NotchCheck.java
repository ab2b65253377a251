package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.EdgePairChecks;

/** {@code notch}: two parts of one shape (a notch) closer than min; gaps between different shapes are not checked (KLayout notch). */
public final class NotchCheck implements Check {
    @Override
    public String name() {
        return "notch";
    }

    @Override
    public String summary() {
        return "two parts of one shape (a notch) closer than min; gaps between different shapes are not checked (KLayout notch)";
    }

    @Override
    public List<ParamSpec> parameters() {
        return EdgeCheckOptions.parameters(List.of(ParamSpec.required("layer", ParamType.LAYER, "the layer to check")),
                "minimum space");
    }

    @Override
    public java.util.OptionalLong reach(Rule rule, CheckContext context) {
        return EdgeCheckOptions.reach(rule, context);
    }

    @Override
    public void run(Rule rule, CheckContext context, ResultSink sink) {
        var pairs = EdgePairChecks.notch(context.merged(rule.layer("layer")), EdgeCheckOptions.of(rule, context));
        EdgePairViolations.report(rule, context, sink, "notch", pairs, EdgeCheckOptions.ignoreTouchingCorners(rule));
    }
}
