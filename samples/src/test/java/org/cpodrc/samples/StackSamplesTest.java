package org.cpodrc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.RunResult;
import org.cpodrc.gds.GdsWriter;
import org.cpodrc.stack.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample, split into die files (the EIC flipped and turned) and placed back by a stack
 * file, gives exactly the violations of its single-file twin with the same shipped deck: rule,
 * message, box and values (the cell is the stack's name instead of the top cell's). The
 * tier_order rules pass on both: the split stacks keep the tiers the deck expects.
 */
class StackSamplesTest {
    @TempDir
    Path dir;

    @Test
    void everySplitSampleGivesTheViolationsOfItsSingleFileTwin() throws Exception {
        List<String> diffs = new ArrayList<>();
        int compared = 0;
        for (Sample s : Sample.all()) {
            Path single = dir.resolve(s.file());
            GdsWriter.write(s.layout(), single);
            Path stackFile = StackSplit.write(s, dir.resolve(s.file().replace(".gds", "")));
            List<String> flat = lines(SamplePipeline.check(single, s.deck()));
            List<String> stacked = lines(checkStack(stackFile, s.deck()));
            if (!flat.equals(stacked)) {
                diffs.add(s.file() + ":\n  single " + flat + "\n  stack  " + stacked);
            }
            compared += flat.size();
        }
        assertEquals(List.of(), diffs, String.join("\n", diffs));
        assertTrue(compared > 20, "the samples break rules: " + compared);
    }

    @Test
    void theShippedTierSampleBreaksTierOrderOnce() {
        Path stack = SampleFiles.module().resolve("stacks/" + StackSplit.TIER_BREAK + "/" + StackSplit.TIER_BREAK + ".stack.yaml");
        RunResult r = checkStack(stack, Sample.P3D);
        assertEquals(List.of("TIER.EIC.1 2500 1000 4500 3000 die EIC (eic, tier 0) overlaps die PIC (pic, tier 1) but is"
                + " not on a higher tier -1.0 1.0"), lines(r));
    }

    @Test
    void theShippedStackSamplesGiveTheViolationsOfTheirTwins() {
        for (String file : StackSplit.SHIPPED) {
            String base = file.replace(".gds", "");
            Sample s = Sample.all().stream().filter(x -> x.file().equals(file)).findFirst().orElseThrow();
            RunResult stacked = checkStack(SampleFiles.module().resolve("stacks/" + base + "/" + base + ".stack.yaml"), s.deck());
            RunResult single = SamplePipeline.check(SampleFiles.gds().resolve(file), s.deck());
            assertEquals(lines(single), lines(stacked), file);
            assertTrue(!stacked.violations().isEmpty(), file);
        }
    }

    static RunResult checkStack(Path stackFile, String deck) {
        CheckRegistry registry = CheckRegistry.standard();
        Stack stack = Stack.load(stackFile, Long.MAX_VALUE);
        Deck loaded = new DeckLoader(registry).load(deck, Map.of(), stack.designLayers());
        return new DrcEngine(registry, 1).run(loaded, stack.layerSource(),
                new InputInfo(stackFile.toString(), stack.name(), stack.dbuUm(), stack.assembly()), Severity.ERROR);
    }

    private static List<String> lines(RunResult r) {
        List<String> out = new ArrayList<>();
        for (Violation v : r.violations()) {
            out.add(SamplePipeline.located(v) + " " + v.message() + " " + v.measuredUm() + " " + v.requiredUm());
        }
        return out;
    }
}
