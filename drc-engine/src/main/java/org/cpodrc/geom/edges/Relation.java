package org.cpodrc.geom.edges;

/**
 * Which side of each edge the measured gap lies on, as KLayout's edge relations. Edges are
 * oriented with their polygon's interior on the right.
 */
public enum Relation {
    /** inside of one polygon between the edges (width) */
    WIDTH,
    /** outside of both between the edges (space, separation) */
    SPACE,
    /** the first edge's inside meets the second edge's outside: first encloses second (enclosure) */
    OVERLAP,
    /** the first edge's outside meets the second edge's inside */
    INSIDE
}
