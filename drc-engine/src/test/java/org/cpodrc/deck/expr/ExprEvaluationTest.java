package org.cpodrc.deck.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckContext;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Evaluation against regions made of rectangles, for the operations Region already implements
 * (booleans, merged) and for with_text, which the expression does itself.
 */
class ExprEvaluationTest {
    private static Polygon rect(long x1, long y1, long x2, long y2) {
        return Region.FACTORY.createPolygon(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y1),
                new Coordinate(x2, y2), new Coordinate(x1, y2), new Coordinate(x1, y1)});
    }

    /** A: [0,10]x[0,10]; B: [5,15]x[0,10]; C: two touching squares [20,30] and [30,40]; D: far squares. */
    private static final Map<String, Region> LAYERS = Map.of(
            "A", Region.of(List.of(rect(0, 0, 10, 10))),
            "B", Region.of(List.of(rect(5, 0, 15, 10))),
            "C", Region.of(List.of(rect(20, 0, 30, 10), rect(30, 0, 40, 10))),
            "D", Region.of(List.of(rect(100, 0, 110, 10), rect(200, 0, 210, 10), rect(300, 0, 310, 10))));

    private static final List<CheckContext.Label> LABELS = List.of(
            new CheckContext.Label("PORT_1", 105, 5, new LayerKey(66, 0)), // inside the first D square
            new CheckContext.Label("PORT_2", 210, 10, new LayerKey(66, 0)), // on a corner of the second
            new CheckContext.Label("GND", 305, 5, new LayerKey(66, 0)),
            new CheckContext.Label("PORT_3", 500, 500, new LayerKey(66, 0))); // on nothing

    private static final ExprContext CONTEXT = new ExprContext() {
        @Override
        public Region layer(String name) {
            return LAYERS.get(name);
        }

        @Override
        public List<CheckContext.Label> labels() {
            return LABELS;
        }

        @Override
        public long toDbu(double um) {
            return Math.round(um / 0.001);
        }
    };

    private static Region eval(String text) {
        return ExprParser.parse(text).expr().evaluate(CONTEXT);
    }

    @Test
    void booleansFollowPrecedence() {
        assertEquals(150.0, eval("A or B").area());
        assertEquals(50.0, eval("A and B").area());
        assertEquals(50.0, eval("A not B").area());
        assertEquals(100.0, eval("A xor B").area());
        // A or (B and C) = A, since B and C do not meet; (A or B) and C would be empty
        assertEquals(100.0, eval("A or B and C").area());
        assertEquals(0.0, eval("(A or B) and C").area());
        // left-assoc: (A not B) not A = empty; A not (B not A) = A not [10,15] = A
        assertEquals(0.0, eval("A not B not A").area());
        assertEquals(100.0, eval("A not (B not A)").area());
    }

    @Test
    void mergedJoinsTouchingShapes() {
        assertEquals(2, eval("C").size());
        assertEquals(1, eval("merged(C)").size());
        assertEquals(200.0, eval("merged(C)").area());
    }

    @Test
    void withTextKeepsShapesContainingOrTouchingAMatchingLabel() {
        assertEquals(2, eval("with_text(D, \"PORT_*\")").size());
        assertEquals(1, eval("with_text(D, \"GND\")").size());
        assertEquals(3, eval("with_text(D, \"*\")").size());
        assertEquals(0, eval("with_text(D, \"PORT\")").size());
        assertEquals(1, eval("with_text(D, \"PORT_?\") and D not with_text(D, \"PORT_1\")").size());
    }

    @Test
    void areaBoundsConvertSquareMicronsToSquareDatabaseUnits() {
        assertEquals(4.0e6, CONTEXT.toDbu2(4.0), 1e-6);
        assertEquals(2.5e5, CONTEXT.toDbu2(0.25), 1e-6);
    }
}
