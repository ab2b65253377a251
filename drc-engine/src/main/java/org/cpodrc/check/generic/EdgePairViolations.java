package org.cpodrc.check.generic;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Marker;
import org.cpodrc.check.Violation;
import org.cpodrc.check.ViolationText;
import org.cpodrc.geom.edges.Edge;
import org.cpodrc.geom.edges.EdgePair;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

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
        // one message object for all of the rule's pairs, rendered from each violation's values on demand
        ViolationText text = new PairText(rule, context.dbuUm(), what);
        for (EdgePair ep : pairs) {
            if (ignoreTouchingCorners && isTouchingCorner(ep)) {
                continue;
            }
            double measuredUm = context.toUm(ep.distance());
            Edge a = ep.first(), b = ep.second();
            sink.violation(Violation.of(rule.id(), rule.severity(), text,
                    Math.min(Math.min(a.x1(), a.x2()), Math.min(b.x1(), b.x2())),
                    Math.min(Math.min(a.y1(), a.y2()), Math.min(b.y1(), b.y2())),
                    Math.max(Math.max(a.x1(), a.x2()), Math.max(b.x1(), b.x2())),
                    Math.max(Math.max(a.y1(), a.y2()), Math.max(b.y1(), b.y2())),
                    Marker.edgePair(a.x1(), a.y1(), a.x2(), a.y2(), b.x1(), b.y1(), b.x2(), b.y2()),
                    measuredUm, requiredUm, context.topCell()));
        }
    }

    /** "WHAT 0.180 um < 0.200 um", or the rule's template, from a violation's measured and required values. */
    private record PairText(Rule rule, double dbuUm, String what) implements ViolationText {
        @Override
        public String render(Violation v) {
            String fallback = what + " " + um(v.measuredUm(), dbuUm) + " < " + um(v.requiredUm(), dbuUm);
            return message(rule, dbuUm, fallback, v.measuredUm(), v.requiredUm());
        }
    }

    /** Reports a polygon marker (e.g. the part of an inner shape outside its enclosing shape). */
    static void reportPolygon(Rule rule, CheckContext context, ResultSink sink, Geometry polygon, String fallback) {
        Envelope box = polygon.getEnvelopeInternal();
        double requiredUm = rule.lengthUm(EdgeCheckOptions.MIN);
        sink.violation(Violation.of(rule.id(), rule.severity(),
                message(rule, context.dbuUm(), fallback, Double.NaN, requiredUm), (long) box.getMinX(),
                (long) box.getMinY(), (long) box.getMaxX(), (long) box.getMaxY(), Marker.of(polygon), Double.NaN,
                requiredUm, context.topCell()));
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

    static String message(Rule rule, double dbuUm, String fallback, double measuredUm, double requiredUm) {
        String t = rule.messageTemplate();
        if (t == null || t.isEmpty()) {
            return fallback;
        }
        String out = t.replace("{measured}", Double.isNaN(measuredUm) ? "-" : um(measuredUm, dbuUm))
                .replace("{required}", um(requiredUm, dbuUm))
                .replace("{rule}", rule.id());
        for (Map.Entry<String, Object> e : rule.params().entrySet()) {
            if (e.getValue() instanceof String s) {
                out = out.replace("{" + e.getKey() + "}", s);
            }
        }
        return out;
    }

    /** A length in µm with as many decimals as the grid needs (at least three). */
    static String um(double v, double dbuUm) {
        int decimals = Math.max(3, (int) Math.ceil(-Math.log10(dbuUm) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f um", v);
    }
}
