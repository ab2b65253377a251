package org.cpodrc.check.generic;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cpodrc.InputException;
import org.cpodrc.check.Check;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;

/** A rule without any bound would silently check nothing: that is a deck mistake. */
class BoundsRequiredTest {
    private final FakeContext ctx = new FakeContext().put("M", rect(0, 0, 10, 10), rect(100, 0, 110, 10));

    @Test
    void checksWithOptionalBoundsNeedAtLeastOne() {
        assertMessage("check area needs min or max", new AreaCheck(), "area");
        assertMessage("check size needs min or max", new SizeCheck(), "size");
        assertMessage("check count needs min or max", new CountCheck(), "count");
        assertMessage("check pitch needs min or nominal", new PitchCheck(), "pitch");
        InputException e = assertThrows(InputException.class, () -> ctx.run(new PitchCheck(),
                rule("R", "pitch", "layer", "M", "min", 1.0, "tolerance", 0.5)));
        assertEquals("check pitch: tolerance needs nominal", e.getMessage());
    }

    @Test
    void overlapWithoutBoundsOnlyReportsMetrics() {
        FakeContext.Results r = ctx.run(new OverlapCheck(), rule("R", "overlap", "layer", "M", "other", "M"));
        assertEquals(0, r.violations.size());
        assertEquals(2, r.metrics.size());
    }

    private void assertMessage(String expected, Check check, String name) {
        InputException e = assertThrows(InputException.class, () -> ctx.run(check, rule("R", name, "layer", "M")));
        assertEquals(expected, e.getMessage());
    }
}
