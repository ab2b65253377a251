package org.cpodrc.deckimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Rule;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the importer makes of the statements of real KLayout decks, and what it lists as untranslated. */
class DeckImportTest {
    @TempDir
    Path dir;

    private Deck load(DeckImport.Result r) throws Exception {
        Path yaml = Files.writeString(dir.resolve("d.yaml"), r.yaml());
        return new DeckLoader(CheckRegistry.standard()).load(yaml.toString(), Map.of());
    }

    private static Rule rule(Deck d, String id) {
        return d.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void generatorAndGenericPdkStatementsBecomeRules() throws Exception {
        String drc = String.join("\n",
                "threads(4)",
                "tiles(500)",
                "WG = input(1, 0)",
                "WGN = input(34, 0)",
                "M1 = input(41, 0)",
                "VIAC = input(40, 0)",
                "NPP = input(24, 0)",
                "wg_fat = WG.size(0.5)            # sized",
                "x = WG - WGN & M1 | NPP",
                "WG.width(0.2, angle_limit(80)).output('WG width 0.2um', 'WG width 0.2um')",
                "WG.space(0.2.um, euclidian).output('wg.s.1', 'wg space')",
                "WG.separation(WGN, 0.2.um, projection).output('wg.s.wgn.1', 'sep')",
                "VIAC.enclosing(M1, angle_limit(90), 0.2).output('enc', 'enc')",
                "VIAC.enclosed(M1, 0.2.um, square).output('encd', 'encd')",
                "r = WG.with_area(nil, 1.um)",
                "r.output('wg.a.1', 'area')",
                "WG.holes.with_area(0, 0.5).output('wg.a.2')",
                "mh = M1.and(WG).not_interacting(NPP)",
                "mh.output('mh.en.1', 'heater')",
                "mh.forget",
                "WG.overlapping(WGN).output('wg.i.1', 'no overlap')",
                "VIAC.not_inside(NPP).output('VIAC not inside NPP', 'VIAC not inside NPP')",
                "x.output('x')",
                "wg_fat.output('fat')",
                "WG.width(200).output('dbu', 'integer distance')",
                "wg_fat = wg_fat.merged",
                "wg_fat.output('fat2')");
        DeckImport.Result r = DeckImport.translate("generic.drc", drc);
        assertEquals(List.of(), r.skipped());
        Deck d = load(r);
        assertEquals(14, d.rules().size());
        assertEquals("merged(wg_fat)", d.derived().get("wg_fat_2").expr().toString(), "a reassigned variable");
        assertEquals("wg_fat_2", rule(d, "fat2").layer("layer"));
        assertEquals("width", rule(d, "WG_width_0.2um").check());
        assertEquals(0.2, rule(d, "WG_width_0.2um").number("min", 0));
        assertEquals(80.0, rule(d, "WG_width_0.2um").number("angle_limit", 0));
        assertEquals("projection", rule(d, "wg.s.wgn.1").string("metric"));
        assertEquals("VIAC", rule(d, "enc").layer("outer"));
        assertEquals("M1", rule(d, "enc").layer("inner"));
        assertEquals("M1", rule(d, "encd").layer("outer"));
        assertEquals("square", rule(d, "encd").string("metric"));
        assertEquals("forbidden", rule(d, "wg.a.1").check());
        assertEquals(0.2, rule(d, "dbu").number("min", 0), 1e-12);
        assertTrue(r.warnings().get(0).contains("integer 200"), r.warnings().toString());
        assertEquals("with_area(WG, 0, 1)", d.derived().get("r").expr().toString());
        assertEquals("with_area(holes(WG), 0, 0.5)", d.derived().get("wg_a_2_layer").expr().toString());
        assertEquals("not_interacting(M1 and WG, NPP)", d.derived().get("mh").expr().toString());
        assertEquals("(WG not WGN) and M1 or NPP", d.derived().get("x").expr().toString(), "Ruby: - above &, & above |");
        assertEquals("WG sized 0.5um", d.derived().get("wg_fat").expr().toString());
    }

    @Test
    void listsWhatItCannotTranslateWithTheLineOfTheOriginal() {
        String lydrc = String.join("\n",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                "<klayout-macro>",
                " <category>drc</category>",
                " <text># a deck",
                "A = input(1, 0)",
                "A.ongrid(0.005.um).output('grid', 'off grid')",
                "if A.area &gt; 1",
                "  A.output('big')",
                "end",
                "A.rectangles.output('rect')",
                "A.width(0.1)",
                "  .output('w', 'width')",
                "A.notch(0.1).output('n')",
                "</text>",
                "</klayout-macro>");
        DeckImport.Result r = DeckImport.translate("x.lydrc", lydrc);
        assertEquals(List.of(6, 7, 9, 10, 13), r.skipped().stream().map(DeckImport.Skipped::line).toList(),
                r.skipped().toString());
        assertEquals("layer method 'ongrid'", r.skipped().get(0).reason());
        assertEquals("Ruby control flow is not translated", r.skipped().get(1).reason());
        assertEquals(2, r.rules(), "A.output('big') inside the if, and the width continued on the next line");
        assertTrue(r.yaml().contains("# not translated, line 6 (layer method 'ongrid'): A.ongrid(0.005.um)"), r.yaml());
    }

    @Test
    void malformedMacroIsAnInputErrorWithItsPlace() {
        InputException e = assertThrows(InputException.class,
                () -> DeckImport.translate("bad.lydrc", "<klayout-macro>\n<text>A = input(1)\n</klayout-macro>"));
        assertTrue(e.getMessage().startsWith("bad.lydrc:3:"), e.getMessage());
        assertThrows(InputException.class, () -> DeckImport.translate("none.lydrc", "<klayout-macro/>"));
    }

    @Test
    void duplicateOutputNamesBecomeDistinctRules() throws Exception {
        DeckImport.Result r = DeckImport.translate("d.drc", String.join("\n",
                "Si = input(1, 0)", "SiN = input(1, 5)", "FP = input(99)",
                "Si.outside(FP).output(\"Boundary\", \"out\")", "SiN.outside(FP).output(\"Boundary\", \"out\")"));
        Deck d = load(r);
        assertEquals(List.of("Boundary", "Boundary_2"), d.rules().stream().map(Rule::id).toList());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("input(99) reads every datatype")), r.warnings().toString());
    }
}
