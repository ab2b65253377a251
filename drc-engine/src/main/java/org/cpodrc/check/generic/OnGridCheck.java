package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * {@code ongrid}: vertices of the merged layer off a manufacturing grid (KLayout's {@code ongrid(g)},
 * e.g. the 5 nm grid of a mask shop on a 1 nm layout). As KLayout, one marker per off-grid vertex:
 * an edge pair whose two edges are the vertex itself; vertices hidden inside the merged shape
 * (where drawn shapes overlap) are not reported.
 */
public final class OnGridCheck implements Check {
    @Override
    public String name() {
        return "ongrid";
    }

    @Override
    public String summary() {
        return "vertices of the merged layer not on the grid (KLayout ongrid): one marker per off-grid vertex, the vertex"
                + " as a point-like edge pair";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(ParamSpec.required("layer", ParamType.LAYER, "the layer whose vertices must lie on the grid"),
                ParamSpec.required("grid", ParamType.LENGTH, "the grid step (in x, and in y unless grid_y is given);"
                        + " a whole number of database units"),
                ParamSpec.optional("grid_y", ParamType.LENGTH, null, "the grid step in y, when it differs from x"));
    }

    @Override
    public java.util.OptionalLong reach(Rule rule, CheckContext context) {
        return java.util.OptionalLong.of(1); // a vertex depends only on its own polygon
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        long gx = step(rule, ctx, "grid");
        long gy = rule.has("grid_y") ? step(rule, ctx, "grid_y") : gx;
        String layer = rule.layer("layer");
        for (List<long[]> ring : Findings.rings(ctx, layer)) {
            report(ring, gx, gy, rule, ctx, sink, layer);
        }
    }

    private static long step(Rule rule, CheckContext ctx, String name) {
        double um = rule.lengthUm(name);
        long dbu = ctx.toDbu(um);
        if (dbu <= 0 || Math.abs(dbu * ctx.dbuUm() - um) > 1e-9 * Math.max(1, um)) {
            throw new InputException("rule " + rule.id() + ": " + name + " " + um + " um is not a whole number of"
                    + " database units (" + ctx.dbuUm() + " um)");
        }
        return dbu;
    }

    private static void report(List<long[]> vertices, long gx, long gy, Rule rule, CheckContext ctx, ResultSink sink,
                               String layer) {
        for (long[] v : vertices) {
            if (Math.floorMod(v[0], gx) == 0 && Math.floorMod(v[1], gy) == 0) {
                continue;
            }
            Coordinate c = new Coordinate(v[0], v[1]);
            LineString point = Region.FACTORY.createLineString(new Coordinate[] {c, new Coordinate(c)});
            var marker = Region.FACTORY.createMultiLineString(new LineString[] {point, (LineString) point.copy()});
            String where = "(" + org.cpodrc.check.Numbers.format(ctx.toUm(v[0])) + ", "
                    + org.cpodrc.check.Numbers.format(ctx.toUm(v[1])) + ")";
            sink.violation(Findings.violation(rule, ctx, layer + " vertex " + where + " off the "
                    + Findings.um(ctx, gx) + " grid", marker, Double.NaN, ctx.toUm(gx)));
        }
    }
}
