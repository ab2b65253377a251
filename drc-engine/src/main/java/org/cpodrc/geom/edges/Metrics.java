package org.cpodrc.geom.edges;

/** How a distance between edges is measured (KLayout's metrics). */
public enum Metrics {
    /** round: the true distance between points */
    EUCLIDIAN,
    /** the larger of the distances along and across the edge: corners look square */
    SQUARE,
    /** only the parts of the edges facing each other count */
    PROJECTION
}
