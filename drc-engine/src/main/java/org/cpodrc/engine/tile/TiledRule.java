package org.cpodrc.engine.tile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.cpodrc.check.Check;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Envelope;

/**
 * One local rule split into a grid of tiles over the extent of its layers, and the runner that
 * evaluates the tiles on the rule's thread and on helpers in a pool (work sharing: whoever is free
 * takes the next tile; the rule's thread waits only for tiles others are running, so a fixed pool
 * cannot deadlock). Tiles are built one at a time as they are taken, so at most one tile's working
 * set per thread is alive. The violations come back in tile order; the engine sorts them.
 */
public final class TiledRule {
    /** Below this many merged polygons (all the rule's layers together) automatic tiling leaves a rule whole. */
    static final int AUTO_MIN_POLYGONS = 10_000;
    /** Automatic tile size: about this many polygons per tile. */
    static final int AUTO_POLYGONS_PER_TILE = 20_000;
    /** Automatic tiles are at least this many halos wide, so re-reading the halo costs little. */
    static final int AUTO_MIN_HALOS = 16;
    /** No grid has more tiles on a side (a tiny forced size on a large design). */
    static final int MAX_TILES_PER_SIDE = 1024;

    private final Rule rule;
    private final Check check;
    private final Map<String, TiledLayer> layers;
    private final long halo;
    private final Envelope extent;
    private final long x0;
    private final long y0;
    private final long side;
    private final int nx;
    private final int ny;
    private final double dbuUm;
    private final String topCell;
    private final String stack;

    private TiledRule(Rule rule, Check check, Map<String, TiledLayer> layers, long halo, Envelope extent, long side,
                      double dbuUm, String topCell, String stack) {
        this.rule = rule;
        this.check = check;
        this.layers = layers;
        this.halo = halo;
        this.extent = extent;
        this.x0 = (long) extent.getMinX();
        this.y0 = (long) extent.getMinY();
        this.side = side;
        this.nx = tilesAlong((long) extent.getMaxX() - x0, side);
        this.ny = tilesAlong((long) extent.getMaxY() - y0, side);
        this.dbuUm = dbuUm;
        this.topCell = topCell;
        this.stack = stack;
    }

    /**
     * The tiling of a rule whose check has the given reach (dbu) over the merged layers it reads,
     * or null when the rule is better run whole: tiling off, empty layers, few polygons (automatic
     * size only) or a single tile.
     */
    public static TiledRule plan(Rule rule, Check check, long reach, Map<String, Region> merged, TileSize size,
                                 double dbuUm, String topCell, String stack) {
        if (size.mode() == TileSize.Mode.OFF) {
            return null;
        }
        Map<String, TiledLayer> tiled = new LinkedHashMap<>();
        Envelope extent = new Envelope();
        long polygons = 0;
        for (Map.Entry<String, Region> e : merged.entrySet()) {
            TiledLayer t = new TiledLayer(e.getValue());
            tiled.put(e.getKey(), t);
            extent.expandToInclude(t.extent());
            polygons += t.size();
        }
        if (extent.isNull() || (size.mode() == TileSize.Mode.AUTO && polygons < AUTO_MIN_POLYGONS)) {
            return null;
        }
        // the other edge of a pair lies within the reach of every marker point, in euclidian or square
        // measure: twice the reach covers both, plus a unit for rounding
        long halo = 2 * Math.max(1, reach) + 2;
        long w = (long) extent.getWidth(), h = (long) extent.getHeight();
        long side;
        if (size.mode() == TileSize.Mode.FIXED) {
            side = Math.max(1, Math.round(size.sideUm() / dbuUm));
        } else {
            double tiles = Math.max(4, polygons / (double) AUTO_POLYGONS_PER_TILE);
            side = Math.max(AUTO_MIN_HALOS * halo, (long) Math.ceil(Math.sqrt((double) Math.max(1, w) * Math.max(1, h) / tiles)));
        }
        side = Math.max(side, Math.max(w, h) / MAX_TILES_PER_SIDE + 1);
        TiledRule plan = new TiledRule(rule, check, tiled, halo, extent, side, dbuUm, topCell, stack);
        if (size.mode() == TileSize.Mode.AUTO && plan.tileCount() == 1) {
            return null;
        }
        return plan;
    }

    private static int tilesAlong(long length, long side) {
        return (int) Math.max(1, (length + side) / side);
    }

    public int tileCount() {
        return nx * ny;
    }

    /** The tile side in database units. */
    public long side() {
        return side;
    }

    /** The tile with this index (row-major, from the lower left) and the given halo. */
    public Tile tile(int index, long haloDbu) {
        int i = index % nx, j = index / nx;
        long bx1 = x0 + i * side, by1 = y0 + j * side;
        long[] bounds = {bx1, by1, bx1 + side, by1 + side};
        long[] owned = {i == 0 ? Long.MIN_VALUE : bx1, j == 0 ? Long.MIN_VALUE : by1,
                i == nx - 1 ? Long.MAX_VALUE : bx1 + side, j == ny - 1 ? Long.MAX_VALUE : by1 + side};
        long[] window = {bx1 - haloDbu, by1 - haloDbu, bx1 + side + haloDbu, by1 + side + haloDbu};
        boolean complete = window[0] <= extent.getMinX() && window[1] <= extent.getMinY()
                && window[2] >= extent.getMaxX() && window[3] >= extent.getMaxY();
        Map<String, Region> selected = new LinkedHashMap<>();
        for (Map.Entry<String, TiledLayer> e : layers.entrySet()) {
            selected.put(e.getKey(), e.getValue().select(window[0], window[1], window[2], window[3]));
        }
        return new Tile(rule, check, selected, owned, window, bounds, complete, dbuUm, topCell, stack);
    }

    /** The violations the tile owns, exact: its window grows until no marker touching the tile leaves it. */
    List<Violation> evaluate(int index) {
        long h = halo;
        while (true) {
            TileResult r = tile(index, h).run();
            if (r.exact()) {
                return r.violations();
            }
            h = Math.max(2 * h, r.grow() + halo);
        }
    }

    /**
     * Evaluates every tile, on this thread and on up to {@code helpers} tasks submitted to
     * {@code pool}; returns the violations in tile order. A tile's failure is rethrown (the
     * lowest-numbered tile's, so the error does not depend on scheduling).
     */
    public List<Violation> run(Executor pool, int helpers) {
        int n = tileCount();
        List<List<Violation>> results = new ArrayList<>(java.util.Collections.nCopies(n, null));
        Throwable[] errors = new Throwable[n];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        Runnable work = () -> {
            for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                try {
                    results.set(k, evaluate(k));
                } catch (RuntimeException | Error e) {
                    errors[k] = e;
                } finally {
                    done.countDown();
                }
            }
        };
        for (int i = 0; i < Math.min(helpers, n - 1); i++) {
            pool.execute(work);
        }
        work.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the tiles of rule " + rule.id(), e);
        }
        List<Violation> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (errors[k] instanceof RuntimeException re) {
                throw re;
            }
            if (errors[k] instanceof Error err) {
                throw err;
            }
            out.addAll(results.get(k));
        }
        return out;
    }
}
