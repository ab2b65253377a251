package org.cpodrc.geom.edges;

/**
 * Decides whether two edges violate a distance relation and, if so, which parts of them do
 * (KLayout's edge relation filter): projection limits, the angle limit, then the near parts of
 * each edge relative to the other under the chosen metrics.
 */
public final class EdgeRelationCheck {
    private final Relation relation;
    private final CheckOptions options;
    private final double angleCos;

    public EdgeRelationCheck(Relation relation, CheckOptions options) {
        this.relation = relation;
        this.options = options;
        this.angleCos = Math.cos(options.angleLimit() * Math.PI / 180.0);
    }

    public Relation relation() {
        return relation;
    }

    public CheckOptions options() {
        return options;
    }

    /** The violating edge pair of a (first) and b (second), or null. */
    public EdgePair check(Edge a, Edge b) {
        if (options.minProjection() > 0 || options.maxProjection() < Long.MAX_VALUE) {
            long p = projection(a, b);
            if (!(p >= options.minProjection() && p < options.maxProjection())) {
                p = projection(b, a);
                if (!(p >= options.minProjection() && p < options.maxProjection())) {
                    return null;
                }
            }
        }

        Edge aa = relation == Relation.OVERLAP || relation == Relation.INSIDE ? a.swapped() : a;
        if (options.angleLimit() == 90.0) {
            if (aa.sprodSign(b) >= 0) {
                return null;
            }
        } else if (-(double) aa.sprod(b) / (aa.length() * b.length()) < angleCos + 1e-10) {
            return null;
        }

        boolean swapFirst = relation == Relation.SPACE || relation == Relation.INSIDE;
        boolean swapSecond = relation == Relation.SPACE || relation == Relation.OVERLAP;
        Edge an = swapFirst ? a.swapped() : a;
        Edge bn = swapSecond ? b.swapped() : b;

        Edge second = near(an, bn);
        if (second == null) {
            return null;
        }
        Edge first = near(bn, an);
        if (first == null) {
            return null;
        }
        if (options.wholeEdges()) {
            return new EdgePair(a, b);
        }
        return new EdgePair(swapFirst ? first.swapped() : first, swapSecond ? second.swapped() : second);
    }

    private Edge near(Edge e, Edge other) {
        long d = options.distance();
        return switch (options.metrics()) {
            case EUCLIDIAN -> NearPart.euclidian(d, e, other);
            case SQUARE -> NearPart.variable(d, d, e, other);
            case PROJECTION -> NearPart.variable(d, 0, e, other);
        };
    }

    /** Length of b projected onto a, rounded to the grid. */
    static long projection(Edge a, Edge b) {
        if (a.isDegenerate() || b.isDegenerate()) {
            return 0;
        }
        double al = a.sqLength();
        double l1 = ((double) (b.x1() - a.x1()) * a.dx() + (double) (b.y1() - a.y1()) * a.dy()) / al;
        double l2 = ((double) (b.x2() - a.x1()) * a.dx() + (double) (b.y2() - a.y1()) * a.dy()) / al;
        l1 = Math.min(1.0, Math.max(0.0, l1));
        l2 = Math.min(1.0, Math.max(0.0, l2));
        return Geo.round(a.length() * Math.abs(l2 - l1));
    }
}
