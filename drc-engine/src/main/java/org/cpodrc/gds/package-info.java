/**
 * GDSII stream reading and writing.
 *
 * <p>{@link org.cpodrc.gds.GdsReader} follows KLayout 0.28.5 wherever KLayout's reading decides
 * what a DRC sees, so that counts and positions match KLayout exactly:
 * <ul>
 *   <li>BOUNDARY: the closing point is dropped; fewer than 3 remaining points drop the element
 *       (warning). Duplicate and collinear points are kept, as KLayout keeps them.</li>
 *   <li>PATH: types 1 and 2 extend by width/2 unless BGNEXTN/ENDEXTN are given (also honoured for
 *       type 0, as KLayout does); other types read as 0 (warning); a path without points is dropped.
 *       The stored extensions are the effective ones; a negative width is kept as it is.</li>
 *   <li>BOX: kept with its points (closing point dropped); KLayout reads it as their bounding box.</li>
 *   <li>NODE: kept on the cell, never a shape.</li>
 *   <li>SREF/AREF: an angle within 1e-9 of a multiple of 90° becomes exact, and then a
 *       magnification within 1e-9 of 1 becomes 1. Absolute-mag/angle flags are kept but, like
 *       KLayout, not applied. AREF lattice vectors are (P1−P0)/columns and (P2−P0)/rows; when they
 *       do not divide evenly the array is split into sub-arrays exactly as KLayout splits it.</li>
 *   <li>KLayout's {@code $$$CONTEXT_INFO$$$} structure (first in the file) is kept apart from the
 *       design cells and written back first. KLayout regenerates PCell/library cells it knows from
 *       that information; this reader uses the geometry stored in the file.</li>
 *   <li>Several XY records in one element are joined (KLayout does the same by default).</li>
 * </ul>
 * Decisions where KLayout is silent or lenient: a reference to a cell never defined is an input
 * error (KLayout creates an empty "ghost" cell; {@link org.cpodrc.gds.GdsReadOptions} can ask for
 * that), as is a cell defined twice (KLayout errors too), a reference cycle, and an AREF with a
 * COLROW value of 0 (KLayout reads 1) or above 32767. No corpus file has any of these. Unknown and
 * obsolete record types are skipped with a warning (KLayout stops with an error).
 *
 * <p>{@link org.cpodrc.gds.GdsWriter} writes the model back so that reading it again gives an equal
 * model, and KLayout reads the same geometry; records stay within 65534 bytes, so elements with more
 * than 8191 points use several XY records.
 */
package org.cpodrc.gds;
