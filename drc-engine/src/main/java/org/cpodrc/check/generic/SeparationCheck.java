package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.EdgePairChecks;

/** {@code separation}: shapes of layer closer than min to shapes of other, outside both. */
public final class SeparationCheck extends EdgePairRule {
    @Override
    public String name() {
        return "separation";
    }

    @Override
    public String summary() {
        return "shapes of layer closer than min to shapes of other, measured outside both (KLayout separation semantics)";
    }

    @Override
    public List<ParamSpec> parameters() {
        return EdgeCheckOptions.parameters(List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the first layer (first edge of each marker)"),
                ParamSpec.required("other", ParamType.LAYER, "the second layer")), "minimum separation");
    }

    @Override
    public EdgePairChecks.Kind kind(Rule rule) {
        return EdgePairChecks.Kind.SEPARATION;
    }

    @Override
    public String firstLayer(Rule rule) {
        return rule.layer("layer");
    }

    @Override
    public String secondLayer(Rule rule) {
        return rule.layer("other");
    }
}
