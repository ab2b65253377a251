package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Gbps per port for {@code edge_bandwidth}: a rate label inside or on the port's shape wins
 * (it already says the lanes: {@code 8x200G}); otherwise {@code lanes_per_port × gbps_per_lane};
 * otherwise 0 (a port that carries no data, e.g. a laser-supply fiber, still occupies shoreline).
 * Several labels on one port that disagree are reported, and the smallest is used (the
 * conservative choice for a minimum-density rule).
 */
final class PortCapacities {
    private PortCapacities() {
    }

    static double[] of(Rule rule, CheckContext context, List<Port> ports, Findings findings) {
        double fallback = rule.has("gbps_per_lane")
                ? rule.integer("lanes_per_port", 1) * rule.number("gbps_per_lane", 0) : 0;
        double[] gbps = new double[ports.size()];
        Arrays.fill(gbps, fallback);
        if (!rule.has("labels")) {
            return gbps;
        }
        STRtree index = new STRtree();
        for (int i = 0; i < ports.size(); i++) {
            index.insert(ports.get(i).envelope(), i);
        }
        List<List<String>> texts = new ArrayList<>();
        List<List<Double>> rates = new ArrayList<>();
        for (int i = 0; i < ports.size(); i++) {
            texts.add(new ArrayList<>());
            rates.add(new ArrayList<>());
        }
        List<CheckContext.Label> labels = new ArrayList<>(context.labels(rule.layer("labels")));
        labels.sort(Comparator.comparingLong(CheckContext.Label::x).thenComparingLong(CheckContext.Label::y)
                .thenComparing(CheckContext.Label::text));
        for (CheckContext.Label label : labels) {
            OptionalDouble rate = PortRate.parseGbps(label.text());
            if (rate.isEmpty()) {
                continue;
            }
            Point at = Region.FACTORY.createPoint(new Coordinate(label.x(), label.y()));
            for (Object o : index.query(new Envelope(label.x(), label.x(), label.y(), label.y()))) {
                int i = (Integer) o;
                if (ports.get(i).shape().covers(at)) {
                    texts.get(i).add(label.text());
                    rates.get(i).add(rate.getAsDouble());
                }
            }
        }
        double dbu = context.dbuUm();
        for (int i = 0; i < ports.size(); i++) {
            List<Double> r = rates.get(i);
            if (r.isEmpty()) {
                continue;
            }
            double min = r.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
            double max = r.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
            if (min != max) {
                findings.report("port at " + Fmt.point(ports.get(i), dbu) + " has conflicting bandwidth labels "
                                + String.join(", ", texts.get(i)) + "; counted as " + Fmt.plain(min) + " Gbps",
                        ports.get(i).envelope(), Double.NaN, Double.NaN);
            }
            gbps[i] = min;
        }
        return gbps;
    }
}
