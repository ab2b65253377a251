package org.cpodrc.check.generic;

import java.util.List;
import java.util.OptionalLong;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.EdgePairCheck;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.CheckOptions;
import org.cpodrc.geom.edges.EdgePair;

/**
 * What the edge-pair checks share: the deck options ({@link EdgeCheckOptions}), the reach for
 * tiling and the violations of their pairs, messages reading "CHECK 0.180 um &lt; 0.200 um".
 */
abstract class EdgePairRule implements EdgePairCheck {
    @Override
    public OptionalLong reach(Rule rule, CheckContext context) {
        return EdgeCheckOptions.reach(rule, context);
    }

    @Override
    public CheckOptions options(Rule rule, CheckContext context) {
        return EdgeCheckOptions.of(rule, context);
    }

    @Override
    public void report(Rule rule, CheckContext context, ResultSink sink, List<EdgePair> pairs) {
        EdgePairViolations.report(rule, context, sink, name(), pairs, EdgeCheckOptions.ignoreTouchingCorners(rule));
    }
}
