package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.edges.EdgePairChecks;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code enclosure}: inner closer than min to the edge of outer (KLayout's enclosing check, one
 * marker per edge pair), and every part of inner outside outer (a polygon marker each), which
 * an edge check alone would miss for inner shapes lying wholly outside.
 */
public final class EnclosureCheck extends EdgePairRule {
    @Override
    public String name() {
        return "enclosure";
    }

    /** Whether parts of inner outside outer are reported too (DECK-SPEC; KLayout's enclosing does not). */
    static final String OUTSIDE = "report_outside";

    @Override
    public String summary() {
        return "inner closer than min to the edge of outer, or any part of inner outside outer";
    }

    @Override
    public List<ParamSpec> parameters() {
        List<ParamSpec> params = new java.util.ArrayList<>(EdgeCheckOptions.parameters(List.of(
                ParamSpec.required("outer", ParamType.LAYER, "the enclosing layer (first edge of each marker)"),
                ParamSpec.required("inner", ParamType.LAYER, "the enclosed layer")), "minimum enclosure"));
        params.add(ParamSpec.optional(OUTSIDE, ParamType.BOOLEAN, "true",
                "also report each part of inner outside outer as a polygon; false gives exactly KLayout's enclosing"
                        + " edge pairs (what `deck import` writes)"));
        return params;
    }

    @Override
    public EdgePairChecks.Kind kind(Rule rule) {
        return EdgePairChecks.Kind.ENCLOSING;
    }

    @Override
    public String firstLayer(Rule rule) {
        return rule.layer("outer");
    }

    @Override
    public String secondLayer(Rule rule) {
        return rule.layer("inner");
    }

    /** Every part of inner outside outer, a polygon marker each (a boolean on the whole layers, also when tiled). */
    @Override
    public void reportWhole(Rule rule, CheckContext context, ResultSink sink) {
        if (!rule.bool(OUTSIDE, true)) {
            return;
        }
        String outerName = rule.layer("outer"), innerName = rule.layer("inner");
        Region outer = context.merged(outerName);
        Region inner = context.merged(innerName);
        for (Polygon outside : inner.not(outer).polygons()) {
            double areaUm2 = outside.getArea() * context.dbuUm() * context.dbuUm();
            EdgePairViolations.reportPolygon(rule, context, sink, outside, String.format(java.util.Locale.ROOT,
                    "%s not inside %s: %.6f um2 outside", innerName, outerName, areaUm2));
        }
    }
}
