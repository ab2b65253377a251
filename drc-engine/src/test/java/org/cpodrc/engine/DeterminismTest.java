package org.cpodrc.engine;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Random;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.deck.Deck;
import org.cpodrc.report.JsonReport;
import org.cpodrc.testing.Decks;
import org.cpodrc.testing.MemoryLayerSource;
import org.junit.jupiter.api.Test;

/** The same deck on the same design gives the same JSON bytes at 1 and 4 threads, and on a rerun. */
class DeterminismTest {
    @Test
    void jsonIsByteIdenticalForEveryThreadCount() throws Exception {
        MemoryLayerSource design = randomDesign(new Random(20261125));
        Deck deck = Decks.builder().layer("PIC", "1/0").layer("EIC", "2/0").layer("TSV", "10/0").layer("WG", "100/0")
                .layer("PAD", "11/0")
                .derived("TSV_ON_PIC", ctx -> ctx.layer("TSV").and(ctx.layer("PIC")))
                .rule(rule("EIC.IN", "inside", "layer", "EIC", "container", "PIC"))
                .rule(rule("EIC.OV", "overlap", Severity.WARNING, null, "layer", "EIC", "other", "PIC", "min_ratio", 0.9))
                .rule(rule("TSV.KOZ", "keep_out", "layer", "WG", "from", "TSV", "distance", 8.0))
                .rule(rule("TSV.SIZE", "size", "layer", "TSV", "min", 9.5, "max", 10.5))
                .rule(rule("TSV.AREA", "area", Severity.INFO, null, "layer", "TSV_ON_PIC", "min", 70.0))
                .rule(rule("TSV.PITCH", "pitch", "layer", "TSV", "min", 30.0))
                .rule(rule("TSV.LAND", "covered", "layer", "TSV", "by", "PAD"))
                .rule(rule("TSV.COUNT", "count", "layer", "TSV", "per", "PIC", "max", 20L))
                .rule(rule("WG.DENS", "density", "layer", "WG", "min", 0.05, "max", 0.3, "window", 300.0,
                        "step", 150.0))
                .build();
        CheckRegistry registry = CheckRegistry.standard();
        InputInfo input = new InputInfo("random.gds", "TOP", 0.001);
        String one = json(new DrcEngine(registry, 1).run(deck, design, input, Severity.ERROR));
        String four = json(new DrcEngine(registry, 4).run(deck, design, input, Severity.ERROR));
        String again = json(new DrcEngine(registry, 4).run(deck, randomDesign(new Random(20261125)), input,
                Severity.ERROR));
        assertEquals(one, four);
        assertEquals(one, again);
        // the design is busy enough that most rules have something to say
        assertTrue(one.split("\"rule\": ").length > 60, one);
    }

    private static String json(RunResult r) throws Exception {
        StringWriter w = new StringWriter();
        new JsonReport("test").write(r, w);
        return w.toString();
    }

    private static MemoryLayerSource randomDesign(Random rnd) {
        MemoryLayerSource s = new MemoryLayerSource(0.001, "TOP");
        s.add("1/0", rect(0, 0, 1_000_000, 800_000), rect(1_200_000, 0, 1_600_000, 400_000));
        for (int i = 0; i < 6; i++) {
            long x = rnd.nextInt(1_500_000);
            long y = rnd.nextInt(700_000);
            s.add("2/0", rect(x, y, x + 50_000 + rnd.nextInt(200_000), y + 50_000 + rnd.nextInt(100_000)));
        }
        for (int i = 0; i < 60; i++) {
            long x = rnd.nextInt(1_600_000);
            long y = rnd.nextInt(800_000);
            double r = 4_600 + rnd.nextInt(800);
            s.add("10/0", circle(x, y, r, 32));
            if (rnd.nextInt(4) > 0) {
                s.add("11/0", rect(x - 8_000 - rnd.nextInt(4_000), y - 8_000, x + 8_000, y + 8_000));
            }
        }
        for (int i = 0; i < 40; i++) {
            long x = rnd.nextInt(1_600_000);
            long y = rnd.nextInt(800_000);
            boolean horizontal = rnd.nextBoolean();
            long len = 20_000 + rnd.nextInt(300_000);
            s.add("100/0", horizontal ? rect(x, y, x + len, y + 500) : rect(x, y, x + 500, y + len));
        }
        return s;
    }
}
