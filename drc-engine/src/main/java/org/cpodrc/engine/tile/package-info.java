/**
 * Tiled evaluation of local rules: a rule's work split into a grid of square tiles, evaluated on
 * all threads, with a result byte-identical to the untiled run at every thread count and tile size.
 *
 * <p><b>Which rules.</b> A check is tileable when it declares a reach
 * ({@link org.cpodrc.check.Check#reach}): the edge checks {@code width}, {@code space},
 * {@code separation} and {@code enclosure} (reach = the rule's distance), unless
 * {@code whole_edges} is set (a marker then spans whole edges, arbitrarily far). Global checks
 * ({@code count}, {@code density}, {@code fiber_array}, {@code edge_bandwidth}, {@code pitch},
 * ...) declare none and run whole, as before. Rules whose layers hold fewer than
 * {@value org.cpodrc.engine.tile.TiledRule#AUTO_MIN_POLYGONS} merged polygons run whole unless a
 * size is forced ({@code --tile SIZE}); {@code --tile off}, the default for now, runs every rule
 * whole.
 *
 * <p><b>Phases.</b> (1) The engine computes each layer the rule reads once per run, merged,
 * plain or derived (booleans, sizing), shared by all rules and tiles
 * ({@code DeckContext.merged}). (2) {@link org.cpodrc.engine.tile.TiledRule#plan} indexes the
 * merged polygons by bounding box and lays a grid over their extent: automatic tiles hold about
 * {@value org.cpodrc.engine.tile.TiledRule#AUTO_POLYGONS_PER_TILE} polygons and are at least
 * {@value org.cpodrc.engine.tile.TiledRule#AUTO_MIN_HALOS} halos wide. (3) Threads take tiles in
 * turn; each builds a {@link org.cpodrc.engine.tile.Tile} (the whole merged polygons whose boxes
 * touch its window = tile + halo, halo = 2 × reach + 2 dbu, plus polygons touching those in a
 * point) and runs the check on it. (4) The tile keeps the violations it owns; the engine sorts
 * all violations as it always does.
 *
 * <p><b>Why identical.</b> Tiles see whole merged polygons, never clipped ones, so every edge a
 * tile sees is exactly an edge of the untiled run (clipping would add border edges and round
 * all-angle edges where cut). Each violation is owned by exactly one tile: the one holding its
 * marker's lowest vertex (least x, then least y), tiles half-open and the outer ones unbounded, so
 * none is lost or doubled. That vertex lies on an edge of the tile, and the other edge of its pair
 * lies within twice the reach, so the pair is found. A marker inside the window is exact (every
 * edge that could shield it is in the window). A marker touching the tile but leaving the window
 * could be cut short or miss a shield beyond the window: the tile is then evaluated again with a
 * larger halo (at least doubled) until no such marker remains or the window holds the whole
 * extent. Violations equal in every printed field are ordered by marker geometry. Known gap: a
 * {@code space} edge pair (symmetric) may come out with its two edges in the other order when
 * tiled, which the JSON report does not show but the lyrdb and GDS marker reports do.
 *
 * <p><b>Costs and limits.</b> A polygon much larger than a tile (a spiral, a frame, a ground
 * plane) is read whole by every tile whose window it touches; automatic tiles are sized from the
 * polygon count, not from such giants. Layers and derived layers are computed whole, once, not
 * per tile: memory holds each merged layer once, and per thread only a tile's working set (its
 * edges, index and violations) instead of the whole layer's. The enclosure check's "inner outside
 * outer" polygons come from a boolean on the tile's polygons; with all-angle shapes whose rounded
 * crossings make that boolean fall back to snap rounding in one run but not the other, their
 * vertices could differ by a database unit (not seen on the corpus).
 *
 * <p>A {@link org.cpodrc.engine.tile.Tile} is a pure unit of work (rule, check, polygons, boxes →
 * violations), with no reference to the engine, so a later runner may send tiles elsewhere.
 */
package org.cpodrc.engine.tile;
