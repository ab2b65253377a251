package org.cpodrc.samples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.LayoutLayerSource;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.TopCells;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Layout;

/** Runs a deck on a GDS file the way {@code cpodrc check} does: reader, flattener, deck loader, engine. */
final class SamplePipeline {
    private SamplePipeline() {
    }

    static RunResult check(Path design, String deck) {
        return check(design, deck, Map.of());
    }

    static RunResult check(Path design, String deck, Map<String, String> params) {
        CheckRegistry registry = CheckRegistry.standard();
        Deck loaded = new DeckLoader(registry).load(deck, params);
        Layout layout = GdsReader.read(design);
        List<Cell> tops = TopCells.choose(layout, null, design.toString());
        LayoutLayerSource source = new LayoutLayerSource(layout, tops, Long.MAX_VALUE);
        InputInfo input = new InputInfo(design.getFileName().toString(), source.topCell(), layout.dbuUm());
        return new DrcEngine(registry, 1).run(loaded, source, input, Severity.ERROR);
    }

    /** A violation as "RULE x1 y1 x2 y2" with the bounding box in µm (1 nm database unit). */
    static String located(Violation v) {
        return v.rule() + " " + um(v.x1()) + " " + um(v.y1()) + " " + um(v.x2()) + " " + um(v.y2());
    }

    private static String um(long dbu) {
        return BigDecimal.valueOf(dbu, 3).stripTrailingZeros().toPlainString();
    }
}
