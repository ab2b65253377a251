package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.EdgePairCheck;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.CheckOptions;
import org.cpodrc.geom.edges.EdgePair;
import org.cpodrc.geom.edges.EdgePairChecks;

/** {@code space}: two shapes of a layer, or two parts of one shape (a notch), closer than min. */
public final class SpaceCheck implements EdgePairCheck {
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
        return EdgeCheckOptions.parameters(List.of(ParamSpec.required("layer", ParamType.LAYER, "the layer to check")),
                "minimum space");
    }

    @Override
    public java.util.OptionalLong reach(Rule rule, CheckContext context) {
        return EdgeCheckOptions.reach(rule, context);
    }

    @Override
    public EdgePairChecks.Kind kind(Rule rule) {
        return EdgePairChecks.Kind.SPACE;
    }

    @Override
    public String firstLayer(Rule rule) {
        return rule.layer("layer");
    }

    @Override
    public String secondLayer(Rule rule) {
        return null;
    }

    @Override
    public CheckOptions options(Rule rule, CheckContext context) {
        return EdgeCheckOptions.of(rule, context);
    }

    @Override
    public void report(Rule rule, CheckContext context, ResultSink sink, List<EdgePair> pairs) {
        EdgePairViolations.report(rule, context, sink, "space", pairs, EdgeCheckOptions.ignoreTouchingCorners(rule));
    }
}
