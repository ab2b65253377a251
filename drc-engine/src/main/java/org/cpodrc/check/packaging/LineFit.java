package org.cpodrc.check.packaging;

import java.util.List;

/**
 * The orthogonal least-squares line through a set of positions (the line minimising the sum of
 * squared perpendicular distances). Orthogonal rather than y-on-x regression so the result does
 * not depend on how the array is rotated, vertical arrays included.
 *
 * @param cx,cy mean position; (ux, uy) unit direction
 */
record LineFit(double cx, double cy, double ux, double uy) {

    static LineFit of(List<Port> ports) {
        int n = ports.size();
        double mx = 0;
        double my = 0;
        for (Port p : ports) {
            mx += p.x();
            my += p.y();
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (Port p : ports) {
            double dx = p.x() - mx;
            double dy = p.y() - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        return new LineFit(mx, my, Math.cos(theta), Math.sin(theta));
    }

    /** Perpendicular distance of a position from the line, in database units. */
    double deviation(Port p) {
        return Math.abs((p.x() - cx) * uy - (p.y() - cy) * ux);
    }
}
