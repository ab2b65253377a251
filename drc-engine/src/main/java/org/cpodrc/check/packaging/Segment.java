package org.cpodrc.check.packaging;

/** A straight piece of a die outline, in database units. */
record Segment(double x1, double y1, double x2, double y2) {

    double length() {
        return Math.hypot(x2 - x1, y2 - y1);
    }

    /** Euclidean distance from a point to the segment (to its nearer end beyond the ends). */
    double distance(double px, double py) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }

    /** Angle in degrees (0..90) between this segment and a direction (ux, uy), ignoring orientation. */
    double angleTo(double ux, double uy) {
        double cos = Math.abs((x2 - x1) * ux + (y2 - y1) * uy) / (length() * Math.hypot(ux, uy));
        return Math.toDegrees(Math.acos(Math.min(1, cos)));
    }

    /** "(x1, y1)-(x2, y2)" in µm, the end first in (x, y) order first, so messages do not depend on ring orientation. */
    String describe(double dbuUm) {
        boolean swap = x2 < x1 || (x2 == x1 && y2 < y1);
        double ax = swap ? x2 : x1;
        double ay = swap ? y2 : y1;
        double bx = swap ? x1 : x2;
        double by = swap ? y1 : y2;
        return "(" + Fmt.um(ax * dbuUm) + ", " + Fmt.um(ay * dbuUm) + ")-(" + Fmt.um(bx * dbuUm) + ", "
                + Fmt.um(by * dbuUm) + ")";
    }
}
