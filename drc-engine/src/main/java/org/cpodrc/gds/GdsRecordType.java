package org.cpodrc.gds;

import static org.cpodrc.gds.GdsDataType.ASCII;
import static org.cpodrc.gds.GdsDataType.BIT_ARRAY;
import static org.cpodrc.gds.GdsDataType.INT2;
import static org.cpodrc.gds.GdsDataType.INT4;
import static org.cpodrc.gds.GdsDataType.NONE;
import static org.cpodrc.gds.GdsDataType.REAL8;

/**
 * The GDSII record types (Calma stream format release 6): number, data type and how many items a
 * record of that type carries ({@code -1}: any number). Types marked unsupported were never
 * released or are obsolete; the reader skips them with a warning.
 */
enum GdsRecordType {
    HEADER(0x00, INT2, 1),
    BGNLIB(0x01, INT2, -1),
    LIBNAME(0x02, ASCII, -1),
    UNITS(0x03, REAL8, 2),
    ENDLIB(0x04, NONE, 0),
    BGNSTR(0x05, INT2, -1),
    STRNAME(0x06, ASCII, -1),
    ENDSTR(0x07, NONE, 0),
    BOUNDARY(0x08, NONE, 0),
    PATH(0x09, NONE, 0),
    SREF(0x0A, NONE, 0),
    AREF(0x0B, NONE, 0),
    TEXT(0x0C, NONE, 0),
    LAYER(0x0D, INT2, 1),
    DATATYPE(0x0E, INT2, 1),
    WIDTH(0x0F, INT4, 1),
    XY(0x10, INT4, -1),
    ENDEL(0x11, NONE, 0),
    SNAME(0x12, ASCII, -1),
    COLROW(0x13, INT2, 2),
    TEXTNODE(0x14, NONE, 0, false),
    NODE(0x15, NONE, 0),
    TEXTTYPE(0x16, INT2, 1),
    PRESENTATION(0x17, BIT_ARRAY, 1),
    SPACING(0x18, INT2, -1, false),
    STRING(0x19, ASCII, -1),
    STRANS(0x1A, BIT_ARRAY, 1),
    MAG(0x1B, REAL8, 1),
    ANGLE(0x1C, REAL8, 1),
    UINTEGER(0x1D, INT4, -1, false),
    USTRING(0x1E, ASCII, -1, false),
    REFLIBS(0x1F, ASCII, -1),
    FONTS(0x20, ASCII, -1),
    PATHTYPE(0x21, INT2, 1),
    GENERATIONS(0x22, INT2, 1),
    ATTRTABLE(0x23, ASCII, -1),
    STYPTABLE(0x24, ASCII, -1, false),
    STRTYPE(0x25, INT2, -1, false),
    ELFLAGS(0x26, BIT_ARRAY, 1),
    ELKEY(0x27, INT4, -1, false),
    LINKTYPE(0x28, INT2, -1, false),
    LINKKEYS(0x29, INT4, -1, false),
    NODETYPE(0x2A, INT2, 1),
    PROPATTR(0x2B, INT2, 1),
    PROPVALUE(0x2C, ASCII, -1),
    BOX(0x2D, NONE, 0),
    BOXTYPE(0x2E, INT2, 1),
    PLEX(0x2F, INT4, 1),
    BGNEXTN(0x30, INT4, 1),
    ENDEXTN(0x31, INT4, 1),
    TAPENUM(0x32, INT2, 1, false),
    TAPECODE(0x33, INT2, 6, false),
    STRCLASS(0x34, BIT_ARRAY, 1),
    RESERVED(0x35, INT4, -1, false),
    FORMAT(0x36, INT2, 1),
    MASK(0x37, ASCII, -1),
    ENDMASKS(0x38, NONE, 0),
    LIBDIRSIZE(0x39, INT2, 1),
    SRFNAME(0x3A, ASCII, -1),
    LIBSECUR(0x3B, INT2, -1);

    private static final GdsRecordType[] BY_NUMBER = new GdsRecordType[256];

    static {
        for (GdsRecordType t : values()) {
            BY_NUMBER[t.number] = t;
        }
    }

    final int number;
    final GdsDataType dataType;
    /** Items the record must carry, or -1 when any number is allowed. */
    final int items;
    /** False for record types that were never released or are obsolete. */
    final boolean supported;

    GdsRecordType(int number, GdsDataType dataType, int items) {
        this(number, dataType, items, true);
    }

    GdsRecordType(int number, GdsDataType dataType, int items, boolean supported) {
        this.number = number;
        this.dataType = dataType;
        this.items = items;
        this.supported = supported;
    }

    /** The record type with this number, or null if the number is not a GDSII record type. */
    static GdsRecordType byNumber(int number) {
        return number >= 0 && number < 256 ? BY_NUMBER[number] : null;
    }

    /** True for the records that start an element. */
    boolean startsElement() {
        return this == BOUNDARY || this == PATH || this == SREF || this == AREF || this == TEXT
                || this == NODE || this == BOX;
    }
}
