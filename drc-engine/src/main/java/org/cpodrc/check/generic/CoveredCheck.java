package org.cpodrc.check.generic;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * {@code covered}: every merged shape of {@code layer} must lie entirely within one merged shape
 * of {@code by} — a TSV landing on a bump or bond pad (DOMAIN P5), a pillar on its pad. Unlike
 * {@code inside}, which marks the stray parts, this marks the whole offending shape, because the
 * defect is the shape (a TSV that misses its pad), and measures the area of it left uncovered in
 * µm² (required 0). A shape exactly filling or touching its pad's edge from inside passes.
 */
public final class CoveredCheck implements Check {
    @Override
    public String name() {
        return "covered";
    }

    @Override
    public String summary() {
        return "Shapes of `layer` not lying entirely inside one merged shape of `by`: a TSV that does "
                + "not land on its bump or bond pad (DOMAIN P5), a pillar off its pad. The whole offending "
                + "shape is the marker, measured by its uncovered area in µm² (required 0). Filling a pad "
                + "exactly or touching its edge from inside passes.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the shapes that must land"),
                ParamSpec.required("by", ParamType.LAYER, "the shapes they must land on"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        String layer = rule.layer("layer");
        String by = rule.layer("by");
        List<Polygon> pads = Findings.merged(ctx, by);
        STRtree tree = Findings.index(pads);
        for (Polygon p : Findings.merged(ctx, layer)) {
            List<Polygon> near = new ArrayList<>();
            boolean covered = false;
            for (int j : Findings.query(tree, p.getEnvelopeInternal())) {
                near.add(pads.get(j));
                if (PreparedGeometryFactory.prepare(pads.get(j)).covers(p)) {
                    covered = true;
                    break;
                }
            }
            if (covered) {
                continue;
            }
            Geometry rest = near.isEmpty() ? p
                    : OverlayNGRobust.overlay(p, Findings.geometry(near), OverlayNG.DIFFERENCE);
            if (!near.isEmpty() && rest.getArea() == 0) {
                // nothing left after snap rounding on the grid: covered, as KLayout's not_inside decides
                // (docs/klayout-differences.md section 10)
                continue;
            }
            double uncovered = Findings.um2(ctx, rest.getArea());
            String how = near.isEmpty() ? "not on any " + by + " shape"
                    : Numbers.format(uncovered) + " um2 not on " + by;
            sink.violation(Findings.violation(rule, ctx, layer + " shape " + how, p, uncovered, 0.0));
        }
    }
}
