package org.cpodrc.decktest;

import org.cpodrc.check.Violation;

/**
 * A marker a rule must report: its bounding box in µm and, when given, its measured value, each
 * within a tolerance.
 *
 * @param value          the measured value in the check's unit (µm for lengths), NaN when not stated
 * @param tolerance      how far each bbox coordinate may differ, µm
 * @param valueTolerance how far the measured value may differ
 */
public record ExpectedMarker(double x1, double y1, double x2, double y2, double value, double tolerance,
                             double valueTolerance) {

    /** Whether a reported violation (coordinates in database units of dbuUm) is this marker. */
    public boolean matches(Violation v, double dbuUm) {
        return near(v.x1() * dbuUm, x1) && near(v.y1() * dbuUm, y1) && near(v.x2() * dbuUm, x2)
                && near(v.y2() * dbuUm, y2)
                && (Double.isNaN(value) || Math.abs(v.measuredUm() - value) <= valueTolerance + 1e-9);
    }

    private boolean near(double actual, double expected) {
        return Math.abs(actual - expected) <= tolerance + 1e-9;
    }

    @Override
    public String toString() {
        return Markers.box(x1, y1, x2, y2) + (Double.isNaN(value) ? "" : " value " + Markers.num(value));
    }
}
