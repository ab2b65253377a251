/**
 * OASIS (SEMI P39) reading into the layout model of {@link org.cpodrc.layout}, the same model
 * the GDSII reader builds, so flattening, {@code info}, {@code check} and everything above work
 * unchanged.
 *
 * <p><b>Phases.</b> {@link org.cpodrc.oasis.OasisInput} reads bytes: variable-length integers,
 * the eight real types (integers, reciprocals, ratios, IEEE float and double), strings, and
 * CBLOCKs (raw deflate, {@link java.util.zip.Inflater} with {@code nowrap}), whose decompressed
 * bytes are then read as if they stood in the file; it keeps the CRC32 and byte sum of the file
 * for the END record. {@link org.cpodrc.oasis.OasisParser} walks the records, keeps the modal
 * variables (reset at each CELL) and turns elements into shapes, texts and placements. Because
 * names are given by reference numbers that may be defined later (KLayout writes its name tables
 * at the end), everything that names something waits in {@link org.cpodrc.oasis.CellBuilder}
 * until {@link org.cpodrc.oasis.LayoutAssembler} resolves the names after END.
 *
 * <p><b>Semantics (KLayout 0.28.5, checked against it on the same bytes).</b>
 * <ul>
 *   <li>RECTANGLE is a box; POLYGON a polygon (manhattan point lists get their implied closing
 *       point; fewer than 3 points: dropped with a warning, as the GDSII reader does);
 *       TRAPEZOID and CTRAPEZOID (all 26 types, {@link org.cpodrc.oasis.Ctrapezoid}) polygons
 *       with exactly KLayout's vertices.</li>
 *   <li>PATH: width twice the half-width; flush, half-width and explicit extensions are stored as
 *       the effective extensions (GDSII path type 0, 2 or 4).</li>
 *   <li>CIRCLE: as KLayout reads it, a one-point path with round ends (width 2r, extensions r),
 *       which becomes KLayout's 32-point polygon when flattened.</li>
 *   <li>TEXT: a text at its position, no transformation. PLACEMENT: the transformation as for
 *       GDSII references ({@link org.cpodrc.layout.Trans#ofPlacement}), magnification and
 *       arbitrary angle included.</li>
 *   <li>Repetitions: lattices (types 1, 2, 3, 8, 9) on placements stay arrays in the model, as
 *       GDSII AREFs are held. Shapes and texts are stored one by one in the model, and the
 *       irregular repetitions (4-7, 10, 11) of placements become single placements, so those
 *       are expanded at read time, bounded by {@code --max-shapes}
 *       ({@link org.cpodrc.oasis.OasisReadOptions#maxShapes}).</li>
 *   <li>Properties: S_GDS_PROPERTY becomes the GDSII attribute/value pair; other user properties
 *       are kept with attribute -1 as "NAME=VALUES"; standard properties (S_TOP_CELL, ...) and
 *       properties of name records are bookkeeping and dropped.</li>
 *   <li>XNAME, XELEMENT and XGEOMETRY are skipped (XELEMENT and XGEOMETRY with a warning), as
 *       KLayout skips them. LAYERNAME records are read and not used (the model has no layer
 *       names).</li>
 * </ul>
 * <b>Decisions where KLayout is lenient:</b> the END record's validation (CRC32 or checksum32)
 * is checked and a mismatch is an input error; a placement of a cell never defined is an input
 * error (an option allows KLayout's empty cell), as is a reference number without its name
 * record, a cell defined twice, and mixing implicit and explicit reference numbers in one table.
 * Strict mode (table flag 1) is checked: no name record before its table offset. Reference cycles
 * are reported when the layout is flattened. Coordinates beyond 32 bits are input errors
 * (KLayout's database is 32-bit).
 */
package org.cpodrc.oasis;
