package org.cpodrc.check.packaging;

import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.RunResult;
import org.cpodrc.testing.MemoryLayerSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bump_alignment end to end: a deck file with lengths in units and label layers, run by the engine. */
class BumpAlignmentDeckTest {
    private static final String DECK = """
            cpodrc: 1
            name: bumps
            layers:
              PIC: 1/0
              PAD: 11/0
              PAD_NET: 12/0
              BUMP: 20/0
              BUMP_NET: 21/0
            labels: [PAD_NET, BUMP_NET]
            derived:
              PIC_PAD: PAD and PIC
            rules:
              - id: BUMP.ALIGN.1
                check: bump_alignment
                layer: BUMP
                pads: PIC_PAD
                max_offset: 2000nm
                unmatched_pads: error
                bump_nets: BUMP_NET
                pad_nets: PAD_NET
            """;

    @TempDir
    Path dir;

    @Test
    void oneViolationPerKindThroughDeckAndEngine() throws Exception {
        Path deckFile = Files.writeString(dir.resolve("bumps.yaml"), DECK);
        Deck deck = new DeckLoader(CheckRegistry.standard()).load(deckFile.toString(), Map.of());
        // pads 30 um, bumps 20 um, 100 um pitch along y = 0
        MemoryLayerSource design = new MemoryLayerSource(0.001, "TOP")
                .add("1/0", rect(-50_000, -50_000, 650_000, 50_000))
                .add("11/0", pad(0), pad(100), pad(200), pad(240), pad(400), pad(500))
                .add("20/0", bump(0, 0), bump(100, 2.5), bump(220, 0), bump(400, 0), bump(600, 0))
                .label("21/0", "D0", 400_000, 0).label("12/0", "D1", 400_000, 0)
                .label("21/0", "D0", 0, 0).label("12/0", "D0", 0, 0);
        RunResult r = new DrcEngine(CheckRegistry.standard(), 2).run(deck, design,
                new InputInfo("t.gds", "TOP", 0.001), Severity.ERROR);
        List<String> kinds = r.violations().stream()
                .map(v -> v.message().substring(v.message().lastIndexOf('('))).sorted().toList();
        assertEquals(List.of("(misaligned)", "(net mismatch)", "(open)", "(short)", "(unmatched pad)"), kinds,
                r.violations().toString());
        Violation misaligned = r.violations().stream().filter(v -> v.message().endsWith("(misaligned)"))
                .findFirst().orElseThrow();
        assertEquals(2.5, misaligned.measuredUm(), 1e-9);
        assertEquals(2.0, misaligned.requiredUm(), 1e-12);
        assertTrue(r.violations().stream().anyMatch(v -> v.message().contains("net 'D0' lands on PIC_PAD pad net 'D1'")));
    }

    @Test
    void aBadChoiceIsALocatedDeckError() throws Exception {
        Path deckFile = Files.writeString(dir.resolve("bad.yaml"), DECK.replace("unmatched_pads: error",
                "unmatched_pads: warn"));
        InputException e = assertThrows(InputException.class,
                () -> new DeckLoader(CheckRegistry.standard()).load(deckFile.toString(), Map.of()));
        assertTrue(e.getMessage().startsWith(deckFile + ":18:"), e.getMessage());
        assertTrue(e.getMessage().contains("error") && e.getMessage().contains("ignore"), e.getMessage());
    }

    private static org.locationtech.jts.geom.Polygon pad(double xUm) {
        long x = Math.round(xUm * 1000);
        return rect(x - 15_000, -15_000, x + 15_000, 15_000);
    }

    private static org.locationtech.jts.geom.Polygon bump(double xUm, double yUm) {
        long x = Math.round(xUm * 1000), y = Math.round(yUm * 1000);
        return rect(x - 10_000, y - 10_000, x + 10_000, y + 10_000);
    }
}
