package org.cpodrc.check.generic;

import java.util.List;
import java.util.TreeSet;

import org.cpodrc.InputException;
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
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * {@code pitch}: for each merged shape, the distance from its centre (bounding-box centre) to the
 * nearest other shape's centre; flagged when below {@code min}, or when {@code nominal} is given
 * and the distance differs from it by more than {@code tolerance}. Distances are compared exactly
 * in integers (doubled coordinates, squared distances), so a pitch exactly at a bound passes. All
 * neighbours tied at the nearest distance are considered, and each offending pair is reported
 * once, marked by the segment joining the two centres. A lone shape has no pitch.
 */
public final class PitchCheck implements Check {
    @Override
    public String name() {
        return "pitch";
    }

    @Override
    public String summary() {
        return "Nearest-neighbour centre-to-centre distance of merged shapes (centre = bounding-box "
                + "centre) below `min`, or differing from `nominal` by more than `tolerance`; a distance "
                + "exactly at a bound passes (compared exactly in integers). Neighbours tied at the nearest "
                + "distance all count; each offending pair is reported once, marked by the segment between "
                + "the centres, its bbox spanning both shapes. A lone shape has no pitch. At least one of "
                + "`min` and `nominal` is required.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER, "the shapes whose centres are measured"),
                ParamSpec.optional("min", ParamType.LENGTH, null, "smallest allowed nearest-neighbour pitch"),
                ParamSpec.optional("nominal", ParamType.LENGTH, null, "the intended pitch"),
                ParamSpec.optional("tolerance", ParamType.LENGTH, "0", "allowed deviation from nominal"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        Findings.requireOneOf(rule, "min", "nominal");
        if (rule.has("tolerance") && !rule.has("nominal") && rule.lengthUm("tolerance") != 0) {
            throw new InputException("check pitch: tolerance needs nominal");
        }
        String layer = rule.layer("layer");
        List<Polygon> shapes = Findings.merged(ctx, layer);
        int n = shapes.size();
        long[] x2 = new long[n]; // centres doubled, so they are integers
        long[] y2 = new long[n];
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            Envelope e = shapes.get(i).getEnvelopeInternal();
            x2[i] = (long) e.getMinX() + (long) e.getMaxX();
            y2[i] = (long) e.getMinY() + (long) e.getMaxY();
            tree.insert(new Envelope(x2[i], x2[i], y2[i], y2[i]), i);
        }
        if (n < 2) {
            return;
        }
        tree.build();
        Bounds bounds = Bounds.of(rule, ctx);
        TreeSet<Long> reported = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            long best = nearestSquared(tree, i, x2, y2);
            if (bounds.ok(best)) {
                continue;
            }
            // every neighbour at exactly that distance: ties are common in regular arrays
            double r = Math.sqrt(best) + 1;
            Envelope env = new Envelope(x2[i] - r, x2[i] + r, y2[i] - r, y2[i] + r);
            for (int j : Findings.query(tree, env)) {
                if (j == i || squared(i, j, x2, y2) != best) {
                    continue;
                }
                long key = (long) Math.min(i, j) * n + Math.max(i, j);
                if (reported.add(key)) {
                    report(rule, ctx, sink, shapes, Math.min(i, j), Math.max(i, j), x2, y2, best, bounds);
                }
            }
        }
    }

    private static long nearestSquared(STRtree tree, int i, long[] x2, long[] y2) {
        Object[] near = tree.nearestNeighbour(new Envelope(x2[i], x2[i], y2[i], y2[i]), i,
                (ItemBoundable a, ItemBoundable b) -> Math.sqrt(
                        squared((Integer) a.getItem(), (Integer) b.getItem(), x2, y2)), 2);
        long best = Long.MAX_VALUE;
        for (Object o : near) {
            int j = (Integer) o;
            if (j != i) {
                best = Math.min(best, squared(i, j, x2, y2));
            }
        }
        return best;
    }

    /** Squared distance of two doubled centres: four times the squared distance in dbu². */
    private static long squared(int i, int j, long[] x2, long[] y2) {
        long dx = x2[i] - x2[j];
        long dy = y2[i] - y2[j];
        return dx * dx + dy * dy;
    }

    private static void report(Rule rule, CheckContext ctx, ResultSink sink, List<Polygon> shapes, int i, int j,
                               long[] x2, long[] y2, long squared, Bounds b) {
        double dist = Math.sqrt(squared) / 2; // back from doubled coordinates to dbu
        Geometry marker = Region.FACTORY.createLineString(new Coordinate[] {
                new Coordinate(x2[i] / 2.0, y2[i] / 2.0), new Coordinate(x2[j] / 2.0, y2[j] / 2.0)});
        Envelope both = new Envelope(shapes.get(i).getEnvelopeInternal());
        both.expandToInclude(shapes.get(j).getEnvelopeInternal());
        String layer = rule.layer("layer");
        String message;
        double required;
        if (b.hasMin && squared < b.min4) {
            required = ctx.toUm(b.min);
            message = layer + " pitch " + Findings.um(ctx, dist) + " below " + Findings.um(ctx, b.min);
        } else {
            required = ctx.toUm(b.nominal);
            message = layer + " pitch " + Findings.um(ctx, dist) + " differs from " + Findings.um(ctx, b.nominal)
                    + " by more than " + Findings.um(ctx, b.tolerance);
        }
        sink.violation(Findings.violation(rule, ctx, message, both, marker, ctx.toUm(dist), required));
    }

    /** The allowed range as squared doubled distances (4 d²), so comparisons stay in integers. */
    private record Bounds(boolean hasMin, long min, long min4, boolean hasNominal, long nominal, long tolerance,
                          long low4, long high4) {
        static Bounds of(Rule rule, CheckContext ctx) {
            long min = rule.has("min") ? ctx.toDbu(rule.lengthUm("min")) : 0;
            long nominal = rule.has("nominal") ? ctx.toDbu(rule.lengthUm("nominal")) : 0;
            long tol = rule.has("tolerance") ? ctx.toDbu(rule.lengthUm("tolerance")) : 0;
            long low = Math.max(0, nominal - tol);
            long high = nominal + tol;
            return new Bounds(rule.has("min"), min, 4 * min * min, rule.has("nominal"), nominal, tol,
                    4 * low * low, 4 * high * high);
        }

        boolean ok(long squared) {
            if (hasMin && squared < min4) {
                return false;
            }
            return !hasNominal || (squared >= low4 && squared <= high4);
        }
    }
}
