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
                "A.edges.with_length(1.um, nil).output('long')",
                "A.width(0.1)",
                "  .output('w', 'width')",
                "A.sized(1, 2).output('n')",
                "</text>",
                "</klayout-macro>");
        DeckImport.Result r = DeckImport.translate("x.lydrc", lydrc);
        assertEquals(List.of(7, 9, 10, 13), r.skipped().stream().map(DeckImport.Skipped::line).toList(),
                r.skipped().toString());
        assertEquals("condition not decided by the import: the statements inside are translated as if it held",
                r.skipped().get(0).reason());
        assertTrue(r.skipped().get(2).reason().startsWith("edge method 'with_length' with these bounds"),
                r.skipped().get(2).reason());
        assertEquals(3, r.rules(), "ongrid, A.output('big') inside the if, and the width continued on the next line");
        assertTrue(r.yaml().contains("# not translated, line 13 (anisotropic or mode-specific sizing): A.sized(1, 2)"),
                r.yaml());
    }

    @Test
    void publicDeckOperationsBeyondTheEdgeChecks() throws Exception {
        DeckImport.Result r = DeckImport.translate("generic.drc", String.join("\n",
                "WG = input(1, 0)", "PIN = input(1, 10)", "M1 = input(41, 0)", "VIA1 = input(44, 0)",
                "WG.ongrid(0.005.um).output('wg_OFFGRID', 'OFFGRID vertex on wg')",
                "WG.ongrid(0.002.um, 0.01.um).output('wg_grid_xy')",
                "WG.notch(0.2.um, projection).output('wg.n', 'notch')",
                "WG.isolated(0.3.um, angle_limit(80)).output('wg.i', 'isolated')",
                "VIA1.edges.without_length(0.7.um).output('via1.w.1', 'via size')",
                "M1.edges.with_length(nil, 10.um).output('m1.short')",
                "PIN2 = PIN.sized(0.0).merged",
                "PIN2 = PIN2.rectangles.without_area(0.5 * 0.1) - PIN2.rectangles.with_area(0.5 * 2 * 0.1)",
                "PIN2.output(\"port alignment error\")",
                "PIN.sized(0.0).merged.non_rectangles.output(\"port width check\")",
                "v_l1 = VIA1.enclosed(M1, 0.2.um, euclidian).polygons(0.001.um)",
                "v_l2 = VIA1.not_outside(M1).not(M1)",
                "v_l = v_l1.join(v_l2)",
                "v_l.output('via1.en.1', 'm1 overlap of via1')",
                "e = polygon_layer",
                "e.output('nothing')",
                "wide_m1 = M1.not_interacting(M1.edges.with_length(nil, 10.um))",
                "m1_s_2_l1 = M1.separation(wide_m1, 0.4.um, euclidian).polygons(0.005.um)",
                "m1_s_2_l2 = wide_m1.space(0.4.um, euclidian).polygons(0.005.um)",
                "m1_s_2_l = m1_s_2_l1.join(m1_s_2_l2)",
                "m1_s_2_l.output('m1.s.2', 'Space to wide metal1')"));
        assertEquals(List.of(), r.skipped(), r.skipped().toString());
        Deck d = load(r);
        assertEquals("ongrid", rule(d, "wg_OFFGRID").check());
        assertEquals(0.005, rule(d, "wg_OFFGRID").lengthUm("grid"), 1e-12);
        assertEquals(0.01, rule(d, "wg_grid_xy").lengthUm("grid_y"), 1e-12);
        assertEquals("notch", rule(d, "wg.n").check());
        assertEquals("projection", rule(d, "wg.n").string("metric"));
        assertEquals("isolated", rule(d, "wg.i").check());
        assertEquals(0.7, rule(d, "via1.w.1").lengthUm("min"), 1e-12);
        assertEquals(0.7, rule(d, "via1.w.1").lengthUm("max"), 1e-12);
        assertEquals(10, rule(d, "m1.short").lengthUm("min"), 1e-12);
        assertTrue(!rule(d, "m1.short").has("max"));
        assertEquals("rectangles(PIN2) not with_area(rectangles(PIN2), 0.05, 0.05) not with_area(rectangles(PIN2), 0.1, 0.1)",
                d.derived().get("PIN2_2").expr().toString());
        assertEquals("non_rectangles(merged(PIN sized 0um))",
                d.derived().get(rule(d, "port_width_check").layer("layer")).expr().toString());
        assertEquals("enclosure", rule(d, "via1.en.1").check());
        assertEquals("forbidden", rule(d, "via1.en.1_2").check(), "the joined polygon layer, a second rule");
        assertEquals("not_outside(VIA1, M1) not M1", d.derived().get(rule(d, "via1.en.1_2").layer("layer")).expr().toString());
        assertEquals("M1 not with_edge_length(M1, 0, 10)", d.derived().get("wide_m1").expr().toString());
        assertEquals("separation", rule(d, "m1.s.2").check());
        assertEquals("wide_m1", rule(d, "m1.s.2").layer("other"));
        assertEquals("space", rule(d, "m1.s.2_2").check());
        assertEquals(12, d.rules().size(), "no rule for the empty layer");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("joins 2 results: rules via1.en.1, via1.en.1_2")),
                r.warnings().toString());
    }

    @Test
    void gdsfactoryDensityIdiomBecomesDensityRules() throws Exception {
        // gplugins write_drc.check_density, as generated (XML escapes included)
        String lydrc = String.join("\n", "<klayout-macro><text>", "WG = input(1, 0)", "FLOORPLAN = input(64, 0)",
                "min_density = 0.2", "max_density = 0.8", "area = WG.area", "border_area = FLOORPLAN.area",
                "if border_area &gt;= 1.dbu * 1.dbu", "  r_min_dens = polygon_layer", "  r_max_dens = polygon_layer",
                "  dens = area / border_area", "  if dens &lt; min_density", "    r_min_dens = FLOORPLAN", "  end",
                "  if dens &gt; max_density", "    r_max_dens = FLOORPLAN", "  end",
                "  r_min_dens.output(\"WG_Xa: WG density below threshold of 0.2\")",
                "  r_max_dens.output(\"WG: WG density above threshold of 0.8\")", "end", "</text></klayout-macro>");
        DeckImport.Result r = DeckImport.translate("density.lydrc", lydrc);
        assertEquals(List.of(8, 20), r.skipped().stream().map(DeckImport.Skipped::line).toList(), r.skipped().toString());
        Deck d = load(r);
        assertEquals(2, d.rules().size());
        Rule min = rule(d, "WG_Xa__WG_density_below_threshold_of_0.2");
        assertEquals("density", min.check());
        assertEquals("WG", min.layer("layer"));
        assertEquals("FLOORPLAN", min.layer("boundary"));
        assertEquals(0.2, min.number("min", 0), 1e-12);
        assertEquals(1.0, min.number("max", 1), 1e-12, "the default upper bound");
        assertEquals(0.8, rule(d, "WG__WG_density_above_threshold_of_0.8").number("max", 0), 1e-12);
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

    /** A rule-deck file set in the generic PDK's style: a main script including a layer file. */
    private Path genericStyleDeck(String layersFile) throws Exception {
        Files.writeString(dir.resolve("layers.drc"), layersFile);
        return Files.writeString(dir.resolve("main.drc"), String.join("\n",
                "require 'logger'",
                "started = Time.now",
                "log = Logger.new($stdout)",
                "log.formatter = proc do |_s, when_, _p, msg|",
                "  \"#{when_}: (\" + `ps -o rss= #{Process.pid}`.strip + \") #{msg}",
                "\"",
                "end",
                "if $input",
                "  source($input)",
                "end",
                "def flag?(v)",
                "  v.to_s.downcase == 'true'",
                "end",
                "TABLE = $table || 'all'",
                "names = %w[all wg metal]",
                "CHECK_METAL = if names.include?(TABLE) && !flag?($skip_metal)",
                "                true",
                "              else",
                "                false",
                "              end",
                "GRID = $grid != 'false'",
                "case $run_mode",
                "when 'deep'",
                "  deep",
                "else",
                "  flat",
                "end",
                "# %include layers.drc",
                "CHIP = extent.sized(0.0)",
                "log.info(\"area #{CHIP.area()}\")",
                "wg.width(0.2.um, euclidian).output('wg.w', 'wg width')",
                "if CHECK_METAL",
                "  wide = m1.not_interacting(m1.edges.with_length(nil, 10.um))",
                "  m1.separation(wide, 0.4.um, euclidian).polygons(0.005.um).join(wide.space(0.4.um).polygons(0.005.um))",
                "    .output('m1.s.2', 'space to wide metal')",
                "end",
                "if GRID",
                "  wg.ongrid(0.005.um).output('wg_OFFGRID')",
                "else",
                "  wg.output('never')",
                "end",
                "elapsed = Time.now - started"));
    }

    @Test
    void genericPdkStyleScriptsTranslateCompletely() throws Exception {
        Path main = genericStyleDeck(String.join("\n",
                "total = 0",
                "def layer_of(l, d)",
                "  if $run_mode == 'deep'",
                "    polygons(l, d)",
                "  else",
                "    polygons(l, d).merged",
                "  end",
                "end",
                "wg = layer_of(1, 0)",
                "n = wg.count()",
                "total += n",
                "m1 = layer_of(41, 0)",
                "log.info(\"#{total} polygons\")"));
        DeckImport.Result r = DeckImport.translate(main.toString(), Files.readString(main));
        assertEquals(List.of(), r.skipped(), r.skipped().toString());
        Deck d = load(r);
        assertEquals(List.of("wg.w", "m1.s.2", "m1.s.2_2", "wg_OFFGRID"), d.rules().stream().map(Rule::id).toList());
        assertTrue(r.yaml().contains("wg: merged(L1_0)"), "the flat branch of the def: " + r.yaml());
        assertTrue(r.yaml().contains("m1: merged(L41_0)"), r.yaml());
        assertEquals("separation", rule(d, "m1.s.2").check());
        assertEquals("space", rule(d, "m1.s.2_2").check());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("line 22: $run_mode is nil, as in a KLayout run"
                + " without -rd run_mode=")), r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("line 29: CHIP is not translated (KLayout's layout"
                + " extent")), r.warnings().toString());
    }

    @Test
    void statementsOfAnIncludedFileAreListedWithThatFilesLines() throws Exception {
        Path main = genericStyleDeck(String.join("\n",
                "wg = polygons(1, 0)",
                "m1 = polygons(41, 0)",
                "wg.sized(1, 2).output('aniso')",
                "extent.sized(0.0).output('chip')"));
        DeckImport.Result r = DeckImport.translate(main.toString(), Files.readString(main));
        assertEquals(List.of(dir.resolve("layers.drc") + ":3", dir.resolve("layers.drc") + ":4"),
                r.skipped().stream().map(k -> k.file() + ":" + k.line()).toList(), r.skipped().toString());
        assertTrue(r.skipped().get(1).reason().startsWith("KLayout's layout extent (extent, " + dir.resolve("layers.drc") + " line 4)"),
                r.skipped().get(1).reason());
        assertTrue(r.yaml().contains("# not translated, " + dir.resolve("layers.drc") + " line 3 (anisotropic"), r.yaml());
    }

    @Test
    void aMissingOrCyclicIncludeIsAnInputErrorAtTheIncludeLine() throws Exception {
        Path main = Files.writeString(dir.resolve("m.drc"), "A = input(1, 0)\n# %include nowhere.drc\n");
        InputException e = assertThrows(InputException.class, () -> DeckImport.translate(main.toString(),
                Files.readString(main)));
        assertTrue(e.getMessage().startsWith(main + ":2: %include nowhere.drc: no such file"), e.getMessage());
        Path loop = Files.writeString(dir.resolve("loop.drc"), "# %include loop.drc\n");
        e = assertThrows(InputException.class, () -> DeckImport.translate(loop.toString(), Files.readString(loop)));
        assertTrue(e.getMessage().startsWith(loop + ":1: %include loop.drc: the includes form a cycle"), e.getMessage());
    }

    @Test
    void undecidedConditionsAreListedAndTheirBranchesTranslated() throws Exception {
        DeckImport.Result r = DeckImport.translate("u.drc", String.join("\n",
                "A = input(1, 0)",
                "n = A.count",
                "if n > 10",
                "  A.width(0.1).output('w')",
                "else",
                "  A.space(0.1).output('s')",
                "end",
                "case $mode",
                "when 'x'",
                "  A.output('x')",
                "end",
                "A.width(n).output('bad')"));
        assertEquals(List.of(3, 5, 7, 12), r.skipped().stream().map(DeckImport.Skipped::line).toList(),
                r.skipped().toString());
        assertEquals("the polygon count of A is known only when KLayout runs the deck", r.skipped().get(3).reason());
        assertEquals(2, r.rules(), "both branches of the undecided if; not the case branch ($mode is nil)");
    }

    @Test
    void malformedNumbersAreListedNotACrash() {
        DeckImport.Result r = DeckImport.translate("n.drc", String.join("\n",
                "A = input(1, 0)", "A.width(1.5.0.um).output('x')", "A.width(1e5e3).output('y')", "A.width(1.5.um).output('z')"));
        assertEquals(List.of(2, 3), r.skipped().stream().map(DeckImport.Skipped::line).toList(), r.skipped().toString());
        assertEquals(1, r.rules());
    }
}
