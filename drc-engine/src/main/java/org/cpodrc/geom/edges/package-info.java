/**
 * Edge-pair checks (width, space, separation, enclosing, overlap) with KLayout 0.28.5's semantics,
 * on integer edges.
 *
 * <p>{@link org.cpodrc.geom.edges.EdgePairChecks} checks merged regions (DECK-SPEC section 4);
 * on merged input its edge pairs equal KLayout's edge for edge.
 *
 * <p>{@link org.cpodrc.geom.edges.LocalMergeChecks} gives KLayout's {@code space} on an
 * unmerged layer (a DRC deck's {@code input(...)} without {@code .merged}; the rule option
 * {@code input: unmerged}): shape by shape, each merged with its neighbours into edges that
 * {@link org.cpodrc.geom.edges.EdgeBoolean} splits into the shape's and the neighbours' parts.
 * That boolean joins runs of nearly collinear edges (within one unit over the longer edge) into
 * one straight edge, so bends give fewer, longer markers whose edges need not be edges of the
 * layout. KLayout's width, separation and enclosing on unmerged input equal the merged result,
 * so they have no such path. Which edges enter the boolean decides which runs are joined, so the
 * local merge follows KLayout's exactly: intruders merged into polygons first, the subject's drawn
 * collinear vertices kept, merged edges cut at the vertices lying on them (equal to KLayout's DRC
 * edge pair for edge pair on the corpus files and curved random layouts).
 *
 * <p>Every step is indexed ({@link org.cpodrc.geom.BoxIndex}): pairs and clusters are found
 * among neighbours only, never over all pairs.
 */
package org.cpodrc.geom.edges;
