package org.cpodrc.geom.edges;

/**
 * The part of one edge that lies on the inner side of another edge and closer than a distance
 * to it. Both edges come oriented in "width" form (the measured gap on the right of each), and
 * the computation follows KLayout's edge-relation arithmetic step by step (parameters along
 * the edge in doubles, end points rounded to the grid), because DRC users compare markers
 * point for point.
 */
final class NearPart {
    private NearPart() {
    }

    /** C++ std::max semantics (a NaN second argument is ignored). */
    private static double cmax(double a, double b) {
        return a < b ? b : a;
    }

    /** C++ std::min semantics (a NaN second argument is ignored). */
    private static double cmin(double a, double b) {
        return b < a ? b : a;
    }

    private static double dvprod(double ax, double ay, double bx, double by) {
        return ax * by - ay * bx;
    }

    /**
     * Whether zero distance counts between e and other: only for collinear edges that touch
     * (KLayout 0.28's behaviour), so the two sides of a kissing corner are flagged while merely
     * collinear, separate edges are not.
     */
    static boolean includeZero(Edge e, Edge g) {
        int s1 = e.sideOf(g.x1(), g.y1());
        int s2 = e.sideOf(g.x2(), g.y2());
        return s1 == 0 && s2 == 0 && e.intersects(g);
    }

    /** The part of {@code other} on the inner (right) side of e (or on e, when thr is 0), or null. */
    private static Edge innerSide(Edge e, Edge other, int thr) {
        int s1 = e.sideOf(other.x1(), other.y1());
        int s2 = e.sideOf(other.x2(), other.y2());
        if (s1 > thr && s2 > thr) {
            return null;
        } else if (s2 > thr) {
            long[] c = other.cutPoint(e);
            return new Edge(other.x1(), other.y1(), c[0], c[1]);
        } else if (s1 > thr) {
            long[] c = other.cutPoint(e);
            return new Edge(c[0], c[1], other.x2(), other.y2());
        }
        return other;
    }

    private static Edge part(Edge g, double l1, double l2) {
        return new Edge(g.x1() + Geo.round(g.dx() * l1), g.y1() + Geo.round(g.dy() * l1),
                g.x1() + Geo.round(g.dx() * l2), g.y1() + Geo.round(g.dy() * l2));
    }

    /** Euclidean metric. */
    static Edge euclidian(long d, Edge e, Edge other) {
        if (e.isDegenerate()) {
            return null;
        }
        int thr = includeZero(e, other) ? 0 : -1;
        Edge g = innerSide(e, other, thr);
        if (g == null) {
            return null;
        }
        double dd = (double) d * d;
        if (g.isDegenerate()) {
            if (e.sideOf(g.x1(), g.y1()) >= 0) {
                return null;
            }
            double a = e.sqLength();
            double b = (double) (e.x1() - g.x1()) * e.dx() + (double) (e.y1() - g.y1()) * e.dy();
            double c = sq(e.x1() - g.x1()) + sq(e.y1() - g.y1()) - dd;
            double s = b * b - a * c;
            if (s >= 0) {
                double l1 = Math.max(0.0, (-b - Math.sqrt(s)) / a);
                double l2 = Math.min(1.0, (-b + Math.sqrt(s)) / a);
                if (l1 <= l2) {
                    return g;
                }
            }
            return null;
        }

        double l1 = Double.MAX_VALUE, l2 = -Double.MAX_VALUE;
        if (e.parallel(g)) {
            if (Math.abs((double) e.distance(g.x1(), g.y1())) >= d) {
                return null;
            }
        } else {
            double ef = 1.0 / e.length();
            double enx = ef * e.dy(), eny = -ef * e.dx();
            double e1dx = e.x1() + enx * d, e1dy = e.y1() + eny * d;
            double det = dvprod(g.dx(), g.dy(), e.dx(), e.dy());
            double lp1 = dvprod(e1dx - g.x1(), e1dy - g.y1(), e.dx(), e.dy()) / det;
            double lp2 = dvprod(e.x1() - g.x1(), e.y1() - g.y1(), e.dx(), e.dy()) / det;
            if (lp1 > lp2) {
                double t = lp1;
                lp1 = lp2;
                lp2 = t;
            }
            if (e.sprodSign(g) == 0) {
                if (g.sideOf(e.x1(), e.y1()) * g.sideOf(e.x2(), e.y2()) <= 0) {
                    l1 = lp1;
                    l2 = lp2;
                }
            } else {
                double det2 = dvprod(g.dx(), g.dy(), enx, eny);
                double lt1 = dvprod(e.x1() - g.x1(), e.y1() - g.y1(), enx, eny) / det2;
                double lt2 = dvprod(e.x2() - g.x1(), e.y2() - g.y1(), enx, eny) / det2;
                if (lt1 > lt2) {
                    double t = lt1;
                    lt1 = lt2;
                    lt2 = t;
                }
                double ll1 = cmax(lp1, lt1);
                double ll2 = cmin(lp2, lt2);
                if (ll1 <= ll2) {
                    l1 = ll1;
                    l2 = ll2;
                }
            }
        }

        // the circles of radius d around the end points of e
        for (int i = 0; i < 2; i++) {
            long ox = i == 0 ? e.x1() : e.x2();
            long oy = i == 0 ? e.y1() : e.y2();
            double a = g.sqLength();
            double b = (double) (g.x1() - ox) * g.dx() + (double) (g.y1() - oy) * g.dy();
            double c = sq(g.x1() - ox) + sq(g.y1() - oy) - dd;
            double s = b * b - a * c;
            if (s >= 0) {
                l1 = Math.min(l1, (-b - Math.sqrt(s)) / a);
                l2 = Math.max(l2, (-b + Math.sqrt(s)) / a);
            }
        }

        l1 = Math.max(0.0, l1);
        l2 = Math.min(1.0, l2);
        if (l1 >= l2) {
            return null;
        }
        return part(g, l1, l2);
    }

    /** Square (extension dd = d) or projection (dd = 0) metric. */
    static Edge variable(long d, long dd, Edge e, Edge other) {
        if (e.isDegenerate()) {
            return null;
        }
        int thr = includeZero(e, other) ? 0 : -1;
        Edge g = innerSide(e, other, thr);
        if (g == null) {
            return null;
        }
        double len = e.length();
        if (g.isDegenerate()) {
            double gd = e.distance(g.x1(), g.y1());
            if (gd <= -(double) d || gd >= 0) {
                return null;
            }
            if ((double) ((g.x1() - e.x1()) * e.dx() + (g.y1() - e.y1()) * e.dy()) < -(dd * len)) {
                return null;
            }
            if ((double) ((e.x2() - g.x1()) * e.dx() + (e.y2() - g.y1()) * e.dy()) < -(dd * len)) {
                return null;
            }
            return g;
        }

        double l1 = Double.MIN_NORMAL, l2 = Double.MAX_VALUE; // C++ numeric_limits<double>::min()
        double ef = 1.0 / len;
        double epx = ef * e.dx(), epy = ef * e.dy();
        double enx = ef * e.dy(), eny = -ef * e.dx();
        if (e.parallel(g)) {
            if (Math.abs((double) e.distance(g.x1(), g.y1())) >= d) {
                return null;
            }
        } else {
            double e1dx = e.x1() + enx * d, e1dy = e.y1() + eny * d;
            double det = dvprod(g.dx(), g.dy(), e.dx(), e.dy());
            double lp1 = dvprod(e1dx - g.x1(), e1dy - g.y1(), e.dx(), e.dy()) / det;
            double lp2 = dvprod(e.x1() - g.x1(), e.y1() - g.y1(), e.dx(), e.dy()) / det;
            if (lp1 > lp2) {
                double t = lp1;
                lp1 = lp2;
                lp2 = t;
            }
            l1 = lp1;
            l2 = lp2;
        }

        if (e.sprodSign(g) == 0) {
            if ((double) ((g.x1() - e.x1()) * e.dx() + (g.y1() - e.y1()) * e.dy()) < -(dd * len)
                    || (double) ((e.x2() - g.x1()) * e.dx() + (e.y2() - g.y1()) * e.dy()) < -(dd * len)) {
                return null;
            }
        } else {
            double det = dvprod(g.dx(), g.dy(), enx, eny);
            double lt1 = dvprod(e.x1() - g.x1() - epx * dd, e.y1() - g.y1() - epy * dd, enx, eny) / det;
            double lt2 = dvprod(e.x2() - g.x1() + epx * dd, e.y2() - g.y1() + epy * dd, enx, eny) / det;
            if (lt1 > lt2) {
                double t = lt1;
                lt1 = lt2;
                lt2 = t;
            }
            l1 = cmax(l1, lt1);
            l2 = cmin(l2, lt2);
        }

        l1 = cmax(0.0, l1);
        l2 = cmin(1.0, l2);
        if (l1 >= l2) {
            return null;
        }
        return part(g, l1, l2);
    }

    private static double sq(long v) {
        return (double) v * v;
    }
}
