package org.cpodrc.check.packaging;

import java.util.List;

import org.locationtech.jts.geom.Envelope;

/**
 * The edge-coupled part of {@code fiber_array}: an array's die edge is the straight outline
 * piece with the smallest mean distance to the array's fibers. The array's least-squares line
 * must be parallel to it within the tolerance (arrays of two or more), and every fiber must be
 * within {@code maxDistance} of that edge (distance to the edge piece, so a fiber beyond the
 * die's corner is far from it too).
 */
final class EdgeCoupling {
    private final List<Segment> edges;
    private final double maxDistance;
    private final double parallelToleranceDeg;
    private final double dbu;
    private final Findings findings;

    EdgeCoupling(List<Segment> edges, double maxDistance, double parallelToleranceDeg, double dbu, Findings findings) {
        this.edges = edges;
        this.maxDistance = maxDistance;
        this.parallelToleranceDeg = parallelToleranceDeg;
        this.dbu = dbu;
        this.findings = findings;
    }

    void check(int a, List<Port> array) {
        Envelope box = FiberArrayCheck.box(array);
        if (edges.isEmpty()) {
            findings.report("array " + a + " from " + Fmt.point(array.get(0), dbu) + ": no die edge on the die layer",
                    box, Double.NaN, maxDistance * dbu);
            return;
        }
        Segment edge = nearestEdge(array);
        if (array.size() >= 2) {
            LineFit fit = LineFit.of(array);
            double angle = edge.angleTo(fit.ux(), fit.uy());
            if (angle > parallelToleranceDeg + 1e-9) {
                findings.report("array " + a + " from " + Fmt.point(array.get(0), dbu) + ": at "
                                + Fmt.fixed(angle, 3) + "° to its nearest die edge " + edge.describe(dbu)
                                + ", parallel_tolerance " + Fmt.fixed(parallelToleranceDeg, 3) + "°",
                        box, angle, parallelToleranceDeg);
            }
        }
        int worst = -1;
        int beyond = 0;
        double worstDistance = 0;
        for (int i = 0; i < array.size(); i++) {
            double d = edge.distance(array.get(i).x(), array.get(i).y());
            if (d > maxDistance + 1e-6) {
                beyond++;
                if (d > worstDistance) {
                    worstDistance = d;
                    worst = i;
                }
            }
        }
        if (worst >= 0) {
            findings.report("array " + a + " fiber " + worst + " at " + Fmt.point(array.get(worst), dbu) + ": "
                            + Fmt.um(worstDistance * dbu) + " µm from die edge " + edge.describe(dbu)
                            + ", max_edge_distance " + Fmt.um(maxDistance * dbu) + " µm (" + beyond + " of "
                            + array.size() + " fibers beyond)",
                    box, worstDistance * dbu, maxDistance * dbu);
        }
    }

    private Segment nearestEdge(List<Port> array) {
        Segment best = null;
        double bestMean = Double.POSITIVE_INFINITY;
        for (Segment s : edges) {
            double sum = 0;
            for (Port p : array) {
                sum += s.distance(p.x(), p.y());
            }
            if (sum / array.size() < bestMean) {
                bestMean = sum / array.size();
                best = s;
            }
        }
        return best;
    }
}
