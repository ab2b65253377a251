package org.cpodrc.check;

import org.locationtech.jts.geom.Geometry;

/**
 * One finding of one rule. Coordinates are in database units; reports convert to µm.
 *
 * @param marker      the marker geometry (an edge pair as a two-line MultiLineString, or a polygon), in dbu
 * @param measuredUm  the measured value in µm (or the check's unit, e.g. a ratio); NaN when not applicable
 * @param requiredUm  the required value, same unit; NaN when not applicable
 * @param cell        the cell the violation is reported in (the top cell for flat checks)
 */
public record Violation(String rule, Severity severity, String message, long x1, long y1, long x2, long y2,
                        Geometry marker, double measuredUm, double requiredUm, String cell) {
}
