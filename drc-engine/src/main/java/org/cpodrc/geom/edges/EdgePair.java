package org.cpodrc.geom.edges;

/**
 * Two edges that together mark a violation, as KLayout's EdgePair: for single-layer checks
 * (width, space) the pair is symmetric (the order of the edges carries no meaning); for
 * two-layer checks the first edge belongs to the first layer.
 */
public record EdgePair(Edge first, Edge second) {

    /**
     * The pair oriented so that first.p1 → first.p2 → second.p1 → second.p2 forms a clockwise
     * loop (KLayout's normalization, used by the shielding test).
     */
    public EdgePair normalized() {
        Edge f = first, s = second;
        long a1 = vprod(f.x2() - s.x2(), f.y2() - s.y2(), f.x1() - s.x1(), f.y1() - s.y1());
        long a2 = vprod(f.x1() - s.x2(), f.y1() - s.y2(), f.x2() - s.x1(), f.y2() - s.y1());
        if (Math.abs(a2) > Math.abs(a1)) {
            f = f.swapped();
            long t = a1;
            a1 = a2;
            a2 = t;
        }
        if (a1 < 0) {
            f = f.swapped();
            s = s.swapped();
        } else if (a1 == 0) {
            if (f.sprodSign(s) > 0) {
                f = f.swapped();
            }
            if (f.sideOf(s.x1(), s.y1()) > 0 || s.sideOf(f.x1(), f.y1()) > 0) {
                f = f.swapped();
                s = s.swapped();
            }
        }
        return new EdgePair(f, s);
    }

    private static long vprod(long ax, long ay, long bx, long by) {
        return ax * by - ay * bx;
    }

    /** The smallest Euclidean distance between the two edges (0 if they touch or cross). */
    public double distance() {
        if (first.intersectPoint(second) != null) {
            return 0;
        }
        return Math.min(Math.min(pointDistance(first, second.x1(), second.y1()), pointDistance(first, second.x2(), second.y2())),
                Math.min(pointDistance(second, first.x1(), first.y1()), pointDistance(second, first.x2(), first.y2())));
    }

    private static double pointDistance(Edge e, long px, long py) {
        if (e.isDegenerate()) {
            return Math.hypot(px - e.x1(), py - e.y1());
        }
        double t = ((px - e.x1()) * (double) e.dx() + (py - e.y1()) * (double) e.dy()) / e.sqLength();
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(e.x1() + t * e.dx() - px, e.y1() + t * e.dy() - py);
    }

    @Override
    public String toString() {
        return first + "/" + second;
    }
}
