package org.cpodrc.engine.tile;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.polygon;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.deck.Deck;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.LayerSource;
import org.cpodrc.engine.LayoutLayerSource;
import org.cpodrc.engine.RunProgress;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.TopCells;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.layout.Layout;
import org.cpodrc.report.ReportFormats;
import org.cpodrc.testing.Decks;
import org.cpodrc.testing.MemoryLayerSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Tiled evaluation gives byte for byte the untiled reports, in every format (json, sarif, lyrdb,
 * gds, junit, text, html), at every thread count and tile size: seeded random layouts with markers
 * across tile borders, curved shapes, polygons far larger than a tile (a spiral, rails, a frame),
 * markers longer than a tile (shielded and not), corner-touching chains, and real corpus designs.
 */
class TiledIdentityTest {
    private static final CheckRegistry REGISTRY = CheckRegistry.standard();

    @Test
    void randomLayoutsAreIdenticalTiledAndWhole() throws Exception {
        // seed 2 once differed in about one run of three: its sized layer (overlapping contours, JTS's
        // polygonizer) came out in a run-dependent order (WindingTest.areaIsTheSameInEveryRun)
        for (long seed : new long[] {1, 2}) {
            MemoryLayerSource design = randomDesign(new Random(seed));
            Deck deck = deck("1/0", "68/0", "1/10");
            Map<String, String> whole = reports(deck, design, 1, TileSize.OFF);
            assertTrue(whole.get("json").split("\"rule\": ").length > 200, "busy enough");
            for (double size : seed == 1 ? new double[] {4.0, 31.0} : new double[] {9.0}) {
                for (int threads : seed == 1 ? new int[] {1, 2, 3} : new int[] {2}) {
                    assertSame(whole, reports(deck, design, threads, TileSize.fixed(size)),
                            "seed " + seed + ", tile " + size + " um, " + threads + " threads");
                }
            }
            assertSame(whole, reports(deck, design, 2, TileSize.AUTO), "automatic tiles, seed " + seed);
        }
    }

    @Test
    void corpusDesignsAreIdenticalTiledAndWhole() throws Exception {
        String shared = System.getProperty("cpodrc.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "corpus not found");
        // the spiral is one polygon far larger than a 2 um tile
        Map<String, Deck> designs = new LinkedHashMap<>();
        designs.put("siepic_EBeam_LukasChrostowski_MZI2_FaML.gds", deck("1/0", "68/0", "1/10"));
        designs.put("gplugins_spiral_inner_io_add_gra_f2760628.gds", deck("1/0", "2/6", "2/6"));
        designs.put("synth_bigpoly.gds", deck("1/0", "2/0", "3/0"));
        for (Map.Entry<String, Deck> d : designs.entrySet()) {
            String name = d.getKey();
            Path file = Path.of(shared, "corpus", name);
            Layout layout = GdsReader.read(file);
            LayerSource source = new LayoutLayerSource(layout, TopCells.choose(layout, null, name), 10_000_000);
            Map<String, String> whole = reports(d.getValue(), source, 1, TileSize.OFF);
            assertSame(whole, reports(d.getValue(), source, 3, TileSize.fixed(2.0)), name + ", tile 2 um, 3 threads");
            assertSame(whole, reports(d.getValue(), source, 1, TileSize.fixed(25.0)), name + ", tile 25 um, 1 thread");
            assertSame(whole, reports(d.getValue(), source, 2, TileSize.AUTO), name + ", automatic tiles");
        }
    }

    private static void assertSame(Map<String, String> expected, Map<String, String> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        for (String format : expected.keySet()) {
            assertEquals(expected.get(format), actual.get(format), what + ", " + format + " report");
        }
    }

    /** Every report format of one run, as text (binary GDS as ISO-8859-1, byte for byte). */
    private static Map<String, String> reports(Deck deck, LayerSource design, int threads, TileSize tiles) throws Exception {
        RunResult r = new DrcEngine(REGISTRY, threads, RunProgress.NONE, tiles)
                .run(deck, design, new InputInfo("t.gds", "TOP", design.dbuUm()), Severity.ERROR);
        Map<String, String> out = new TreeMap<>();
        for (String format : ReportFormats.names()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ReportFormats.create(format, "test").orElseThrow().write(r, bytes);
            out.put(format, bytes.toString(StandardCharsets.ISO_8859_1));
        }
        assertEquals(Set.of("json", "sarif", "lyrdb", "gds", "junit", "text", "html"), out.keySet());
        return out;
    }

    private static Deck deck(String a, String b, String c) {
        return Decks.builder().layer("A", a).layer("B", b).layer("C", c)
                .derived("A_GROWN", ctx -> ctx.layer("A").sized(100))
                .derived("A_NOT_B", ctx -> ctx.layer("A").not(ctx.layer("B")))
                .rule(rule("A.W", "width", "layer", "A", "min", 0.3))
                .rule(rule("A.S", "space", "layer", "A", "min", 0.25))
                .rule(rule("A.SQ", "space", "layer", "A", "min", 0.2, "metric", "square", "angle_limit", 80.0))
                .rule(rule("A.P", "space", "layer", "A", "min", 0.2, "metric", "projection"))
                .rule(rule("AC.SEP", "separation", "layer", "A", "other", "C", "min", 0.2))
                .rule(rule("BA.ENC", "enclosure", "outer", "B", "inner", "A", "min", 0.3))
                .rule(rule("G.S", "space", "layer", "A_GROWN", "min", 0.3))
                .rule(rule("N.W", "width", "layer", "A_NOT_B", "min", 0.35))
                .rule(rule("A.WHOLE", "space", "layer", "A", "min", 0.2, "whole_edges", true))
                .rule(rule("AB.ENCX", "enclosure", "outer", "B", "inner", "A", "min", 0.2, "report_outside", false))
                .rule(rule("AC.PL", "separation", "layer", "A", "other", "C", "min", 0.3, "projection_limits", new double[] {0.1, 5.0}))
                .rule(rule("A.WC", "width", "layer", "A", "min", 0.25, "ignore_touching_corners", true, "angle_limit", 80.0))
                .build();
    }

    /** About 1500 shapes on 60 x 60 um: dense, off-grid jitter, circles, 45° shapes and some giants. */
    private static MemoryLayerSource randomDesign(Random rnd) {
        MemoryLayerSource s = new MemoryLayerSource(0.001, "TOP");
        for (int i = 0; i < 900; i++) {
            long x = rnd.nextInt(60_000), y = rnd.nextInt(60_000);
            s.add("1/0", rect(x, y, x + 100 + rnd.nextInt(900), y + 100 + rnd.nextInt(900)));
        }
        for (int i = 0; i < 120; i++) {
            long x = rnd.nextInt(60_000), y = rnd.nextInt(60_000);
            s.add("1/0", circle(x, y, 150 + rnd.nextInt(600), 24 + rnd.nextInt(40)));
            long d = 200 + rnd.nextInt(600);
            s.add("1/0", polygon(x, y + 1500, x + d, y + 1500 + d, x + d, y + 1800 + d, x, y + 1800));
        }
        // corner-touching chains across many tiles
        for (int i = 0; i < 5; i++) {
            long x = rnd.nextInt(30_000), y = rnd.nextInt(30_000);
            for (int k = 0; k < 40; k++) {
                s.add("1/0", rect(x + 400L * k, y + 400L * k, x + 400L * k + 400, y + 400L * k + 400));
            }
        }
        // giants: long rails and a frame with a hole, far larger than a tile; a rail too thin for width
        // and two rails too close (markers as long as the design), and two close rails shielded by a
        // third between them (the shield lies far from the tile owning the pair's lowest point)
        s.add("1/0", rect(0, 30_000, 60_000, 30_400), rect(20_000, 0, 20_400, 60_000));
        s.add("1/0", rect(1_000, 45_000, 59_000, 45_200), rect(1_000, 45_400, 59_000, 45_800));
        s.add("1/0", rect(3_000, 10_000, 57_000, 10_300), rect(3_000, 10_420, 57_000, 10_480),
                rect(3_000, 10_600, 57_000, 10_900));
        s.add("1/0", spiral(30_000, 30_000, 400, 250, 12));
        s.add("1/0", rect(-2_000, -2_000, 62_000, -1_600), rect(-2_000, 61_600, 62_000, 62_000),
                rect(-2_000, -2_000, -1_600, 62_000), rect(61_600, -2_000, 62_000, 62_000));
        for (int i = 0; i < 40; i++) {
            long x = rnd.nextInt(55_000), y = rnd.nextInt(55_000);
            s.add("68/0", rect(x, y, x + 2_000 + rnd.nextInt(6_000), y + 2_000 + rnd.nextInt(6_000)));
        }
        for (int i = 0; i < 200; i++) {
            long x = rnd.nextInt(60_000), y = rnd.nextInt(60_000);
            s.add("1/10", rect(x, y, x + 50 + rnd.nextInt(300), y + 50 + rnd.nextInt(300)));
        }
        return s;
    }

    /** A curved band winding out from the centre (an Archimedean spiral of the given width and gap), one polygon. */
    static Polygon spiral(long cx, long cy, long width, long gap, int turns) {
        int perTurn = 90;
        int n = turns * perTurn;
        double pitch = width + gap;
        List<Coordinate> out = new ArrayList<>(), back = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            double a = 2 * Math.PI * i / perTurn;
            double r = 2 * pitch + pitch * a / (2 * Math.PI);
            out.add(new Coordinate(Math.round(cx + r * Math.cos(a)), Math.round(cy + r * Math.sin(a))));
            back.add(new Coordinate(Math.round(cx + (r + width) * Math.cos(a)), Math.round(cy + (r + width) * Math.sin(a))));
        }
        java.util.Collections.reverse(back);
        out.addAll(back);
        out.add(out.get(0));
        return org.cpodrc.geom.Region.FACTORY.createPolygon(out.toArray(new Coordinate[0]));
    }
}
