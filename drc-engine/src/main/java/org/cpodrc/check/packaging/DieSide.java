package org.cpodrc.check.packaging;

import java.util.Locale;

import org.locationtech.jts.geom.Envelope;

/**
 * The four sides of a die's bounding box. {@code edge_bandwidth} measures shoreline on them: for
 * a rectangular die they are its edges; a non-rectangular die is treated as its bounding box.
 */
enum DieSide {
    NORTH, SOUTH, EAST, WEST;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    Segment of(Envelope die) {
        return switch (this) {
            case NORTH -> new Segment(die.getMinX(), die.getMaxY(), die.getMaxX(), die.getMaxY());
            case SOUTH -> new Segment(die.getMinX(), die.getMinY(), die.getMaxX(), die.getMinY());
            case EAST -> new Segment(die.getMaxX(), die.getMinY(), die.getMaxX(), die.getMaxY());
            case WEST -> new Segment(die.getMinX(), die.getMinY(), die.getMinX(), die.getMaxY());
        };
    }

    /** A position's coordinate along this side (x for north/south, y for east/west). */
    double along(Port p) {
        return this == NORTH || this == SOUTH ? p.x() : p.y();
    }
}
