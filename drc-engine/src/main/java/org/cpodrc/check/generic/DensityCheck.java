package org.cpodrc.check.generic;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * {@code density}: coverage of {@code layer} in square windows of side {@code window}, stepped by
 * {@code step} (default: the window) from the lower-left corner of the area checked. The area is
 * the bounding box of the {@code boundary} layer when given, else the design's extent (all layers
 * of the top cell). Along each axis windows are placed up to the first one that reaches the far
 * edge; that one is clipped to the area (as Calibre's default) and coverage is taken over the
 * clipped window, so a narrow leftover strip is still checked. With a boundary each window is
 * further clipped to the boundary shapes, windows with nothing left being skipped. Coverage = area(layer ∩ window) / area(window);
 * each window outside [{@code min}, {@code max}] is one violation, marked by the (clipped) window.
 */
public final class DensityCheck implements Check {
    /** Refuse absurd window/step choices instead of running for hours. */
    static final long MAX_WINDOWS = 4_000_000L;

    @Override
    public String name() {
        return "density";
    }

    @Override
    public String summary() {
        return "Coverage of `layer` in square windows outside [`min`, `max`]. Windows of side `window` "
                + "step by `step` (default: the window) from the lower-left corner of the area checked: the "
                + "bounding box of `boundary` if given, else the design extent (all layers). Along each "
                + "axis windows are placed up to the first one reaching the far edge; that one is clipped "
                + "to the area. With `boundary`, windows are clipped to the boundary shapes and empty ones "
                + "skipped. Coverage = area(layer ∩ window) / area(window); each window outside the range "
                + "is one violation marked by the (clipped) window.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the layer whose coverage is measured"),
                ParamSpec.optional("min", ParamType.NUMBER, "0", "lowest allowed coverage (0..1)"),
                ParamSpec.optional("max", ParamType.NUMBER, "1", "highest allowed coverage (0..1)"),
                ParamSpec.required("window", ParamType.LENGTH, "side of the square window"),
                ParamSpec.optional("step", ParamType.LENGTH, null, "window step (default: the window size)"),
                ParamSpec.optional("boundary", ParamType.LAYER, null, "check only inside this layer (default: design extent)"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        long window = ctx.toDbu(rule.lengthUm("window"));
        long step = rule.has("step") ? ctx.toDbu(rule.lengthUm("step")) : window;
        if (window <= 0 || step <= 0) {
            throw new InputException("density window and step must be positive");
        }
        double min = rule.number("min", 0);
        double max = rule.number("max", 1);
        List<Polygon> boundary = rule.has("boundary") ? Findings.merged(ctx, rule.layer("boundary")) : null;
        Envelope area = boundary != null ? Findings.geometry(boundary).getEnvelopeInternal() : ctx.extent();
        if (area.isNull()) {
            return; // nothing to measure
        }
        long x0 = (long) area.getMinX();
        long y0 = (long) area.getMinY();
        long x1 = (long) area.getMaxX();
        long y1 = (long) area.getMaxY();
        long nx = windows(x1 - x0, window, step);
        long ny = windows(y1 - y0, window, step);
        if (nx * ny > MAX_WINDOWS) {
            throw new InputException("density would need " + nx * ny
                    + " windows; raise window or step");
        }
        String layer = rule.layer("layer");
        List<Polygon> shapes = Findings.merged(ctx, layer);
        STRtree tree = Findings.index(shapes);
        STRtree boundaryTree = boundary != null ? Findings.index(boundary) : null;
        for (long j = 0; j < ny; j++) {
            for (long i = 0; i < nx; i++) {
                long wx = x0 + i * step;
                long wy = y0 + j * step;
                Envelope w = new Envelope(wx, Math.min(wx + window, x1), wy, Math.min(wy + window, y1));
                Geometry win = Region.FACTORY.toGeometry(w);
                if (boundary != null) {
                    win = clip(win, boundary, boundaryTree);
                }
                double winArea = win.getArea();
                if (winArea <= 0) {
                    continue;
                }
                double covered = 0; // merged shapes are disjoint, so their parts add up
                for (int k : Findings.query(tree, w)) {
                    Polygon shape = shapes.get(k);
                    if (boundary == null && w.covers(shape.getEnvelopeInternal())) {
                        covered += shape.getArea(); // wholly inside a rectangular window: no overlay needed
                    } else {
                        covered += OverlayNGRobust.overlay(shape, win, OverlayNG.INTERSECTION).getArea();
                    }
                }
                double ratio = covered / winArea;
                if (ratio < min || ratio > max) {
                    double bound = ratio < min ? min : max;
                    sink.violation(Findings.violation(rule, ctx, layer + " density " + Numbers.format(ratio)
                            + (ratio < min ? " below " : " above ") + Numbers.format(bound), win, ratio, bound));
                }
            }
        }
    }

    private static Geometry clip(Geometry window, List<Polygon> boundary, STRtree tree) {
        List<Polygon> near = new ArrayList<>();
        for (int k : Findings.query(tree, window.getEnvelopeInternal())) {
            near.add(boundary.get(k));
        }
        if (near.isEmpty()) {
            return Region.FACTORY.createPolygon();
        }
        return OverlayNGRobust.overlay(window, Findings.geometry(near), OverlayNG.INTERSECTION);
    }

    /** Windows along a side: up to and including the first one that reaches the far edge. */
    static long windows(long side, long window, long step) {
        return side <= window ? 1 : -Math.floorDiv(-(side - window), step) + 1;
    }
}
