package org.cpodrc.check;

import java.util.List;

import org.cpodrc.geom.edges.CheckOptions;
import org.cpodrc.geom.edges.EdgePair;
import org.cpodrc.geom.edges.EdgePairChecks;

/**
 * A check whose violations are the edge pairs of one or two merged layers ({@code width},
 * {@code space}, {@code separation}, {@code enclosure}), split so that tiled evaluation
 * ({@code org.cpodrc.engine.tile}) can find the pairs on a tile's share of the edges and let the
 * check turn the pairs a tile owns into violations. {@link #run} does the same on whole layers.
 */
public interface EdgePairCheck extends Check {
    /** Which edge pairs the rule looks for. */
    EdgePairChecks.Kind kind(Rule rule);

    /** The layer the first edge of each pair comes from. */
    String firstLayer(Rule rule);

    /** The layer the second edge comes from for a two-layer kind; null otherwise. */
    String secondLayer(Rule rule);

    /** Distance, metric and limits of the rule. */
    CheckOptions options(Rule rule, CheckContext context);

    /** Reports edge pairs of the rule (all of them, or a tile's share) as violations. */
    void report(Rule rule, CheckContext context, ResultSink sink, List<EdgePair> pairs);

    /**
     * Violations that are not edge pairs, found on whole layers (enclosure's parts of inner
     * outside outer); none by default.
     */
    default void reportWhole(Rule rule, CheckContext context, ResultSink sink) {
    }

    /** The whole rule: edge pairs of the whole layers, then the rest. */
    @Override
    default void run(Rule rule, CheckContext context, ResultSink sink) {
        String second = secondLayer(rule);
        EdgePairChecks.Edges edges = EdgePairChecks.Edges.of(context.merged(firstLayer(rule)),
                second == null ? null : context.merged(second));
        report(rule, context, sink, EdgePairChecks.find(kind(rule), edges, options(rule, context)));
        reportWhole(rule, context, sink);
    }
}
