package org.cpodrc.gds;

/** The data type byte of a GDSII record and the size of one item of that type. */
enum GdsDataType {
    NONE(0, 0), BIT_ARRAY(1, 2), INT2(2, 2), INT4(3, 4), REAL4(4, 4), REAL8(5, 8), ASCII(6, 1);

    final int code;
    /** Bytes per item; record data length must be a multiple of it. */
    final int itemSize;

    GdsDataType(int code, int itemSize) {
        this.code = code;
        this.itemSize = itemSize;
    }
}
