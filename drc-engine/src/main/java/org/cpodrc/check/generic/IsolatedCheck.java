package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.EdgePairChecks;

/** {@code isolated}: two different shapes closer than min; notches within one shape are not checked (KLayout isolated). */
public final class IsolatedCheck implements Check {
    @Override
    public String name() {
        return "isolated";
    }

    @Override
    public String summary() {
        return "two different shapes closer than min; notches within one shape are not checked (KLayout isolated)";
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
        var pairs = EdgePairChecks.isolated(context.merged(rule.layer("layer")), EdgeCheckOptions.of(rule, context));
        EdgePairViolations.report(rule, context, sink, "isolated", pairs, EdgeCheckOptions.ignoreTouchingCorners(rule));
    }
}
