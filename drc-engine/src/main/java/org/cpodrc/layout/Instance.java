package org.cpodrc.layout;

import java.util.List;

/**
 * A placement of a cell: an SREF ({@code columns == rows == 1}, no lattice vectors) or an AREF
 * with {@code columns × rows} placements at {@code trans.displacement + i·colStep + j·rowStep}.
 * The lattice vectors are in the parent's coordinates (GDSII AREF points are too) and may be
 * non-orthogonal.
 */
public record Instance(String cellName, Trans trans, boolean isArray, int columns, int rows,
                       double colStepX, double colStepY, double rowStepX, double rowStepY,
                       List<Property> properties, boolean absMag, boolean absAngle) {
    public Instance {
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    public static Instance single(String cellName, Trans trans) {
        return new Instance(cellName, trans, false, 1, 1, 0, 0, 0, 0, List.of(), false, false);
    }

    public static Instance array(String cellName, Trans trans, int columns, int rows,
                                 double colStepX, double colStepY, double rowStepX, double rowStepY) {
        return new Instance(cellName, trans, true, columns, rows, colStepX, colStepY, rowStepX, rowStepY,
                List.of(), false, false);
    }

    /** Number of placements this instance stands for. */
    public long placements() {
        return (long) columns * rows;
    }

    /** The transformation of placement (column i, row j). */
    public Trans placement(int i, int j) {
        if (!isArray) {
            return trans;
        }
        return new Trans(trans.mirror(), trans.angleDeg(), trans.mag(),
                trans.dx() + i * colStepX + j * rowStepX, trans.dy() + i * colStepY + j * rowStepY);
    }
}
