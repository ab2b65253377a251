package org.cpodrc.deckimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.cpodrc.engine.DrcParity;
import org.cpodrc.gds.GdsWriter;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.testing.KLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public SiEPIC EBeam PDK deck (test resource, MIT), imported by {@link DeckImport} and run by
 * cpodrc, against the original run by KLayout's DRC engine in batch mode: per-rule marker counts
 * on seeded random layouts on the deck's layers (metal, vias, doping, device outlines, pins at
 * tapered waveguides, a floor plan) are equal for every rule.
 */
class DeckImportVsKLayoutTest {
    @TempDir
    Path dir;

    static String siepicDeck() throws Exception {
        try (InputStream in = DeckImportVsKLayoutTest.class.getResourceAsStream("/deckimport/siepic/SiEPIC_EBeam_DRC.lydrc")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void importedSiepicDeckGivesKLayoutsCountsPerRule() throws Exception {
        KLayout.assumeInstalled();
        String lydrc = siepicDeck();
        DeckImport.Result imported = DeckImport.translate("SiEPIC_EBeam_DRC.lydrc", lydrc);
        assertEquals(List.of(), imported.skipped(), "every statement of the SiEPIC deck translates");
        assertEquals(28, imported.rules());

        Layout layout = new Layout();
        Cell top = layout.getOrCreateCell("TOP");
        randomLayout(new Random(7), top);
        Path gds = dir.resolve("in.gds");
        GdsWriter.write(layout, gds);

        Map<String, Integer> ours = run(imported.yaml(), gds);

        // KLayout runs the macro's script as written; only its input and report file are set from outside
        String script = lydrc.substring(lydrc.indexOf("<text>") + 6, lydrc.indexOf("</text>"))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("(?m)^report\\(.*\\)$", "");
        Path drc = Files.writeString(dir.resolve("siepic.drc"), "source($input)\nreport(\"siepic\", $report)\n" + script);
        Map<String, Integer> theirs = klayoutCounts(drc, gds, ours.keySet());
        assertEquals(theirs, ours, "per-rule marker counts, KLayout running the original vs cpodrc the import");
        long rulesWithMarkers = theirs.values().stream().filter(n -> n > 0).count();
        assertTrue(rulesWithMarkers >= 20, "the layout exercises most rules: " + theirs);
    }

    /** A generic-PDK / gplugins style deck using the operations beyond the edge checks (KLayout DRC script). */
    private static final String GENERIC_OPS = String.join("\n",
            "WG = input(1, 0)", "PIN = input(1, 10)", "VIA = input(44, 0)", "FP = input(64, 0)",
            "WG.ongrid(0.005.um).output('wg_OFFGRID', 'OFFGRID : OFFGRID vertex on wg')",
            "WG.notch(0.3.um).output('wg.n.1', 'notch')",
            "WG.isolated(0.3.um, projection).output('wg.i.1', 'isolated')",
            "VIA.edges.without_length(0.7.um).output('via.w.1', 'via size 0.7')",
            "WG.edges.with_length(nil, 1.um).output('wg.e.1', 'short edges')",
            "WG.rectangles.output('wg.rect')",
            "wide = WG.not_interacting(WG.edges.with_length(nil, 1.um))",
            "wide.output('wg.wide', 'shapes whose every edge is 1 um or longer')",
            "PIN2 = PIN.sized(0.0).merged",
            "PIN2 = PIN2.rectangles.without_area(0.5 * 0.1) - PIN2.rectangles.with_area(0.5 * 2 * 0.1)",
            "PIN2.output(\"port alignment error\")",
            "PIN2 = PIN.sized(0.0).merged",
            "PIN2.non_rectangles.output(\"port width check\")",
            "min_density = 0.2", "max_density = 0.8", "area = WG.area", "border_area = FP.area",
            "if border_area >= 1.dbu * 1.dbu", "  r_min_dens = polygon_layer", "  r_max_dens = polygon_layer",
            "  dens = area / border_area", "  if dens < min_density", "    r_min_dens = FP", "  end",
            "  if dens > max_density", "    r_max_dens = FP", "  end",
            "  r_min_dens.output(\"WG_Xa: WG density below threshold of 0.2\")",
            "  r_max_dens.output(\"WG: WG density above threshold of 0.8\")", "end");

    @Test
    void importedGenericOperationsGiveKLayoutsCountsPerRule() throws Exception {
        KLayout.assumeInstalled();
        DeckImport.Result imported = DeckImport.translate("generic_ops.drc", GENERIC_OPS);
        assertEquals(List.of(22, 34), imported.skipped().stream().map(DeckImport.Skipped::line).toList(),
                "only the outer if / end of the density idiom: " + imported.skipped());
        Layout layout = org.cpodrc.engine.DrcParity.seededLayouts(3, 100_000, org.cpodrc.engine.DrcOpsVsDeckTest::randomLayout);
        Cell top = layout.cell("TOP");
        Random rnd = new Random(11);
        int[][] pinSizes = {{500, 100}, {100, 500}, {1000, 100}, {100, 1000}, {300, 100}, {500, 105}};
        for (int i = 0; i < 60; i++) { // port pins: boxes of the right and wrong areas, some overlapping into L shapes
            int x = rnd.nextInt(300_000), y = 100_000 + rnd.nextInt(50_000);
            int[] wh = pinSizes[rnd.nextInt(pinSizes.length)];
            top.shapes(new LayerKey(1, 10)).addBox(x, y, x + wh[0], y + wh[1]);
            if (rnd.nextInt(5) == 0) {
                top.shapes(new LayerKey(1, 10)).addBox(x + 50, y + 50, x + 50 + wh[1], y + 50 + wh[0]);
            }
            int v = rnd.nextInt(4) == 0 ? 690 + rnd.nextInt(21) : 700;
            top.shapes(new LayerKey(44, 0)).addBox(x, y - 5_000, x + v, y - 5_000 + (rnd.nextBoolean() ? v : 700));
        }
        top.shapes(new LayerKey(64, 0)).addBox(-1_000, -1_000, 301_000, 160_000);
        Path gds = dir.resolve("ops.gds");
        GdsWriter.write(layout, gds);
        Map<String, Integer> ours = run(imported.yaml(), gds);
        Path drc = Files.writeString(dir.resolve("ops.drc"), "source($input)\nreport(\"ops\", $report)\n" + GENERIC_OPS);
        Map<String, Integer> theirs = klayoutCounts(drc, gds, ours.keySet());
        assertEquals(theirs, ours, "per-rule marker counts, KLayout running the original vs cpodrc the import");
        assertTrue(theirs.values().stream().filter(n -> n > 0).count() >= 10, "the layout exercises the rules: " + theirs);
    }

    /**
     * A rule-deck file set written in the style of the gdsfactory generic PDK's KLayout decks (our own
     * text): a main script with run switches, logging, a {@code # %include} of the layer file, whose
     * {@code def} reads each layer merged unless {@code $run_mode == "deep"}, and tables whose
     * enclosures and wide-metal spaces are edge pairs turned into polygons and joined with a boolean.
     */
    private static final String GPDK_MAIN = String.join("\n",
            "require 'logger'", "started = Time.now", "log = Logger.new($stdout)",
            "if $input", "  source($input)", "end", "if $report", "  report('gpdk style', $report)", "end",
            "GRID = $grid != 'false'",
            "case $run_mode", "when 'deep'", "  deep", "else", "  flat", "end",
            "# %include layers.drc",
            "CHIP = extent.sized(0.0)",
            "log.info(\"area #{CHIP.area()}\")",
            "wg.width(0.5.um, euclidian).output('wg.w.1', 'wg width')",
            "wg.space(0.5.um, euclidian).output('wg.s.1', 'wg space')",
            "wg.with_area(nil, 1.5.um).output('wg.a.1', 'wg area')",
            "wg.holes.with_area(nil, 2.um).output('wg.a.2', 'wg enclosed area')",
            "wg.separation(wgn, 0.4.um, euclidian).output('wg.s.wgn.1', 'wg to wgn')",
            "wg.overlapping(wgn).output('wg.i.1', 'wg overlaps wgn')",
            "clad.not_overlapping(wg).output('clad.i.1', 'clad without wg')",
            "c_l1 = wg.enclosed(clad, 0.3.um, euclidian).polygons(0.001.um)",
            "c_l2 = wg.not_outside(clad).not(clad)",
            "c_l1.join(c_l2).output('clad.en.1', 'clad enclosure of wg')",
            "m1.and(wg).not_interacting(heater).output('mh.en.1', 'heater marker')",
            "via.edges.without_length(0.7.um).output('via.w.1', 'via size')",
            "v_l1 = via.enclosed(m1, 0.2.um, euclidian).polygons(0.001.um)",
            "v_l2 = via.not_outside(m1).not(m1)",
            "v_l = v_l1.join(v_l2)", "v_l.output('via.en.1', 'm1 enclosure of via')",
            "wide_m1 = m1.not_interacting(m1.edges.with_length(nil, 10.um))",
            "s_l1 = m1.separation(wide_m1, 0.6.um, euclidian).polygons(0.005.um)",
            "s_l2 = wide_m1.space(0.6.um, euclidian).polygons(0.005.um)",
            "s_l1.join(s_l2).output('m1.s.2', 'space to wide m1')",
            "if GRID", "  wg.ongrid(0.005.um).output('wg_OFFGRID', 'off grid')", "end",
            "log.info(\"run time #{Time.now - started}\")");
    private static final String GPDK_LAYERS = String.join("\n",
            "count_all = 0",
            "def get_polygons(l, d)", "  if $run_mode == \"deep\"", "    polygons(l, d)", "  else",
            "    polygons(l, d).merged", "  end", "end",
            "wg = get_polygons(1, 0)", "count = wg.count()", "count_all += count",
            "clad = get_polygons(111, 0)", "wgn = get_polygons(34, 0)", "m1 = get_polygons(41, 0)",
            "via = get_polygons(44, 0)", "heater = get_polygons(47, 1)",
            "log.info(\"#{count_all} polygons\")");

    @Test
    void importedGenericPdkStyleDeckSetGivesKLayoutsCountsPerRule() throws Exception {
        KLayout.assumeInstalled();
        Files.writeString(dir.resolve("layers.drc"), GPDK_LAYERS);
        Path main = Files.writeString(dir.resolve("main.drc"), GPDK_MAIN);
        DeckImport.Result imported = DeckImport.translate(main.toString(), GPDK_MAIN);
        assertEquals(List.of(), imported.skipped(), "every statement translates: " + imported.skipped());

        Layout layout = new Layout();
        Cell top = layout.getOrCreateCell("TOP");
        Random rnd = new Random(23);
        for (int seed = 1; seed <= 2; seed++) { // all-angle shapes near 1 um on 1/0 (waveguides)
            org.cpodrc.engine.DrcOpsVsDeckTest.randomLayout(new Random(seed), top, (seed - 1) * 100_000);
        }
        int[][] layers = {{111, 0}, {34, 0}, {41, 0}, {47, 1}};
        int[] sizes = {3_000, 1_500, 12_000, 4_000};
        for (int l = 0; l < layers.length; l++) { // boxes near the rules' values, some overlapping the waveguides
            for (int i = 0; i < 70; i++) {
                int x = rnd.nextInt(180_000), y = rnd.nextInt(80_000), s = sizes[l];
                top.shapes(new LayerKey(layers[l][0], layers[l][1])).addBox(x, y, x + s / 3 + rnd.nextInt(s),
                        y + s / 3 + rnd.nextInt(s));
            }
        }
        for (int i = 0; i < 120; i++) { // vias of 0.7 um (some 0.69..0.71) near and on metal 1
            int x = rnd.nextInt(180_000), y = rnd.nextInt(80_000), v = rnd.nextInt(4) == 0 ? 690 + rnd.nextInt(21) : 700;
            top.shapes(new LayerKey(44, 0)).addBox(x, y, x + v, y + (rnd.nextBoolean() ? v : 700));
        }
        Path gds = dir.resolve("gpdk.gds");
        GdsWriter.write(layout, gds);
        Map<String, Integer> ours = new TreeMap<>(); // the parts of a joined output (ID, ID_2) add up to KLayout's ID
        run(imported.yaml(), gds).forEach((id, n) -> ours.merge(id.replaceAll("_\\d+$", ""), n, Integer::sum));
        Map<String, Integer> theirs = klayoutCounts(main, gds, ours.keySet());
        assertEquals(theirs, ours, "per-rule marker counts, KLayout running the deck set vs cpodrc the import");
        assertTrue(theirs.values().stream().filter(n -> n > 0).count() >= 10, "the layout exercises the rules: " + theirs);
    }

    /** KLayout's markers per category running the script on gds (0 for each of ids it has none of). */
    private Map<String, Integer> klayoutCounts(Path drc, Path gds, java.util.Set<String> ids) throws Exception {
        Path report = dir.resolve(drc.getFileName() + ".lyrdb");
        KLayout.run(drc, dir, "input=" + gds, "report=" + report);
        Map<String, Integer> theirs = new TreeMap<>();
        ids.forEach(id -> theirs.put(id, 0));
        // output names as the import makes rule ids of them
        DrcParity.lyrdb(report, DrcParity.BOXES).forEach((k, v) -> theirs.put(k.replaceAll("[^A-Za-z0-9._-]", "_"), v.size()));
        return theirs;
    }

    private Map<String, Integer> run(String yamlText, Path gds) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        DrcParity.cpodrc(Files.writeString(dir.resolve("imported.yaml"), yamlText), gds, DrcParity.BOXES)
                .forEach((rule, markers) -> out.put(rule, markers.size()));
        return out;
    }

    /** Boxes of a few µm on every layer of the deck, near the rules' values, plus tapers with pins. */
    private static void randomLayout(Random rnd, Cell top) {
        int[][] layers = {{1, 0}, {31, 0}, {2, 0}, {11, 0}, {12, 0}, {13, 0}, {40, 0}, {20, 0}, {24, 0}, {68, 0}};
        int[] sizes = {400, 400, 600, 5_000, 8_000, 15_000, 7_000, 4_000, 4_000, 30_000};
        for (int l = 0; l < layers.length; l++) {
            LayerKey k = new LayerKey(layers[l][0], layers[l][1]);
            int s = sizes[l];
            for (int i = 0; i < 60; i++) {
                int x = rnd.nextInt(400_000), y = rnd.nextInt(400_000);
                top.shapes(k).addBox(x, y, x + s / 3 + rnd.nextInt(s), y + s / 3 + rnd.nextInt(s));
            }
        }
        top.shapes(new LayerKey(99, 0)).addBox(0, 0, 380_000, 380_000);
        LayerKey wg = new LayerKey(1, 0), pin = new LayerKey(1, 10);
        for (int i = 0; i < 30; i++) {
            int x = rnd.nextInt(400_000), y = rnd.nextInt(400_000), len = 10_000 + rnd.nextInt(20_000);
            int w1 = 500, w2 = 3_000 + rnd.nextInt(3_000);
            top.shapes(wg).addPolygon(new int[] {x, y - w1 / 2, x + len, y - w2 / 2, x + len, y + w2 / 2, x, y + w1 / 2}, 0, 4);
            top.shapes(pin).addBox(x - 100, y - w1 / 2 + rnd.nextInt(3) - 1, x + 100, y + w1 / 2 + rnd.nextInt(3) - 1);
            top.shapes(pin).addBox(x + len - 100, y - w2 / 2, x + len + 100, y + w2 / 2);
        }
    }
}
