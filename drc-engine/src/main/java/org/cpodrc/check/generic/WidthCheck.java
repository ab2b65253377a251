package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.EdgePairChecks;

/** {@code width}: the interior of the merged layer narrower than min (KLayout's width check). */
public final class WidthCheck extends EdgePairRule {
    @Override
    public String name() {
        return "width";
    }

    @Override
    public String summary() {
        return "interior of a layer narrower than min (KLayout width semantics: merged, shielded, one marker per edge pair)";
    }

    @Override
    public List<ParamSpec> parameters() {
        return EdgeCheckOptions.parameters(List.of(ParamSpec.required("layer", ParamType.LAYER, "the layer to check")),
                "minimum width");
    }

    @Override
    public EdgePairChecks.Kind kind(Rule rule) {
        return EdgePairChecks.Kind.WIDTH;
    }

    @Override
    public String firstLayer(Rule rule) {
        return rule.layer("layer");
    }

    @Override
    public String secondLayer(Rule rule) {
        return null;
    }
}
