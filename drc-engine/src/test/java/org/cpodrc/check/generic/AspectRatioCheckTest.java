package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Violation;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;

class AspectRatioCheckTest {
    @Test
    void flagsViasTooNarrowForTheDieThicknessAndPassesTheExactLimit() {
        FakeContext ctx = new FakeContext().put("TSV",
                circle(0, 0, 5_000, 64),                    // 10 um round: 100/10 = 10, exactly max, passes
                circle(100_000, 0, 4_000, 64),              // 8 um round: 12.5, flagged
                rect(200_000, 0, 209_000, 20_000),          // 9 x 20 box: narrow side 9 -> 11.1, flagged
                rect(300_000, 0, 320_000, 20_000));         // 20 x 20: 5, passes
        List<Violation> vs = ctx.run(new AspectRatioCheck(),
                rule("AR", "aspect_ratio", "layer", "TSV", "thickness", 100.0, "max", 10.0)).violations;
        assertEquals(2, vs.size(), vs.toString());
        Violation round = vs.stream().filter(v -> v.x1() < 150_000).findFirst().orElseThrow();
        assertEquals(12.5, round.measuredUm());
        assertEquals(10.0, round.requiredUm());
        assertEquals(List.of(96_000L, -4_000L, 104_000L, 4_000L), List.of(round.x1(), round.y1(), round.x2(), round.y2()));
        assertEquals("TSV aspect ratio 12.5:1 (thickness 100.0 um / diameter 8.0 um) above 10.0:1", round.message());
        Violation box = vs.stream().filter(v -> v.x1() == 200_000).findFirst().orElseThrow();
        assertEquals(100.0 / 9.0, box.measuredUm(), 1e-12);
    }

    @Test
    void registeredAsAService() {
        assertEquals(AspectRatioCheck.class,
                CheckRegistry.standard().find("aspect_ratio").orElseThrow().getClass());
    }
}
