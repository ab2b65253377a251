/**
 * Tiled evaluation of edge rules: a rule's edge pairs found tile by tile on all threads, with
 * every report byte-identical to the untiled run at every thread count and tile size.
 *
 * <p><b>Which rules.</b> A rule is tiled when its check is an
 * {@link org.cpodrc.check.EdgePairCheck} ({@code width}, {@code space}, {@code separation},
 * {@code enclosure}) and declares a reach ({@link org.cpodrc.check.Check#reach}, the rule's
 * distance), i.e. not with {@code whole_edges} (a marker then spans whole edges). Other checks run
 * whole. With the automatic size ({@code --tile auto}, the default) rules whose layers have fewer
 * than {@value org.cpodrc.engine.tile.TiledRule#AUTO_MIN_EDGES} vertices run whole; a forced size
 * ({@code --tile SIZE}) tiles every such rule; {@code --tile off} none.
 *
 * <p><b>Phases.</b> (1) The engine computes each layer a rule reads once per run, merged
 * ({@code DeckContext.merged}). (2) {@link org.cpodrc.engine.tile.SharedEdges} prepares the edges
 * of the rule's one or two layers once, shared by all rules and tiles reading them, as a
 * {@link org.cpodrc.geom.edges.WindowedEdges}: one pass settles what needs the whole layer (which
 * polygons touch in a point and are one, each such polygon's edge count, which edges a touching
 * corner splits), the edges themselves are not built. (3) {@link org.cpodrc.engine.tile.TiledRule#plan}
 * lays a grid over their extent. (4) Threads take tiles in turn; each builds a
 * {@link org.cpodrc.engine.tile.Tile} (the edges whose boxes touch its window = tile + halo,
 * halo = 2 × reach + 2 dbu, made from the polygons whose boxes touch the window) and finds the
 * pairs it owns. (5) Pairs the tile cannot decide are settled on the edges around each; the engine
 * sorts all violations as it always does.
 *
 * <p><b>Why identical.</b> A tile's edges are exactly edges of the untiled run (never clipped:
 * clipping would add border edges and round all-angle edges where cut), with the same polygon
 * numbers and in the same order, so a pair found in a tile is the untiled run's pair, edge for
 * edge, first edge and all. Each pair is owned by exactly one tile: the one holding its lowest end
 * point (least x, then least y), tiles half-open and the outer ones unbounded. That point lies on
 * one edge of the pair (touching the tile) and the other edge lies within twice the reach of it,
 * so the owner finds the pair. Shielding: an edge that shields a pair crosses the pair's box, so
 * a pair whose box lies in the window is decided exactly; one reaching out of the window (a
 * marker longer than a tile) comes back open and is settled on the edges touching its own box
 * ({@link org.cpodrc.engine.tile.Tile#confirms}), which hold both its edges and every possible
 * shield, instead of running the tile again. Symmetric pairs (width, space) list their lesser
 * edge first ({@code EdgePairChecks.ordered}), so the order does not depend on polygon order.
 *
 * <p><b>Costs and limits.</b> No layer's whole edge set is alive: per layer a box, an index entry
 * and two ints per polygon (about 50 bytes a polygon) and the split edges are kept; layers and
 * derived layers are computed whole, not per tile; per thread only a tile's working set (its
 * edges as objects, their index, its pairs) is alive. A polygon crossing several tiles is read by
 * each (one of more than 4,096 vertices keeps its ordered rings, so it is ordered once).
 * Long edges (a frame's side) are in every tile they cross, and a pair of two long edges is
 * tested by each such tile (cheap: one relation test) but reported by one. Enclosure's "inner
 * outside outer" polygons come from a boolean on the whole layers
 * ({@link org.cpodrc.check.EdgePairCheck#reportWhole}).
 *
 * <p>A {@link org.cpodrc.engine.tile.Tile} is a pure unit of work (rule, check, options, edges →
 * violations and open pairs), with no reference to the engine, and so is
 * {@link org.cpodrc.engine.tile.Tile#confirms} (edges around a pair → yes/no), so a later runner
 * may send both elsewhere.
 */
package org.cpodrc.engine.tile;
