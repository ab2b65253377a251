package org.cpodrc.check.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.edges.CheckOptions;
import org.cpodrc.geom.edges.Metrics;

/** The options every edge-pair check (width, space, separation, enclosure) shares, as deck parameters. */
final class EdgeCheckOptions {
    static final String MIN = "min";
    static final String METRIC = "metric";
    static final String ANGLE_LIMIT = "angle_limit";
    static final String WHOLE_EDGES = "whole_edges";
    static final String PROJECTION_LIMITS = "projection_limits";
    static final String IGNORE_TOUCHING_CORNERS = "ignore_touching_corners";
    static final String INPUT = "input";

    private EdgeCheckOptions() {
    }

    /** The shared parameters after the check's own layer parameters. */
    static List<ParamSpec> parameters(List<ParamSpec> layers, String minDoc) {
        List<ParamSpec> out = new ArrayList<>(layers);
        out.add(ParamSpec.required(MIN, ParamType.LENGTH, minDoc));
        out.add(ParamSpec.choice(METRIC, "euclidian",
                "how distance is measured: euclidian (round corners), square (corners measured as squares) "
                        + "or projection (only parts of edges facing each other)", "euclidian", "square", "projection"));
        out.add(ParamSpec.optional(ANGLE_LIMIT, ParamType.ANGLE, "90",
                "edges meeting at this angle or more are not checked against each other (KLayout's ignore_angle); "
                        + "about 80 for curved waveguides"));
        out.add(ParamSpec.optional(WHOLE_EDGES, ParamType.BOOLEAN, "false",
                "mark the whole edges instead of only their violating parts"));
        out.add(new ParamSpec(PROJECTION_LIMITS, ParamType.LENGTH_RANGE, false, null,
                "[min, max]: only check edge pairs whose projection on each other is at least min and below max",
                List.of()));
        out.add(ParamSpec.optional(IGNORE_TOUCHING_CORNERS, ParamType.BOOLEAN, "false",
                "do not flag corners that touch (collinear edges meeting in one point); KLayout flags them"));
        return out;
    }

    /**
     * space's {@code input} parameter: merged (DECK-SPEC section 4) or KLayout's result on a layer
     * read by {@code input(...)} and not {@code .merged} (geom.edges.LocalMergeChecks).
     */
    static ParamSpec inputParameter() {
        return ParamSpec.choice(INPUT, "merged",
                "merged: the layer's shapes merged first (DECK-SPEC section 4); unmerged: KLayout's result for a layer "
                        + "from input(...) that is not .merged (each drawn shape merged only with its neighbours, runs of "
                        + "nearly collinear edges joined into one: fewer, longer markers on curves; "
                        + "docs/klayout-differences.md section 1). width, separation and enclosure need no such option: "
                        + "KLayout gives them the merged result", "merged", "unmerged");
    }

    /** Whether the rule asks for KLayout's unmerged-input result ({@code input: unmerged}). */
    static boolean unmerged(Rule rule) {
        return rule.has(INPUT) && rule.string(INPUT).equals("unmerged");
    }

    static CheckOptions of(Rule rule, CheckContext context) {
        long min = context.toDbu(rule.lengthUm(MIN));
        Metrics metrics = Metrics.valueOf(rule.has(METRIC) ? rule.string(METRIC).toUpperCase(Locale.ROOT) : "EUCLIDIAN");
        double angle = rule.number(ANGLE_LIMIT, 90.0);
        boolean whole = rule.bool(WHOLE_EDGES, false);
        long minP = 0, maxP = Long.MAX_VALUE;
        double[] limits = rule.has(PROJECTION_LIMITS) ? rule.lengthRangeUm(PROJECTION_LIMITS) : null;
        if (limits != null) {
            minP = context.toDbu(limits[0]);
            maxP = Double.isInfinite(limits[1]) ? Long.MAX_VALUE : context.toDbu(limits[1]);
        }
        return new CheckOptions(min, metrics, angle, whole, minP, maxP);
    }

    /**
     * The reach of an edge-pair rule for tiling: every point of a marker lies within the distance
     * of the other edge, so the distance is the reach. With whole_edges a marker spans whole
     * edges, whose far ends may lie anywhere: such rules run untiled, as do rules on unmerged input.
     */
    static java.util.OptionalLong reach(Rule rule, CheckContext context) {
        CheckOptions o = of(rule, context);
        // unmerged input joins edges along whole runs of a curve: not local to a tile
        return o.wholeEdges() || unmerged(rule) ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(Math.max(1, o.distance()));
    }

    static boolean ignoreTouchingCorners(Rule rule) {
        return rule.bool(IGNORE_TOUCHING_CORNERS, false);
    }
}
