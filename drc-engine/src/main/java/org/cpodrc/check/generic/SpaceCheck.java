package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.EdgePairChecks;
import org.cpodrc.geom.edges.LocalMergeChecks;

/** {@code space}: two shapes of a layer, or two parts of one shape (a notch), closer than min. */
public final class SpaceCheck extends EdgePairRule {
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

    /** With {@code input: unmerged}, KLayout's local-merge result on the raw layer (never tiled: no reach). */
    @Override
    public void run(Rule rule, CheckContext context, ResultSink sink) {
        if (!EdgeCheckOptions.unmerged(rule)) {
            super.run(rule, context, sink);
            return;
        }
        var pairs = LocalMergeChecks.space(context.layer(rule.layer("layer")), options(rule, context));
        report(rule, context, sink, pairs);
    }
}
