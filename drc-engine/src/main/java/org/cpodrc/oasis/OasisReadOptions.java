package org.cpodrc.oasis;

/**
 * Reader choices where the OASIS format leaves room.
 *
 * @param allowUndefinedCells when true, a placement of a cell that the file never defines creates
 *     an empty cell and a warning, as KLayout does; when false (the default) it is an input error,
 *     as in the GDSII reader.
 * @param maxShapes the most element copies (shapes, texts, placements) the file may expand into
 *     once repetitions that the layout model cannot hold as arrays are written out: the same bound
 *     as {@code --max-shapes}, so a few bytes of repetition cannot exhaust the heap.
 */
public record OasisReadOptions(boolean allowUndefinedCells, long maxShapes) {
    public static final OasisReadOptions DEFAULTS = new OasisReadOptions(false, 100_000_000L);

    public OasisReadOptions withMaxShapes(long max) {
        return new OasisReadOptions(allowUndefinedCells, max);
    }
}
