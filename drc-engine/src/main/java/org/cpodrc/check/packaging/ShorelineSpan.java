package org.cpodrc.check.packaging;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Envelope;

/**
 * The shoreline that the ports of one die edge occupy ({@code basis: span}): their extent along
 * the edge plus one pitch, i.e. half a pitch beyond each outer port, which is N × pitch for an
 * evenly spaced array (DOMAIN §4). The pitch is the rule's {@code pitch}, or else the median of
 * the spacings between consecutive ports along the edge; spacings below 1 % of the mean spacing
 * are ports side by side across the edge (the rows of a 2D array) and are left out, so two rows
 * of 12 occupy 12 pitches of shoreline, not 24.
 *
 * @param first,last the outer ports' coordinates along the edge (dbu)
 */
record ShorelineSpan(double first, double last, double pitch) {

    /** The span of ports sorted along the side, or null when no pitch is known (a lone port, no pitch given). */
    static ShorelineSpan of(List<Port> sorted, DieSide side, double pitchOrNaN) {
        double first = side.along(sorted.get(0));
        double last = side.along(sorted.get(sorted.size() - 1));
        if (!Double.isNaN(pitchOrNaN)) {
            return new ShorelineSpan(first, last, pitchOrNaN);
        }
        if (sorted.size() < 2 || last == first) {
            return null;
        }
        double mean = (last - first) / (sorted.size() - 1);
        double[] spacings = new double[sorted.size() - 1];
        int n = 0;
        for (int i = 1; i < sorted.size(); i++) {
            double s = side.along(sorted.get(i)) - side.along(sorted.get(i - 1));
            if (s >= 0.01 * mean) {
                spacings[n++] = s;
            }
        }
        return new ShorelineSpan(first, last, median(Arrays.copyOf(spacings, n)));
    }

    double lengthDbu() {
        return last - first + pitch;
    }

    /** The occupied stretch of the side, for the violation marker. */
    Envelope onSide(Segment sideSegment, DieSide side) {
        double a = first - pitch / 2;
        double b = last + pitch / 2;
        return side == DieSide.NORTH || side == DieSide.SOUTH
                ? new Envelope(a, b, sideSegment.y1(), sideSegment.y1())
                : new Envelope(sideSegment.x1(), sideSegment.x1(), a, b);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
