package org.cpodrc.engine.tile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.cpodrc.check.EdgePairCheck;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.edges.CheckOptions;
import org.cpodrc.geom.edges.EdgePair;
import org.cpodrc.geom.edges.WindowedEdges;

/**
 * One edge-pair rule split into a grid of tiles over the extent of its edges, and the runner that
 * evaluates the tiles on the rule's thread and on helpers in a pool (work sharing: whoever is free
 * takes the next tile; the rule's thread waits only for tiles others are running, so a fixed pool
 * cannot deadlock). Tiles are cut from the shared edges one at a time as they are taken, so at most
 * one tile's working set per thread is alive. The violations come back in tile order; the engine
 * sorts them.
 */
public final class TiledRule {
    /** Below this many edges (the rule's layers together) automatic tiling leaves a rule whole. */
    static final long AUTO_MIN_EDGES = 50_000;
    /** Automatic tiles hold about this many edges at most (a tile's working set)... */
    static final long AUTO_MAX_EDGES_PER_TILE = 250_000;
    /** ...and at least this many, so a tile's fixed costs stay small. */
    static final long AUTO_MIN_EDGES_PER_TILE = 25_000;
    /** Automatic tiling aims at this many tiles per thread, so threads finish together. */
    static final int AUTO_TILES_PER_THREAD = 4;
    /** Automatic tiles are at least this many halos wide, so re-reading the halo costs little. */
    static final int AUTO_MIN_HALOS = 16;
    /** No grid has more tiles on a side (a tiny forced size on a large design). */
    static final int MAX_TILES_PER_SIDE = 1024;

    private final Rule rule;
    private final EdgePairCheck check;
    private final CheckOptions options;
    private final WindowedEdges edges;
    private final long halo;
    private final long[] extent;
    private final long side;
    private final int nx;
    private final int ny;
    private final double dbuUm;
    private final String topCell;
    private final String stack;

    private TiledRule(Rule rule, EdgePairCheck check, CheckOptions options, WindowedEdges edges, long halo,
                      long[] extent, long side, double dbuUm, String topCell, String stack) {
        this.rule = rule;
        this.check = check;
        this.options = options;
        this.edges = edges;
        this.halo = halo;
        this.extent = extent;
        this.side = side;
        this.nx = tilesAlong(extent[2] - extent[0], side);
        this.ny = tilesAlong(extent[3] - extent[1], side);
        this.dbuUm = dbuUm;
        this.topCell = topCell;
        this.stack = stack;
    }

    /**
     * Whether automatic tiling splits a rule whose layers have about this many edges (polygon
     * vertices): layers with few shapes run whole.
     */
    public static boolean worthTiling(long edges) {
        return edges >= AUTO_MIN_EDGES;
    }

    /**
     * The tiling of an edge-pair rule whose check has the given reach (dbu) over the shared edges
     * of its layers, or null when the rule is better run whole: tiling off, no edges or, for the
     * automatic size, a single tile.
     */
    public static TiledRule plan(Rule rule, EdgePairCheck check, CheckOptions options, long reach,
                                 WindowedEdges edges, TileSize size, int threads, double dbuUm, String topCell,
                                 String stack) {
        long[] extent = edges.bounds();
        if (size.mode() == TileSize.Mode.OFF || extent == null) {
            return null;
        }
        // the other edge of a pair lies within the reach of every marker point, in euclidian or square
        // measure: twice the reach covers both, plus a unit for rounding
        long halo = 2 * Math.max(1, reach) + 2;
        long w = Math.max(1, extent[2] - extent[0]), h = Math.max(1, extent[3] - extent[1]);
        long side;
        if (size.mode() == TileSize.Mode.FIXED) {
            side = Math.max(1, Math.round(size.sideUm() / dbuUm));
        } else {
            side = autoSide(edges.size(), w, h, halo, threads);
        }
        side = Math.max(side, Math.max(w, h) / MAX_TILES_PER_SIDE + 1);
        TiledRule plan = new TiledRule(rule, check, options, edges, halo, extent, side, dbuUm, topCell, stack);
        if (size.mode() == TileSize.Mode.AUTO && plan.tileCount() == 1) {
            return null;
        }
        return plan;
    }

    /**
     * The automatic tile side: a few tiles per thread, each between the minimum and maximum edge
     * count (edges assumed spread evenly over the extent), at least {@value #AUTO_MIN_HALOS} halos.
     */
    static long autoSide(long edges, long w, long h, long halo, int threads) {
        long perTile = edges / ((long) AUTO_TILES_PER_THREAD * Math.max(1, threads));
        perTile = Math.max(AUTO_MIN_EDGES_PER_TILE, Math.min(AUTO_MAX_EDGES_PER_TILE, perTile));
        double tiles = Math.max(1, edges / (double) perTile);
        long side = (long) Math.ceil(Math.sqrt((double) w * h / tiles));
        return Math.max(AUTO_MIN_HALOS * halo, side);
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

    /** The tile with this index (row-major, from the lower left): its edges cut from the shared ones. */
    public Tile tile(int index) {
        int i = index % nx, j = index / nx;
        long bx1 = extent[0] + i * side, by1 = extent[1] + j * side;
        long[] owned = {i == 0 ? Long.MIN_VALUE : bx1, j == 0 ? Long.MIN_VALUE : by1,
                i == nx - 1 ? Long.MAX_VALUE : bx1 + side, j == ny - 1 ? Long.MAX_VALUE : by1 + side};
        long[] window = {bx1 - halo, by1 - halo, bx1 + side + halo, by1 + side + halo};
        boolean complete = window[0] <= extent[0] && window[1] <= extent[1] && window[2] >= extent[2] && window[3] >= extent[3];
        return new Tile(rule, check, options, edges.within(window[0], window[1], window[2], window[3]), owned, window,
                complete, dbuUm, topCell, stack);
    }

    /** The violations the tile owns, exact: open pairs are settled on the edges around each. */
    List<Violation> evaluate(int index) {
        Tile t = tile(index);
        TileResult r = t.run();
        if (r.open().isEmpty()) {
            return r.violations();
        }
        List<EdgePair> kept = new ArrayList<>();
        for (EdgePair p : r.open()) {
            long[] b = Tile.box(p);
            if (Tile.confirms(check.kind(rule), options, edges.within(b[0], b[1], b[2], b[3]), p)) {
                kept.add(p);
            }
        }
        List<Violation> out = new ArrayList<>(r.violations());
        out.addAll(t.report(kept));
        return out;
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
