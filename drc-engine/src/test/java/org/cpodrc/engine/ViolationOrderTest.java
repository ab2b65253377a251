package org.cpodrc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** {@link ViolationOrder} orders as the comparator chain it replaces did, field by field, ties and nulls included. */
class ViolationOrderTest {
    /** The chain DrcEngine used before (method references and Comparator's combinators). */
    private static final Comparator<Violation> CHAIN = Comparator.comparingLong(Violation::x1)
            .thenComparingLong(Violation::y1)
            .thenComparingLong(Violation::x2)
            .thenComparingLong(Violation::y2)
            .thenComparing(Violation::message, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingDouble(Violation::measuredUm)
            .thenComparingDouble(Violation::requiredUm)
            .thenComparing(v -> v.cell() == null ? "" : v.cell())
            .thenComparing(Violation::marker, Comparator.nullsFirst(Geometry::compareTo));

    @Test
    void sameSignAsTheChainOnRandomViolationsWithManyTies() {
        Random r = new Random(42);
        GeometryFactory f = new GeometryFactory();
        List<Violation> vs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Geometry marker = r.nextInt(4) == 0 ? null
                    : f.createPoint(new Coordinate(r.nextInt(3), r.nextInt(3)));
            String message = r.nextInt(4) == 0 ? null : "m" + r.nextInt(3);
            String cell = r.nextInt(3) == 0 ? null : r.nextBoolean() ? "" : "C" + r.nextInt(2);
            double measured = r.nextInt(5) == 0 ? Double.NaN : r.nextInt(3) * 0.5 - (r.nextBoolean() ? 0.0 : -0.0);
            vs.add(new Violation("R", Severity.ERROR, message, r.nextInt(2), r.nextInt(2), r.nextInt(2), r.nextInt(2),
                    marker, measured, r.nextInt(2), cell));
        }
        ViolationOrder order = new ViolationOrder();
        for (Violation a : vs) {
            for (Violation b : vs) {
                assertEquals(Integer.signum(CHAIN.compare(a, b)), Integer.signum(order.compare(a, b)), a + " vs " + b);
            }
        }
    }
}
