package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether two shapes touching in a single point P interact for KLayout 0.28's interaction
 * scanline (dbEdgeProcessor's InteractionDetector in "interacting, touching" mode). At P the
 * scanline delivers the non-horizontal edge pieces ending at P (sorted left to right below P)
 * before those leaving P upwards (left to right above P); pieces of one direction form one
 * group, in which opening edges come before closing ones. A shape opening (north or south of
 * the scanline) while the other is open on either side is an interaction. This makes point
 * contacts depend on orientation: a box corner on a rising edge interacts, on a falling edge
 * it does not (docs/klayout-differences.md section 8).
 *
 * <p>Edges are given relative to P as doubles (offsets of at most a few thousand units, so
 * the side tests at 1e-4 units from P are exact enough for grid geometry).
 */
final class PointContact {
    private PointContact() {
    }

    /** One shape near P: its edges, relative to P (x1, y1, x2, y2 per edge), grouped by polygon. */
    record Shape(List<double[][]> polygons) {
        boolean inside(double x, double y) {
            for (double[][] poly : polygons) {
                int w = 0;
                for (double[] e : poly) {
                    double y1 = e[1], y2 = e[3];
                    if ((y1 <= y) != (y2 <= y)) {
                        double xc = e[0] + (y - y1) * (e[2] - e[0]) / (y2 - y1);
                        if (xc < x) {
                            w += y2 > y1 ? 1 : -1;
                        }
                    }
                }
                if (w != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final double EPS = 1e-4;

    /** A non-horizontal edge piece at P, as a direction from P (ending pieces point down). */
    private record Piece(int shape, double dx, double dy, int kind) {
        boolean advancing() {
            return dy > 0;
        }

        /** The direction normalized upwards, as KLayout compares edges. */
        double ux() {
            return dy > 0 ? dx : -dx;
        }

        double uy() {
            return Math.abs(dy);
        }
    }

    /** Whether shapes a and b (touching at P = origin only) interact for KLayout. */
    static boolean interacts(Shape a, Shape b) {
        Shape[] shapes = {a, b};
        List<Piece> pieces = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            for (double[][] poly : shapes[s].polygons()) {
                for (double[] e : poly) {
                    addPieces(pieces, s, e, shapes[s]);
                }
            }
        }
        // the state west of P, just above and just below the scanline
        boolean[] insideN = new boolean[2];
        boolean[] insideS = new boolean[2];
        for (int s = 0; s < 2; s++) {
            insideN[s] = shapes[s].inside(-EPS, EPS * 1e-6);
            insideS[s] = shapes[s].inside(-EPS, -EPS * 1e-6);
        }
        Comparator<Piece> order = (p, q) -> {
            if (p.advancing() != q.advancing()) {
                return p.advancing() ? 1 : -1;       // ending pieces first
            }
            double v = p.ux() * q.uy() - p.uy() * q.ux();
            if (v == 0) {
                return 0;
            }
            // ending: KLayout's a < b iff vprod(a, b) > 0; advancing: iff vprod(a, b) < 0
            return p.advancing() ? (v < 0 ? -1 : 1) : (v > 0 ? -1 : 1);
        };
        pieces.sort(order);
        // consecutive pieces of one direction (also an ending and an advancing one) are one
        // group: its opening pieces are delivered first, then its closing ones
        for (int g = 0; g < pieces.size(); ) {
            int end = g + 1;
            while (end < pieces.size() && sameDirection(pieces.get(g), pieces.get(end))) {
                end++;
            }
            for (int pass = 1; pass >= -1; pass -= 2) {
                for (int i = g; i < end; i++) {
                    Piece p = pieces.get(i);
                    if (p.kind() != pass) {
                        continue;
                    }
                    boolean[] side = p.advancing() ? insideN : insideS;
                    if (pass > 0) {
                        if (!side[p.shape()] && (insideN[1 - p.shape()] || insideS[1 - p.shape()])) {
                            return true;
                        }
                        side[p.shape()] = true;
                    } else {
                        side[p.shape()] = false;
                    }
                }
            }
            g = end;
        }
        return false;
    }

    private static boolean sameDirection(Piece p, Piece q) {
        return p.ux() * q.uy() - p.uy() * q.ux() == 0;
    }

    /** The non-horizontal pieces of edge e at the origin: one for an edge ending there, two for one passing through. */
    private static void addPieces(List<Piece> out, int s, double[] e, Shape shape) {
        double x1 = e[0], y1 = e[1], x2 = e[2], y2 = e[3];
        if (y1 == y2) {
            return;
        }
        boolean start = x1 == 0 && y1 == 0;
        boolean end = x2 == 0 && y2 == 0;
        if (start || end) {
            double dx = start ? x2 : x1;
            double dy = start ? y2 : y1;
            out.add(piece(s, dx, dy, shape));
        } else if (x1 * y2 - y1 * x2 == 0 && Math.min(y1, y2) < 0 && Math.max(y1, y2) > 0) {
            out.add(piece(s, x1, y1, shape));       // passing through: a piece on each side
            out.add(piece(s, x2, y2, shape));
        }
    }

    /** Opening (+1): the shape lies right of the piece only (along the scanline); closing (-1): left only. */
    private static Piece piece(int s, double dx, double dy, Shape shape) {
        double len = Math.hypot(dx, dy);
        double mx = dx / len * EPS, my = dy / len * EPS;
        double off = EPS * 1e-3;
        boolean right = shape.inside(mx + off, my);
        boolean left = shape.inside(mx - off, my);
        return new Piece(s, dx, dy, right == left ? 0 : right ? 1 : -1);
    }
}
