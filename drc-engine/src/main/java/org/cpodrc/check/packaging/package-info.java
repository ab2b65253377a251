/**
 * Packaging checks of co-packaged optics: {@code fiber_array} (FAU pitch, counts, collinearity,
 * coupler alignment, edge-coupled arrays), {@code edge_bandwidth} (shoreline bandwidth density) and
 * {@code bump_alignment} (bumps on their landing pads, within a die or across the dies of a stack).
 *
 * <p>Choices where DECK-SPEC §4 leaves room (they are also in the parameter docs that
 * {@code cpodrc deck doc} prints):
 * <ul>
 * <li>A shape's position is the area centroid of its merged polygon (rotation-invariant; the same
 *     as the bounding-box centre for rectangles and circles).</li>
 * <li>Arrays: straight chains of neighbours at most 1.5 × pitch apart, each step within
 *     {@code chain_angle} (default 10°) of the chain's direction; longest chains first
 *     ({@link org.cpodrc.check.packaging.ArrayGrouper}). A lone fiber is an array of one, so
 *     {@code min_count} governs it. Square grids are ambiguous (rows and columns are equally long);
 *     ties go to the chain of smaller total length, then to the smaller position indices
 *     (positions sorted by x, then y), which picks columns.</li>
 * <li>A gap is the centre-to-centre distance; it fails when |gap − pitch| &gt; tolerance.
 *     Collinearity is the largest perpendicular distance from the orthogonal least-squares line,
 *     reported once per array at its worst fiber.</li>
 * <li>Couplers pair with fibers one to one, nearest first, within half the pitch; a pair farther
 *     apart than {@code alignment} is reported with its offset and, given {@code mfd}, the loss
 *     10·d²/(w²·ln 10) dB, w = MFD/2 (DOMAIN §3).</li>
 * <li>Edge-coupled arrays: the die edge is the straight outline piece with the smallest mean
 *     distance to the array's fibers.</li>
 * <li>{@code edge_bandwidth}: die edges are the sides of each die's bounding box (a non-rectangular
 *     die is taken as its bounding box). Span = the ports' extent along the edge + one pitch
 *     (+ {@code fau_overhead}); without {@code pitch}, the median spacing along the edge
 *     (spacings under 1 % of the mean are rows side by side and do not count); a lone port without
 *     {@code pitch} uses the whole edge. {@code per_direction} halves the aggregate density;
 *     presets defined in the other mode are converted (OIF 0.14 per direction = 0.28 aggregate);
 *     literal densities and deck targets are taken in the rule's mode.</li>
 * <li>{@code bump_alignment}: a bump is a merged polygon of its layer, a pad one of the pads layer
 *     (a derived layer selects e.g. the pads on the PIC). A bump and a pad touch when they share
 *     any point: an edge or corner contact is a connection (solder wets across it), so it makes a
 *     bump "not open" and a second one a short. Offsets are between area centroids and fail when
 *     strictly above {@code max_offset}; overlap is the area the bump shares with its one pad. A
 *     shorted bump is not checked for alignment or nets (its pad is ambiguous). Net labels belong to
 *     the shape containing their point ({@link org.cpodrc.check.packaging.NetLabels}); a shape with
 *     several different labels carries the set of texts and matches only the same set; an
 *     unlabelled bump or pad is not compared (incomplete labelling is not a wrong net). Pads are
 *     found through a {@link org.cpodrc.geom.BoxIndex} over their boxes, so 100k bumps cost one grid
 *     lookup each.</li>
 * </ul>
 */
package org.cpodrc.check.packaging;
