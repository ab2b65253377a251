/**
 * Polygon geometry on the integer database grid, in KLayout's semantics: {@link org.cpodrc.geom.Region}
 * (a set of polygons with merge, booleans, sizing and selections), the merged area
 * ({@link org.cpodrc.geom.MergedArea}), KLayout's snapping of off-grid crossings
 * ({@link org.cpodrc.geom.GridSnapper}, {@link org.cpodrc.geom.GridInteraction}) and the edge checks
 * ({@code geom.edges}).
 *
 * <p><b>Storage.</b> A region holds its polygons packed ({@link org.cpodrc.geom.PolygonStore}: {@code int}
 * coordinates with ring and polygon offsets, about 8 bytes per vertex where a JTS polygon costs
 * about 105), and builds JTS polygons only for the operation that needs them: booleans, selections
 * and checks call {@link org.cpodrc.geom.Region#polygons()} (a fresh list per call, identities
 * stable within it), while the merge and the edge builders read one polygon at a time
 * ({@link org.cpodrc.geom.Region#polygon}). A flattened layer is packed as it streams in, so
 * neither the flattened nor the merged layer of a run holds JTS objects between operations. A
 * polygon off the grid (e.g. sized at an arbitrary angle) is kept as the JTS polygon it was.
 * Rebuilt polygons equal the added ones point for point, in the same ring order and start point,
 * so every result is the same as with JTS storage.
 */
package org.cpodrc.geom;
