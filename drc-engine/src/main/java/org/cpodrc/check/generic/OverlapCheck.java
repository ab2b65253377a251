package org.cpodrc.check.generic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Metric;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * {@code overlap}: for each merged shape of {@code layer}, the area it shares with {@code other}
 * and that area as a fraction of the shape's own area. Flags a ratio below {@code min_ratio} or
 * above {@code max_ratio}, or an overlap area below {@code min_area}; a value exactly at a bound
 * passes. Every shape also gets a metric (name {@code overlap}: shape index, bbox, area, overlap
 * area, ratio), so a report shows e.g. how much of the EIC sits over the PIC even when it passes.
 */
public final class OverlapCheck implements Check {
    @Override
    public String name() {
        return "overlap";
    }

    @Override
    public String summary() {
        return "Overlap of each merged shape of `layer` with `other`, as area (µm²) or as a ratio of the "
                + "shape's own area. Flags a ratio below `min_ratio` or above `max_ratio`, or an overlap "
                + "area below `min_area`; a value exactly at a bound passes. Every shape also reports a "
                + "metric `overlap` (shape index, bbox, area, overlap area, ratio as `value`), so reports "
                + "show e.g. how much of an EIC sits over the PIC even when it passes. With no bound "
                + "given the rule only reports these metrics.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the shapes whose overlap is measured"),
                ParamSpec.required("other", ParamType.LAYER, "the layer they overlap"),
                ParamSpec.optional("min_ratio", ParamType.NUMBER, null, "smallest allowed overlap / shape area"),
                ParamSpec.optional("max_ratio", ParamType.NUMBER, null, "largest allowed overlap / shape area"),
                ParamSpec.optional("min_area", ParamType.AREA, null, "smallest allowed overlap area in um2"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        String layer = rule.layer("layer");
        String other = rule.layer("other");
        List<Polygon> shapes = Findings.merged(ctx, layer);
        List<Polygon> others = Findings.merged(ctx, other);
        STRtree tree = Findings.index(others);
        double minAreaDbu2 = Findings.toDbu2(ctx, rule.number("min_area", 0));
        for (int i = 0; i < shapes.size(); i++) {
            Polygon p = shapes.get(i);
            double overlap = 0; // other is merged, so its polygons are disjoint and their overlaps add up
            for (int j : Findings.query(tree, p.getEnvelopeInternal())) {
                overlap += OverlayNGRobust.overlay(p, others.get(j), OverlayNG.INTERSECTION).getArea();
            }
            double area = p.getArea();
            double ratio = area > 0 ? overlap / area : 0;
            double overlapUm2 = Findings.um2(ctx, overlap);
            sink.metric(metric(rule, ctx, i, p, Findings.um2(ctx, area), overlapUm2, ratio));
            String what = layer + " shape " + i + " overlaps " + other + " by " + Numbers.format(overlapUm2)
                    + " um2, ratio " + Numbers.format(ratio);
            if (rule.has("min_ratio") && ratio < rule.number("min_ratio", 0)) {
                sink.violation(Findings.violation(rule, ctx, what + " below " + Numbers.format(rule.number("min_ratio", 0)),
                        p, ratio, rule.number("min_ratio", 0)));
            }
            if (rule.has("max_ratio") && ratio > rule.number("max_ratio", 0)) {
                sink.violation(Findings.violation(rule, ctx, what + " above " + Numbers.format(rule.number("max_ratio", 0)),
                        p, ratio, rule.number("max_ratio", 0)));
            }
            if (rule.has("min_area") && overlap < minAreaDbu2) {
                sink.violation(Findings.violation(rule, ctx, what + ", area below "
                        + Numbers.format(rule.number("min_area", 0)) + " um2", p, overlapUm2, rule.number("min_area", 0)));
            }
        }
    }

    private static Metric metric(Rule rule, CheckContext ctx, int index, Polygon p, double areaUm2,
                                 double overlapUm2, double ratio) {
        Envelope e = p.getEnvelopeInternal();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("shape", index);
        f.put("bbox_um", new double[] {ctx.toUm(e.getMinX()), ctx.toUm(e.getMinY()),
                ctx.toUm(e.getMaxX()), ctx.toUm(e.getMaxY())});
        f.put("area_um2", areaUm2);
        f.put("overlap_um2", overlapUm2);
        f.put("value", ratio);
        f.put("unit", "ratio");
        return new Metric(rule.id(), "overlap", f);
    }
}
