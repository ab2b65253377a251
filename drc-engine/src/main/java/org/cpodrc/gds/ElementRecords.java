package org.cpodrc.gds;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.layout.Property;

/**
 * The records of one element between BOUNDARY/PATH/... and ENDEL, collected before the element is
 * built. Reused for every element; the coordinate buffer only grows.
 */
final class ElementRecords {
    GdsRecordType kind;
    long offset;
    int layer = -1;
    /** DATATYPE, TEXTTYPE, BOXTYPE or NODETYPE. */
    int datatype = -1;
    int pathType;
    boolean hasPathType;
    int width;
    Integer beginExtension;
    Integer endExtension;
    int presentation;
    int strans;
    double mag = 1.0;
    /** Byte offset of the MAG record, for errors about it. */
    long magOffset;
    double angle;
    String structureName;
    int columns = -1;
    int rows = -1;
    String string;
    int[] xy = new int[1024];
    /** Number of ints in {@link #xy} (twice the point count). */
    int xyLength;
    int xyRecords;
    List<Property> properties;
    private int pendingAttribute = -1;

    void reset(GdsRecordType kind, long offset) {
        this.kind = kind;
        this.offset = offset;
        layer = -1;
        datatype = -1;
        pathType = 0;
        hasPathType = false;
        width = 0;
        beginExtension = null;
        endExtension = null;
        presentation = 0;
        strans = 0;
        mag = 1.0;
        angle = 0;
        structureName = null;
        columns = -1;
        rows = -1;
        string = null;
        xyLength = 0;
        xyRecords = 0;
        properties = null;
        pendingAttribute = -1;
    }

    int points() {
        return xyLength / 2;
    }

    /** Takes one record of the element; the caller has checked that the record belongs here. */
    void accept(GdsInput in) {
        switch (in.type()) {
            case LAYER -> layer = in.uint2(0);
            case DATATYPE, TEXTTYPE, BOXTYPE, NODETYPE -> datatype = in.uint2(0);
            case PATHTYPE -> {
                pathType = in.int2(0);
                hasPathType = true;
            }
            case WIDTH -> width = in.int4(0);
            case BGNEXTN -> beginExtension = in.int4(0);
            case ENDEXTN -> endExtension = in.int4(0);
            case PRESENTATION -> presentation = in.int2(0) & 0xFFFF;
            case STRANS -> strans = in.int2(0) & 0xFFFF;
            case MAG -> {
                mag = in.real8(0);
                magOffset = in.offset();
            }
            case ANGLE -> angle = in.real8(0);
            case SNAME -> structureName = in.string();
            case COLROW -> {
                columns = in.uint2(0);
                rows = in.uint2(1);
            }
            case STRING -> string = in.string();
            case XY -> {
                xy = in.appendXy(xy, xyLength);
                xyLength += in.int4Count();
                xyRecords++;
            }
            case PROPATTR -> pendingAttribute = in.uint2(0);
            case PROPVALUE -> {
                if (properties == null) {
                    properties = new ArrayList<>(2);
                }
                properties.add(new org.cpodrc.layout.Property(pendingAttribute, in.string()));
            }
            case ELFLAGS, PLEX -> {
                // template/external flags and plex numbers carry no geometry; not kept
            }
            default -> throw new IllegalStateException("not an element record: " + in.type());
        }
    }
}
