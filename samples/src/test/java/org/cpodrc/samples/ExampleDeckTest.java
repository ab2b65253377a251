package org.cpodrc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Rule;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.engine.RunResult;
import org.junit.jupiter.api.Test;

/** samples/decks/my-photonic-3d.yaml extends the shipped deck, overriding a param and rules, with effect. */
class ExampleDeckTest {
    private static final String DECK = SampleFiles.module().resolve("decks/my-photonic-3d.yaml").toString();

    @Test
    void overridesAParamReplacesOneRuleAndDropsAnother() {
        Deck base = new DeckLoader(CheckRegistry.standard()).load(Sample.P3D, Map.of());
        Deck mine = new DeckLoader(CheckRegistry.standard()).load(DECK, Map.of());
        assertEquals("photonic-3d", mine.stack());
        assertEquals("25um", mine.params().get("tsv_photonic_koz"));
        assertEquals(base.params().get("m_encl"), mine.params().get("m_encl"));
        List<String> baseIds = base.rules().stream().map(Rule::id).filter(id -> !id.equals("FAU.CLEAR.1")).toList();
        assertEquals(baseIds, mine.rules().stream().map(Rule::id).toList(), "replaced in place, one dropped");
        Rule bw = mine.rules().stream().filter(r -> r.id().equals("BW.EDGE.1")).findFirst().orElseThrow();
        assertEquals("cpo-today", bw.string("target"));
    }

    @Test
    void theOverridesChangeTheResultsOnTheSamples() {
        // 30 um from a ring: breaks the shipped 50 um keep-out, not our 25 um
        RunResult koz = SamplePipeline.check(SampleFiles.gds().resolve("p3d_p4_tsv_near_ring.gds"), DECK);
        assertEquals(List.of(), koz.violations());
        // 1.575 Tbps/mm: short of the shipped chiplet-3tbps target, above cpo-today
        RunResult bw = SamplePipeline.check(SampleFiles.gds().resolve("bw_16x200g.gds"), DECK);
        assertEquals(List.of(), bw.violations());
        assertEquals(0.5, bw.metrics().stream().filter(m -> m.name().equals("edge_bandwidth")).findFirst()
                .orElseThrow().fields().get("target"));
        // the lid next to the FAU is no longer checked
        RunResult fau = SamplePipeline.check(SampleFiles.gds().resolve("p3d_c2_fau_blocked.gds"), DECK);
        assertTrue(fau.violations().isEmpty(), fau.violations().toString());
    }
}
