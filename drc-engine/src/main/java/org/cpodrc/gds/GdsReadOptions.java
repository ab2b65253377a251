package org.cpodrc.gds;

/**
 * Reader choices where the GDSII format leaves room.
 *
 * @param allowUndefinedCells when true, a reference to a cell that the file never defines creates
 *     an empty cell and a warning, as KLayout does ("ghost cell"); when false (the default) it is
 *     an input error, because checking a design with missing parts would pass silently.
 */
public record GdsReadOptions(boolean allowUndefinedCells) {
    public static final GdsReadOptions DEFAULTS = new GdsReadOptions(false);
}
