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
 * {@code edge_bandwidth}: shoreline bandwidth density per die edge (DOMAIN §4).
 *
 * <p>Each merged polygon of {@code die} is one die; dies are numbered in order of their bounding
 * boxes (left, then bottom). Edges are the north/south/east/west sides of a die's bounding box
 * (the die itself when rectangular). Each port (merged shape of {@code ports}, at its centroid)
 * belongs to the die side nearest to it, measured to the side as a segment; ports farther than
 * {@code max_edge_distance} from every side are ignored. A port carries
 * {@code lanes_per_port × gbps_per_lane} Gbps, or what its rate label says ({@link PortRate}:
 * a text on {@code labels} inside or on the port's shape; the label gives the lane count too);
 * a port without a label and without {@code gbps_per_lane} carries 0 Gbps but still occupies
 * shoreline (laser-supply fibers). The occupied length is, for {@code basis: span}, the ports'
 * extent along the side plus one pitch (= N × pitch for an evenly spaced array) plus
 * {@code fau_overhead}; for {@code basis: edge} the whole side. See {@link ShorelineSpan} for
 * the pitch used. Density = Σ Gbps / length; {@code per_direction} counting halves it.
 */
public final class EdgeBandwidthCheck implements Check {
    static final double DEFAULT_MIN_RATIO = 1;

    @Override
    public String name() {
        return "edge_bandwidth";
    }

    @Override
    public String summary() {
        return "Shoreline bandwidth density (Tbps/mm) per die edge with ports, below target × min_ratio.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("die", ParamType.LAYER,
                        "die outlines: each merged polygon is one die; its bounding-box sides are its north/south/east/west edges"),
                ParamSpec.required("ports", ParamType.LAYER,
                        "optical or electrical I/O shapes; each belongs to the nearest die edge"),
                ParamSpec.optional("lanes_per_port", ParamType.INTEGER, "1", "lanes (wavelengths) per port"),
                ParamSpec.optional("gbps_per_lane", ParamType.RATE, null,
                        "rate of one lane (e.g. 200Gbps); required unless labels give the rates"),
                ParamSpec.optional("labels", ParamType.LAYER, null,
                        "texts like 8x200G or 400G inside or on a port give its bandwidth (lanes x rate); other texts are ignored"),
                ParamSpec.optional("max_edge_distance", ParamType.LENGTH, null,
                        "ports farther than this from every die edge are ignored (default: no limit)"),
                ParamSpec.choice("basis", "span",
                        "span: the ports' extent along the edge plus one pitch (plus fau_overhead); edge: the whole edge length",
                        "span", "edge"),
                ParamSpec.optional("pitch", ParamType.LENGTH, null,
                        "port pitch for basis span (default: median spacing of the ports along the edge; "
                                + "a lone port without pitch falls back to basis edge)"),
                ParamSpec.required("target", ParamType.DENSITY_OR_TARGET,
                        "a density (3Tbps/mm, 1317GB/s/mm) or a named target: deck targets, or presets "
                                + String.join(", ", BandwidthTargets.presets().keySet()) + ", ucie-standard, ucie-advanced"),
                ParamSpec.choice("counting", "aggregate",
                        "aggregate: both directions together (UCIe); per_direction: half of that. Presets defined in the "
                                + "other mode are converted (x2 or /2)",
                        "aggregate", "per_direction"),
                ParamSpec.optional("fau_overhead", ParamType.LENGTH, "0", "added to the span (FAU body beyond the fibers)"),
                ParamSpec.optional("min_ratio", ParamType.NUMBER, Double.toString(DEFAULT_MIN_RATIO),
                        "flag edges whose density is below target x min_ratio"));
    }

    @Override
    public void run(Rule rule, CheckContext context, ResultSink sink) {
        String targetText = rule.string("target");
        BandwidthTargets.Target target = BandwidthTargets.resolve(targetText, context.targets())
                .orElseThrow(() -> new InputException("rule " + rule.id() + ": target '" + targetText
                        + "' is neither a deck target, a preset (" + String.join(", ", BandwidthTargets.presets().keySet())
                        + ") nor a density like 3Tbps/mm"));
        if (!rule.has("gbps_per_lane") && !rule.has("labels")) {
            throw new InputException("rule " + rule.id() + ": edge_bandwidth needs gbps_per_lane or labels");
        }
        boolean perDirection = "per_direction".equals(rule.string("counting"));
        boolean edgeBasis = "edge".equals(rule.string("basis"));
        double dbu = context.dbuUm();

        List<Envelope> dies = DieEdges.dies(context.merged(rule.layer("die")));
        List<Port> ports = Ports.of(context.merged(rule.layer("ports")));
        Findings findings = new Findings(rule, context, sink);
        double[] gbps = PortCapacities.of(rule, context, ports, findings);
        double maxDistance = rule.has("max_edge_distance")
                ? context.toDbu(rule.lengthUm("max_edge_distance")) : Double.POSITIVE_INFINITY;
        double pitch = rule.has("pitch") ? context.toDbu(rule.lengthUm("pitch")) : Double.NaN;
        double overhead = rule.has("fau_overhead") ? context.toDbu(rule.lengthUm("fau_overhead")) : 0;
        double minRatio = rule.number("min_ratio", DEFAULT_MIN_RATIO);
        double targetValue = target.in(perDirection);

        for (DieEdges.Edge edge : DieEdges.withPorts(dies, ports, maxDistance)) {
            List<Port> onEdge = new ArrayList<>();
            double total = 0;
            for (int i : edge.ports()) {
                onEdge.add(ports.get(i));
                total += gbps[i];
            }
            ShorelineSpan span = ShorelineSpan.of(onEdge, edge.side(), pitch);
            boolean useEdge = edgeBasis || span == null;
            double lengthMm = (useEdge ? edge.segment().length() : span.lengthDbu() + overhead) * dbu / 1000;
            double aggregate = total / lengthMm / 1000;
            double value = perDirection ? aggregate / 2 : aggregate;
            double ratio = value / targetValue;

            Map<String, Object> m = new LinkedHashMap<>();
            m.put("die", edge.die());
            m.put("edge", edge.side().label());
            m.put("ports", onEdge.size());
            m.put("gbps", Fmt.round(total, 9));
            m.put("shoreline_mm", Fmt.round(lengthMm, 9));
            m.put("value", Fmt.round(value, 9));
            m.put("unit", "Tbps/mm");
            m.put("target", Fmt.round(targetValue, 9));
            m.put("target_name", target.name());
            m.put("counting", perDirection ? "per_direction" : "aggregate");
            m.put("ratio", Fmt.round(ratio, 9));
            m.put("basis", useEdge ? "edge" : "span");
            sink.metric(new Metric(rule.id(), name(), m));

            double required = targetValue * minRatio;
            if (value < required * (1 - 1e-12)) {
                Segment seg = edge.segment();
                Envelope box = FiberArrayCheck.box(onEdge);
                box.expandToInclude(useEdge ? new Envelope(seg.x1(), seg.x2(), seg.y1(), seg.y2())
                        : span.onSide(seg, edge.side()));
                findings.report(message(value, required, minRatio, target, perDirection, targetValue)
                                + " on die " + edge.die() + " " + edge.side().label() + " edge: " + onEdge.size()
                                + " ports, " + Fmt.plain(total) + " Gbps over " + Fmt.fixed(lengthMm, 3) + " mm"
                                + (useEdge ? " (whole edge)" : ""),
                        box, value, required);
            }
        }
    }

    private static String message(double value, double required, double minRatio, BandwidthTargets.Target target,
                                  boolean perDirection, double targetValue) {
        StringBuilder s = new StringBuilder();
        s.append(Fmt.fixed(value, 3)).append(" Tbps/mm");
        if (perDirection) {
            s.append(" per direction");
        }
        s.append(" vs ").append(target.named() ? target.name() : "target").append(' ').append(Fmt.compact(targetValue));
        if (target.perDirection() != null && target.perDirection() != perDirection) {
            s.append(" (").append(Fmt.compact(target.tbpsPerMm()))
                    .append(target.perDirection() ? " per direction)" : " aggregate)");
        }
        if (minRatio != 1) {
            s.append(" × min_ratio ").append(Fmt.compact(minRatio));
        }
        s.append(": ").append(Fmt.fixed(value / targetValue, 2)).append('×');
        s.append(value > 0 ? " (" + Fmt.fixed(required / value, 1) + "× short)" : " (no bandwidth)");
        return s.toString();
    }
}
