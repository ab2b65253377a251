package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * {@code keep_out}: a shape of {@code layer} closer than {@code distance} to a shape of
 * {@code from}, overlap and touching included. One violation per offending pair of merged shapes;
 * the measured value is their Euclidean distance (0 when they touch or overlap). The marker is
 * the overlap when they overlap, else the shortest segment between them. A pair exactly
 * {@code distance} apart passes, as in KLayout's separation check.
 */
public final class KeepOutCheck implements Check {
    @Override
    public String name() {
        return "keep_out";
    }

    @Override
    public String summary() {
        return "Shapes of `layer` closer than `distance` to shapes of `from`, touching and overlap "
                + "included. Both layers are merged; one violation per offending pair of shapes, measured "
                + "by their Euclidean distance (0 when they touch or overlap), marked by the overlap or by "
                + "the shortest segment between them. A pair exactly `distance` apart passes. There is no "
                + "shielding: a keep-out zone is not blocked by shapes in between.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the shapes that must keep out"),
                ParamSpec.required("from", ParamType.LAYER, "the shapes they keep out of"),
                ParamSpec.required("distance", ParamType.LENGTH, "minimum distance; closer (or overlapping) is flagged"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        long d = ctx.toDbu(rule.lengthUm("distance"));
        String layer = rule.layer("layer");
        String from = rule.layer("from");
        boolean sameLayer = layer.equals(from);
        List<Polygon> a = Findings.merged(ctx, layer);
        List<Polygon> b = Findings.merged(ctx, from);
        STRtree tree = Findings.index(b);
        for (int i = 0; i < a.size(); i++) {
            Polygon pa = a.get(i);
            Envelope near = new Envelope(pa.getEnvelopeInternal());
            near.expandBy(d);
            int[] candidates = Findings.query(tree, near);
            if (candidates.length == 0) {
                continue;
            }
            // indexed once per shape: big merged shapes (waveguide networks) meet many candidates
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(pa);
            IndexedFacetDistance facets = new IndexedFacetDistance(pa);
            for (int j : candidates) {
                if (sameLayer && j <= i) {
                    continue; // a shape does not keep out of itself; each pair once
                }
                Polygon pb = b.get(j);
                if (prepared.intersects(pb)) {
                    Geometry overlap = OverlayNGRobust.overlay(pa, pb, OverlayNG.INTERSECTION);
                    if (overlap.isEmpty()) {
                        overlap = nearestSegment(pa, pb); // touching at a point or edge
                    }
                    String what = overlap.getArea() > 0 ? "overlaps" : "touches";
                    sink.violation(Findings.violation(rule, ctx,
                            layer + " " + what + " " + from + " (keep-out " + Findings.um(ctx, d) + ")",
                            overlap, 0.0, ctx.toUm(d)));
                    continue;
                }
                if (!facets.isWithinDistance(pb, d)) {
                    continue;
                }
                double dist = facets.distance(pb); // disjoint, so the boundaries' distance is the shapes'
                if (dist < d) {
                    Coordinate[] pts = facets.nearestPoints(pb);
                    sink.violation(Findings.violation(rule, ctx,
                            layer + " " + Findings.um(ctx, dist) + " from " + from + ", keep-out "
                                    + Findings.um(ctx, d),
                            Region.FACTORY.createLineString(pts), ctx.toUm(dist), ctx.toUm(d)));
                }
            }
        }
    }

    private static Geometry nearestSegment(Geometry a, Geometry b) {
        Coordinate[] pts = DistanceOp.nearestPoints(a, b);
        return Region.FACTORY.createLineString(pts);
    }
}
