package org.cpodrc.check.generic;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.edges.Edge;
import org.cpodrc.geom.edges.EdgePair;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/** Turns edge pairs (and polygon markers) into violations: message, bbox, marker, measured and required. */
final class EdgePairViolations {
    private EdgePairViolations() {
    }

    /**
     * Reports one violation per edge pair. The default message reads "WHAT 0.180 um < 0.200 um"; a
     * rule's message template may use {measured}, {required}, {rule} and any parameter name in
     * braces (e.g. {layer}).
     */
    static void report(Rule rule, CheckContext context, ResultSink sink, String what, List<EdgePair> pairs,
                       boolean ignoreTouchingCorners) {
        double requiredUm = rule.lengthUm(EdgeCheckOptions.MIN);
        for (EdgePair ep : pairs) {
            if (ignoreTouchingCorners && isTouchingCorner(ep)) {
                continue;
            }
            double measuredUm = context.toUm(ep.distance());
            String fallback = what + " " + um(measuredUm, context) + " < " + um(requiredUm, context);
            Envelope box = new Envelope(ep.first().x1(), ep.first().x2(), ep.first().y1(), ep.first().y2());
            box.expandToInclude(new Envelope(ep.second().x1(), ep.second().x2(), ep.second().y1(), ep.second().y2()));
            Geometry marker = Region.FACTORY.createMultiLineString(new LineString[] {line(ep.first()), line(ep.second())});
            sink.violation(new Violation(rule.id(), rule.severity(),
                    message(rule, context, fallback, measuredUm, requiredUm), (long) box.getMinX(), (long) box.getMinY(),
                    (long) box.getMaxX(), (long) box.getMaxY(), marker, measuredUm, requiredUm, context.topCell()));
        }
    }

    /** Reports a polygon marker (e.g. the part of an inner shape outside its enclosing shape). */
    static void reportPolygon(Rule rule, CheckContext context, ResultSink sink, Geometry polygon, String fallback) {
        Envelope box = polygon.getEnvelopeInternal();
        double requiredUm = rule.lengthUm(EdgeCheckOptions.MIN);
        sink.violation(new Violation(rule.id(), rule.severity(),
                message(rule, context, fallback, Double.NaN, requiredUm), (long) box.getMinX(), (long) box.getMinY(),
                (long) box.getMaxX(), (long) box.getMaxY(), polygon, Double.NaN, requiredUm, context.topCell()));
    }

    /** Collinear edges that meet in exactly one end point: the two sides of a kissing corner. */
    static boolean isTouchingCorner(EdgePair ep) {
        Edge a = ep.first(), b = ep.second();
        if (!a.parallel(b) || a.sideOf(b.x1(), b.y1()) != 0) {
            return false;
        }
        long[] p = sharedEnd(a, b);
        return p != null && sharesOnlyPoint(a, b, p);
    }

    private static long[] sharedEnd(Edge a, Edge b) {
        for (long[] q : new long[][] {{a.x1(), a.y1()}, {a.x2(), a.y2()}}) {
            if ((q[0] == b.x1() && q[1] == b.y1()) || (q[0] == b.x2() && q[1] == b.y2())) {
                return q;
            }
        }
        return null;
    }

    private static boolean sharesOnlyPoint(Edge a, Edge b, long[] p) {
        // the other end of b must lie outside a (and vice versa) for the contact to be one point
        long bx = (p[0] == b.x1() && p[1] == b.y1()) ? b.x2() : b.x1();
        long by = (p[0] == b.x1() && p[1] == b.y1()) ? b.y2() : b.y1();
        long ax = (p[0] == a.x1() && p[1] == a.y1()) ? a.x2() : a.x1();
        long ay = (p[0] == a.x1() && p[1] == a.y1()) ? a.y2() : a.y1();
        return (bx - p[0]) * (ax - p[0]) + (by - p[1]) * (ay - p[1]) < 0;
    }

    private static LineString line(Edge e) {
        return Region.FACTORY.createLineString(new Coordinate[] {new Coordinate(e.x1(), e.y1()), new Coordinate(e.x2(), e.y2())});
    }

    static String message(Rule rule, CheckContext context, String fallback, double measuredUm, double requiredUm) {
        String t = rule.messageTemplate();
        if (t == null || t.isEmpty()) {
            return fallback;
        }
        String out = t.replace("{measured}", Double.isNaN(measuredUm) ? "-" : um(measuredUm, context))
                .replace("{required}", um(requiredUm, context))
                .replace("{rule}", rule.id());
        for (Map.Entry<String, Object> e : rule.params().entrySet()) {
            if (e.getValue() instanceof String s) {
                out = out.replace("{" + e.getKey() + "}", s);
            }
        }
        return out;
    }

    /** A length in µm with as many decimals as the grid needs (at least three). */
    static String um(double v, CheckContext context) {
        int decimals = Math.max(3, (int) Math.ceil(-Math.log10(context.dbuUm()) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f um", v);
    }
}
