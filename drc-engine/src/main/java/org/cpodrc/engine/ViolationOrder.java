package org.cpodrc.engine;

import java.util.Comparator;

import org.cpodrc.check.Violation;
import org.locationtech.jts.geom.Geometry;

/**
 * The order of violations within one rule: every field a report prints takes part, so output is
 * stable, and violations alike in every printed field keep one order whatever produced them first
 * (tiles, threads): the box (x1, y1, x2, y2), the message (none first), measured and required
 * values, the cell (none as ""), the marker (none first). Written out rather than chained from
 * {@code Comparator.comparingLong(Violation::x1).thenComparing...}: the chain's method references
 * and the comparators' own lambdas, some fifteen, are linked at every start (BENCHMARKS.md, "Quick
 * start after stop 11").
 */
final class ViolationOrder implements Comparator<Violation> {
    @Override
    public int compare(Violation a, Violation b) {
        int c = Long.compare(a.x1(), b.x1());
        if (c == 0) {
            c = Long.compare(a.y1(), b.y1());
        }
        if (c == 0) {
            c = Long.compare(a.x2(), b.x2());
        }
        if (c == 0) {
            c = Long.compare(a.y2(), b.y2());
        }
        if (c == 0) {
            c = nullsFirst(a.message(), b.message());
        }
        if (c == 0) {
            c = Double.compare(a.measuredUm(), b.measuredUm());
        }
        if (c == 0) {
            c = Double.compare(a.requiredUm(), b.requiredUm());
        }
        if (c == 0) {
            c = (a.cell() == null ? "" : a.cell()).compareTo(b.cell() == null ? "" : b.cell());
        }
        if (c == 0) {
            c = markers(a.marker(), b.marker());
        }
        return c;
    }

    private static <T extends Comparable<? super T>> int nullsFirst(T a, T b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    /** As {@link #nullsFirst}: JTS's Geometry is a raw Comparable. */
    private static int markers(Geometry a, Geometry b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
