package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Metric;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code fiber_array}: fibers (or FAU grooves, or coupler ports) form straight arrays at the FAU
 * pitch (DOMAIN §1, rule C3). Positions are the centroids of the merged shapes of {@code layer};
 * {@link ArrayGrouper} defines how they group into arrays. Per array it checks the gap of every
 * adjacent pair (centre-to-centre distance) against pitch ± tolerance, the fiber count, the
 * deviation from the array's orthogonal least-squares line, optionally the pairing with coupler
 * ports, and for edge-coupled arrays the nearest die edge. Every array, a lone fiber included,
 * reports a metric (count, mean pitch, span).
 */
public final class FiberArrayCheck implements Check {
    static final double DEFAULT_PARALLEL_TOLERANCE_DEG = 0.1;
    static final double DEFAULT_CHAIN_ANGLE_DEG = 10;
    /** Slack for centroids computed in floating point: far below one database unit. */
    private static final double EPS_DBU = 1e-6;

    @Override
    public String name() {
        return "fiber_array";
    }

    @Override
    public String summary() {
        return "Fibers group into straight arrays at the FAU pitch: gaps off pitch ± tolerance, counts, "
                + "collinearity, coupler alignment and edge-coupled arrays off their die edge.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER,
                        "shapes marking fiber cores, FAU grooves or coupler ports; each merged shape's centroid is one position"),
                ParamSpec.required("pitch", ParamType.LENGTH, "nominal centre-to-centre pitch of the array (e.g. 127um)"),
                ParamSpec.required("tolerance", ParamType.LENGTH,
                        "allowed |gap - pitch| of adjacent fibers (FAU grooves: 0.5um); a gap off by more is flagged"),
                ParamSpec.optional("min_count", ParamType.INTEGER, null, "fewest fibers per array (a lone fiber is an array of 1)"),
                ParamSpec.optional("max_count", ParamType.INTEGER, null, "most fibers per array"),
                ParamSpec.optional("collinearity", ParamType.LENGTH, null,
                        "largest perpendicular deviation of a fiber from its array's least-squares line"),
                ParamSpec.optional("couplers", ParamType.LAYER, null,
                        "coupler ports: every fiber pairs with a coupler closer than pitch/2 and within alignment; "
                                + "a coupler without a fiber is flagged"),
                ParamSpec.optional("alignment", ParamType.LENGTH, null, "largest fiber-to-coupler offset (required with couplers)"),
                ParamSpec.optional("mfd", ParamType.LENGTH, null,
                        "mode-field diameter; with it offsets are also reported as Gaussian coupling loss in dB"),
                ParamSpec.optional("die", ParamType.LAYER, null,
                        "die outline for edge-coupled arrays: each array must run parallel to its nearest die edge"),
                ParamSpec.optional("max_edge_distance", ParamType.LENGTH, null,
                        "with die: largest distance of every fiber of an array from that edge (required with die)"),
                ParamSpec.optional("parallel_tolerance", ParamType.ANGLE, Double.toString(DEFAULT_PARALLEL_TOLERANCE_DEG),
                        "with die: largest angle between an array's best-fit line and its die edge (FAU grooves: 0.1 deg)"),
                ParamSpec.optional("chain_angle", ParamType.ANGLE, Double.toString(DEFAULT_CHAIN_ANGLE_DEG),
                        "grouping: a neighbour within 1.5 x pitch joins an array only if the step deviates at most this "
                                + "angle from the array's direction"));
    }

    @Override
    public void run(Rule rule, CheckContext context, ResultSink sink) {
        double pitch = context.toDbu(rule.lengthUm("pitch"));
        if (!(pitch > 0)) {
            throw new InputException("rule " + rule.id() + ": pitch must be positive");
        }
        double tolerance = context.toDbu(rule.lengthUm("tolerance"));
        double dbu = context.dbuUm();
        Findings findings = new Findings(rule, context, sink);
        ArrayGrouper grouper = new ArrayGrouper(1.5 * pitch, rule.number("chain_angle", DEFAULT_CHAIN_ANGLE_DEG));
        List<List<Port>> arrays = grouper.group(Ports.of(context.merged(rule.layer("layer"))));

        List<Map<String, Object>> metrics = new ArrayList<>();
        for (int a = 0; a < arrays.size(); a++) {
            List<Port> array = arrays.get(a);
            metrics.add(arrayMetric(a, array, dbu));
            checkGaps(a, array, pitch, tolerance, dbu, findings);
            checkCount(rule, a, array, dbu, findings);
            if (rule.has("collinearity")) {
                checkCollinearity(a, array, context.toDbu(rule.lengthUm("collinearity")), dbu, findings);
            }
        }
        if (rule.has("die")) {
            if (!rule.has("max_edge_distance")) {
                throw new InputException("rule " + rule.id() + ": die needs max_edge_distance");
            }
            EdgeCoupling edges = new EdgeCoupling(DieOutline.edges(context.merged(rule.layer("die"))),
                    context.toDbu(rule.lengthUm("max_edge_distance")),
                    rule.number("parallel_tolerance", DEFAULT_PARALLEL_TOLERANCE_DEG), dbu, findings);
            for (int a = 0; a < arrays.size(); a++) {
                edges.check(a, arrays.get(a));
            }
        }
        if (rule.has("couplers")) {
            if (!rule.has("alignment")) {
                throw new InputException("rule " + rule.id() + ": couplers needs alignment");
            }
            CouplerAlignment.check(rule, context, arrays, metrics, pitch, findings);
        }
        for (Map<String, Object> m : metrics) {
            sink.metric(new Metric(rule.id(), name(), m));
        }
    }

    private static Map<String, Object> arrayMetric(int a, List<Port> array, double dbu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("array", a);
        m.put("count", array.size());
        m.put("x_um", Fmt.round(array.get(0).x() * dbu, 6));
        m.put("y_um", Fmt.round(array.get(0).y() * dbu, 6));
        if (array.size() > 1) {
            double sum = 0;
            for (int i = 1; i < array.size(); i++) {
                sum += array.get(i - 1).distance(array.get(i));
            }
            m.put("pitch_mean_um", Fmt.round(sum / (array.size() - 1) * dbu, 6));
            m.put("span_um", Fmt.round(array.get(0).distance(array.get(array.size() - 1)) * dbu, 6));
            LineFit fit = LineFit.of(array);
            double angle = Math.toDegrees(Math.atan2(fit.uy(), fit.ux()));
            m.put("angle_deg", Fmt.round(((angle % 180) + 180) % 180, 6));
        } else {
            m.put("span_um", 0.0);
        }
        return m;
    }

    private static void checkGaps(int a, List<Port> array, double pitch, double tolerance, double dbu,
                                  Findings findings) {
        for (int i = 1; i < array.size(); i++) {
            Port p = array.get(i - 1);
            Port q = array.get(i);
            double gap = p.distance(q);
            if (Math.abs(gap - pitch) > tolerance + EPS_DBU) {
                Envelope box = p.envelope();
                box.expandToInclude(q.envelope());
                findings.report("array " + a + " fibers " + (i - 1) + "-" + i + " at " + Fmt.point(p, dbu) + "-"
                                + Fmt.point(q, dbu) + ": gap " + Fmt.um(gap * dbu) + " µm, pitch "
                                + Fmt.um(pitch * dbu) + " ± " + Fmt.um(tolerance * dbu) + " µm",
                        box, gap * dbu, pitch * dbu);
            }
        }
    }

    private static void checkCount(Rule rule, int a, List<Port> array, double dbu, Findings findings) {
        int n = array.size();
        long min = rule.integer("min_count", Long.MIN_VALUE);
        long max = rule.integer("max_count", Long.MAX_VALUE);
        if (n < min || n > max) {
            String bound = n < min ? "min_count " + min : "max_count " + max;
            findings.report("array " + a + " from " + Fmt.point(array.get(0), dbu) + ": " + n + " fiber"
                    + (n == 1 ? "" : "s") + ", " + bound, box(array), n, n < min ? min : max);
        }
    }

    private static void checkCollinearity(int a, List<Port> array, double limit, double dbu, Findings findings) {
        if (array.size() < 3) {
            return; // two points always lie on their line
        }
        LineFit fit = LineFit.of(array);
        int worst = 0;
        for (int i = 1; i < array.size(); i++) {
            if (fit.deviation(array.get(i)) > fit.deviation(array.get(worst))) {
                worst = i;
            }
        }
        double dev = fit.deviation(array.get(worst));
        if (dev > limit + EPS_DBU) {
            findings.report("array " + a + " fiber " + worst + " at " + Fmt.point(array.get(worst), dbu) + ": "
                            + Fmt.um(dev * dbu) + " µm off the array's best-fit line, collinearity "
                            + Fmt.um(limit * dbu) + " µm",
                    array.get(worst).envelope(), dev * dbu, limit * dbu);
        }
    }

    static Envelope box(List<Port> ports) {
        Envelope e = new Envelope();
        for (Port p : ports) {
            e.expandToInclude(p.envelope());
        }
        return e;
    }
}
