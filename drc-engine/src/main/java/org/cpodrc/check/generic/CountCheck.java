package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * {@code count}: the number of merged shapes of {@code layer} outside [{@code min}, {@code max}].
 * Without {@code per} the whole design is counted once (marker: the layer's bounding box, or an
 * empty marker when the layer is empty). With {@code per}, each merged shape of the container
 * layer is counted separately, and a shape counts for a container only when it lies entirely
 * inside it (touching the container's edge from inside counts); the container is the marker.
 */
public final class CountCheck implements Check {
    @Override
    public String name() {
        return "count";
    }

    @Override
    public String summary() {
        return "Too few (`min`) or too many (`max`) merged shapes of `layer`. Without `per`, the whole "
                + "design counts once (marker: bounding box of the layer). With `per`, every merged shape "
                + "of the container layer counts the shapes lying entirely inside it (touching its edge "
                + "from inside counts; straddling shapes count nowhere), and is the marker.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the shapes to count"),
                ParamSpec.optional("min", ParamType.INTEGER, null, "fewest allowed shapes"),
                ParamSpec.optional("max", ParamType.INTEGER, null, "most allowed shapes"),
                ParamSpec.optional("per", ParamType.LAYER, null, "count separately inside each shape of this layer"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        Findings.requireOneOf(rule, "min", "max");
        String layer = rule.layer("layer");
        List<Polygon> shapes = Findings.merged(ctx, layer);
        if (!rule.has("per")) {
            Geometry marker = shapes.isEmpty() ? Region.FACTORY.createPolygon()
                    : Region.FACTORY.toGeometry(Findings.geometry(shapes).getEnvelopeInternal());
            report(rule, ctx, sink, shapes.size(), layer + " has ", marker);
            return;
        }
        String per = rule.layer("per");
        STRtree tree = Findings.index(shapes);
        for (Polygon container : Findings.merged(ctx, per)) {
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(container);
            int n = 0;
            for (int j : Findings.query(tree, container.getEnvelopeInternal())) {
                if (prepared.covers(shapes.get(j))) {
                    n++;
                }
            }
            report(rule, ctx, sink, n, per + " shape holds ", container);
        }
    }

    private static void report(Rule rule, CheckContext ctx, ResultSink sink, int n, String what, Geometry marker) {
        String layer = rule.layer("layer");
        if (rule.has("min") && n < rule.integer("min", 0)) {
            sink.violation(Findings.violation(rule, ctx, what + n + " " + layer + " shapes, fewer than "
                    + rule.integer("min", 0), marker, n, rule.integer("min", 0)));
        }
        if (rule.has("max") && n > rule.integer("max", 0)) {
            sink.violation(Findings.violation(rule, ctx, what + n + " " + layer + " shapes, more than "
                    + rule.integer("max", 0), marker, n, rule.integer("max", 0)));
        }
    }
}
