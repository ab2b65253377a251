package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cpodrc.check.Violation;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;

class InsideAndCoveredCheckTest {
    @Test
    void insideMarksEachOutsidePieceWithItsArea() {
        FakeContext ctx = new FakeContext()
                .put("PIC", rect(0, 0, 100_000, 100_000))
                .put("EIC", rect(90_000, 10_000, 110_000, 20_000),  // 10 x 10 um sticks out to the right
                        rect(10_000, 10_000, 20_000, 20_000),       // inside
                        rect(0, 50_000, 5_000, 60_000),             // touches the edge from inside: passes
                        rect(-2_000, 90_000, 1_000, 91_000));       // 2 x 1 um out on the left
        List<Violation> vs = ctx.run(new InsideCheck(), rule("I", "inside", "layer", "EIC", "container", "PIC"))
                .violations;
        assertEquals(2, vs.size(), vs.toString());
        vs = vs.stream().sorted((a, b) -> Long.compare(a.x1(), b.x1())).toList();
        assertEquals(2.0, vs.get(0).measuredUm(), 1e-9);
        assertEquals(List.of(-2_000L, 90_000L, 0L, 91_000L),
                List.of(vs.get(0).x1(), vs.get(0).y1(), vs.get(0).x2(), vs.get(0).y2()));
        assertEquals(100.0, vs.get(1).measuredUm(), 1e-9);
        assertEquals(100_000, vs.get(1).x1());
    }

    @Test
    void coveredNeedsEachShapeOnOnePadAndMarksTheWholeShape() {
        FakeContext ctx = new FakeContext()
                .put("PAD", rect(0, 0, 20_000, 20_000), rect(100_000, 0, 120_000, 20_000))
                .put("TSV", circle(10_000, 10_000, 5_000, 64),        // lands
                        rect(0, 0, 20_000, 20_000 - 0),               // fills its pad exactly: lands
                        rect(115_000, 5_000, 125_000, 15_000),        // half off the second pad
                        rect(200_000, 0, 210_000, 10_000));           // on no pad
        List<Violation> vs = ctx.run(new CoveredCheck(), rule("L", "covered", "layer", "TSV", "by", "PAD")).violations;
        // the circle and the full-pad square merge into one TSV shape that still lands
        assertEquals(2, vs.size(), vs.toString());
        vs = vs.stream().sorted((a, b) -> Long.compare(a.x1(), b.x1())).toList();
        assertEquals(50.0, vs.get(0).measuredUm(), 1e-9);
        assertEquals(115_000, vs.get(0).x1());
        assertEquals(125_000, vs.get(0).x2()); // the whole TSV, not just the stray half
        assertEquals(100.0, vs.get(1).measuredUm(), 1e-9);
        assertEquals(true, vs.get(1).message().contains("not on any PAD"), vs.get(1).message());
    }
}
