package org.cpodrc.check.generic;

import java.util.List;
import java.util.function.BiFunction;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.edges.CheckOptions;
import org.cpodrc.geom.edges.EdgePair;

/** An edge check of one layer with the options of {@code space} (notch, isolated): only the pairs it forms differ. */
abstract class OneLayerSpaceCheck implements Check {
    private final String name;
    private final String summary;
    private final BiFunction<Region, CheckOptions, List<EdgePair>> pairs;

    OneLayerSpaceCheck(String name, String summary, BiFunction<Region, CheckOptions, List<EdgePair>> pairs) {
        this.name = name;
        this.summary = summary;
        this.pairs = pairs;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final List<ParamSpec> parameters() {
        return EdgeCheckOptions.parameters(List.of(ParamSpec.required("layer", ParamType.LAYER, "the layer to check")),
                "minimum space");
    }

    @Override
    public final java.util.OptionalLong reach(Rule rule, CheckContext context) {
        return EdgeCheckOptions.reach(rule, context);
    }

    @Override
    public final void run(Rule rule, CheckContext context, ResultSink sink) {
        var found = pairs.apply(context.merged(rule.layer("layer")), EdgeCheckOptions.of(rule, context));
        EdgePairViolations.report(rule, context, sink, name, found, EdgeCheckOptions.ignoreTouchingCorners(rule));
    }
}
