package org.cpodrc.engine.tile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Check;
import org.cpodrc.check.Metric;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Marker;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.Region;

/**
 * One tile of one rule, a pure unit of work: the rule, its check, the merged polygons of its
 * layers that the window selected, the tile it owns and the window; {@link #run()} gives the
 * violations the tile owns. It holds no reference to the engine, so a runner may evaluate tiles
 * anywhere (another thread today, another machine later).
 *
 * <p>Ownership: a violation belongs to the tile containing its marker's lowest vertex (least x,
 * then least y), tiles being half-open ({@code [x1, x2) × [y1, y2)}; the outer tiles of a grid
 * reach to infinity), so every violation has exactly one owner. The window is the tile grown by
 * the halo, closed.
 *
 * <p>Trust: a marker that lies within the window is exact, since every polygon near it is in the
 * window's selection. A marker that leaves the window and touches the tile may be cut short or
 * miss a shielding edge beyond the window, so the result then says how far the window must grow
 * ({@link TileResult#grow()}) and the runner evaluates the tile again with a larger halo. When
 * {@code complete} (the window holds every polygon of the layers) every owned marker is exact.
 *
 * @param tile   the owned tile x1, y1, x2, y2 (half-open; Long.MIN_VALUE / MAX_VALUE for the outer sides)
 * @param window the closed window x1, y1, x2, y2 the layers were selected with
 * @param bounds the tile's finite box x1, y1, x2, y2 (the tile clipped to the grid), for the growth test
 */
public record Tile(Rule rule, Check check, Map<String, Region> layers, long[] tile, long[] window, long[] bounds,
                   boolean complete, double dbuUm, String topCell, String stack) {

    /** Runs the rule on the tile's layers and keeps the violations the tile owns. */
    public TileResult run() {
        List<Violation> all = new ArrayList<>();
        check.run(rule, new TileContext(layers, dbuUm, topCell, stack), new ResultSink() {
            @Override
            public void violation(Violation v) {
                all.add(v);
            }

            @Override
            public void metric(Metric m) {
                throw new IllegalStateException("check " + check.name() + " reports metrics; it must not declare a reach");
            }
        });
        List<Violation> owned = new ArrayList<>();
        long grow = 0;
        for (Violation v : all) {
            if (!complete && !within(v, window) && touches(v, bounds)) {
                grow = Math.max(grow, beyond(v, bounds));
            }
            long[] p = lowestVertex(v);
            if (p[0] >= tile[0] && p[0] < tile[2] && p[1] >= tile[1] && p[1] < tile[3]) {
                owned.add(v);
            }
        }
        return new TileResult(grow > 0 ? List.of() : owned, grow);
    }

    /** The marker's vertex with the least x, then the least y (the bbox corner when there is no marker). */
    static long[] lowestVertex(Violation v) {
        Marker m = v.shape();
        if (m == null || m.isEmpty()) {
            return new long[] {v.x1(), v.y1()};
        }
        int best = 0;
        for (int i = 1; i < m.size(); i++) {
            if (m.x(i) < m.x(best) || (m.x(i) == m.x(best) && m.y(i) < m.y(best))) {
                best = i;
            }
        }
        return new long[] {(long) m.x(best), (long) m.y(best)};
    }

    private static boolean within(Violation v, long[] b) {
        return v.x1() >= b[0] && v.y1() >= b[1] && v.x2() <= b[2] && v.y2() <= b[3];
    }

    private static boolean touches(Violation v, long[] b) {
        return v.x1() <= b[2] && b[0] <= v.x2() && v.y1() <= b[3] && b[1] <= v.y2();
    }

    /** How far the violation's box reaches beyond the box on any side (at least 1). */
    private static long beyond(Violation v, long[] b) {
        long d = Math.max(Math.max(b[0] - v.x1(), v.x2() - b[2]), Math.max(b[1] - v.y1(), v.y2() - b[3]));
        return Math.max(1, d);
    }
}
