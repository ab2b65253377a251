package org.cpodrc.engine.tile;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.check.EdgePairCheck;
import org.cpodrc.check.Metric;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.edges.CheckOptions;
import org.cpodrc.geom.edges.EdgePair;
import org.cpodrc.geom.edges.EdgePairChecks;

/**
 * One tile of one rule, a pure unit of work: the rule, its check and options, the edges of the
 * rule's layers that touch the window (whole edges, never clipped, with their polygons), the tile
 * it owns and the window; {@link #run()} gives the violations the tile owns. It holds no
 * reference to the engine or the layers, so a runner may evaluate tiles anywhere (another thread
 * today, another machine later).
 *
 * <p>Ownership: an edge pair belongs to the tile containing its lowest end point (least x, then
 * least y), tiles being half-open ({@code [x1, x2) × [y1, y2)}; the outer tiles of a grid reach to
 * infinity), so every pair has exactly one owner. The window is the tile grown by the halo, closed.
 *
 * <p>Trust: the owned pair is found, since its lowest point lies on one of its edges (which
 * touches the tile) and the other edge lies within the halo. It is exact when its box lies in the
 * window: any shielding edge crosses the pair's box, so it is among the window's edges. A pair
 * reaching out of the window is returned open; {@link #confirms} settles it on the edges around
 * its own box. When {@code complete} (the window holds every edge) all owned pairs are exact.
 *
 * @param tile   the owned tile x1, y1, x2, y2 (half-open; Long.MIN_VALUE / MAX_VALUE for the outer sides)
 * @param window the closed window x1, y1, x2, y2 the edges were selected with
 */
public record Tile(Rule rule, EdgePairCheck check, CheckOptions options, EdgePairChecks.Edges edges, long[] tile,
                   long[] window, boolean complete, double dbuUm, String topCell, String stack) {

    /** Finds the tile's edge pairs and reports the exact ones it owns; the undecided ones come back open. */
    public TileResult run() {
        List<EdgePair> owned = EdgePairChecks.find(check.kind(rule), edges, options, this::owns);
        List<EdgePair> exact = new ArrayList<>();
        List<EdgePair> open = new ArrayList<>();
        for (EdgePair ep : owned) {
            (complete || within(box(ep), window) ? exact : open).add(ep);
        }
        return new TileResult(report(exact), open);
    }

    /** The pairs as the rule's violations (the check's messages and markers). */
    public List<Violation> report(List<EdgePair> pairs) {
        List<Violation> out = new ArrayList<>();
        if (pairs.isEmpty()) {
            return out;
        }
        check.report(rule, new TileContext(dbuUm, topCell, stack), new ResultSink() {
            @Override
            public void violation(Violation v) {
                out.add(v);
            }

            @Override
            public void metric(Metric m) {
                throw new IllegalStateException("check " + check.name() + " reports metrics from edge pairs");
            }
        }, pairs);
        return out;
    }

    /**
     * Whether {@code pair} is a pair of the check among {@code around}, the edges touching its
     * box: exactly when it is one among all edges, since its two edges touch the box and so does
     * every edge that could shield it.
     */
    public static boolean confirms(EdgePairChecks.Kind kind, CheckOptions options, EdgePairChecks.Edges around, EdgePair pair) {
        return !EdgePairChecks.find(kind, around, options, p -> EdgePairChecks.ordered(kind, p).equals(pair)).isEmpty();
    }

    private boolean owns(EdgePair ep) {
        long[] p = lowestPoint(ep);
        return p[0] >= tile[0] && p[0] < tile[2] && p[1] >= tile[1] && p[1] < tile[3];
    }

    /** The pair's end point with the least x, then the least y (its marker's lowest vertex). */
    static long[] lowestPoint(EdgePair ep) {
        long[] best = null;
        for (long[] c : new long[][] {{ep.first().x1(), ep.first().y1()}, {ep.first().x2(), ep.first().y2()},
                {ep.second().x1(), ep.second().y1()}, {ep.second().x2(), ep.second().y2()}}) {
            if (best == null || c[0] < best[0] || (c[0] == best[0] && c[1] < best[1])) {
                best = c;
            }
        }
        return best;
    }

    /** The pair's bounding box x1, y1, x2, y2 (the violation's bbox). */
    static long[] box(EdgePair ep) {
        return new long[] {
                Math.min(Math.min(ep.first().x1(), ep.first().x2()), Math.min(ep.second().x1(), ep.second().x2())),
                Math.min(Math.min(ep.first().y1(), ep.first().y2()), Math.min(ep.second().y1(), ep.second().y2())),
                Math.max(Math.max(ep.first().x1(), ep.first().x2()), Math.max(ep.second().x1(), ep.second().x2())),
                Math.max(Math.max(ep.first().y1(), ep.first().y2()), Math.max(ep.second().y1(), ep.second().y2()))};
    }

    private static boolean within(long[] b, long[] w) {
        return b[0] >= w[0] && b[1] >= w[1] && b[2] <= w[2] && b[3] <= w[3];
    }
}
