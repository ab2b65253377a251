package org.cpodrc.engine.tile;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.circle;
import static org.cpodrc.testing.Polys.polygon;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
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
import org.cpodrc.report.JsonReport;
import org.cpodrc.testing.Decks;
import org.cpodrc.testing.MemoryLayerSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tiled evaluation gives byte for byte the untiled JSON report at every
 * thread count and tile size: seeded random layouts with markers across tile borders, polygons
 * far larger than a tile, corner-touching chains and all-angle shapes, and real corpus designs.
 */
class TiledIdentityTest {
    private static final CheckRegistry REGISTRY = CheckRegistry.standard();

    @Test
    void randomLayoutsAreIdenticalTiledAndWhole() throws Exception {
        for (long seed : new long[] {1}) {
            MemoryLayerSource design = randomDesign(new Random(seed));
            String whole = report(design, 1, TileSize.OFF);
            assertTrue(whole.split("\"rule\": ").length > 200, "busy enough");
            for (double size : new double[] {9.0, 31.0}) {
                for (int threads : new int[] {1, 3}) {
                    assertEquals(whole, report(design, threads, TileSize.fixed(size)),
                            "seed " + seed + ", tile " + size + " um, " + threads + " threads");
                }
            }
            assertEquals(whole, report(design, 2, TileSize.AUTO), "automatic tiles, seed " + seed);
        }
    }

    @Test
    void corpusDesignsAreIdenticalTiledAndWhole() throws Exception {
        String shared = System.getProperty("cpodrc.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "corpus not found");
        // the spiral is one polygon far larger than a tile: every tile reads it whole, so its tiles are large
        for (String name : List.of("siepic_EBeam_LukasChrostowski_MZI2_FaML.gds")) {
            double[] sizes = name.startsWith("gplugins") ? new double[] {60.0, 150.0} : new double[] {3.0, 20.0};
            Path file = Path.of(shared, "corpus", name);
            Layout layout = GdsReader.read(file);
            LayerSource source = new LayoutLayerSource(layout, TopCells.choose(layout, null, name), 10_000_000);
            String whole = report(source, 1, TileSize.OFF);
            for (double size : sizes) {
                for (int threads : new int[] {1, 2}) {
                    assertEquals(whole, report(source, threads, TileSize.fixed(size)), name + ", tile " + size);
                }
            }
        }
    }

    private static String report(LayerSource design, int threads, TileSize tiles) throws Exception {
        RunResult r = new DrcEngine(REGISTRY, threads, RunProgress.NONE, tiles)
                .run(deck(), design, new InputInfo("t.gds", "TOP", design.dbuUm()), Severity.ERROR);
        // JSON only: in the lyrdb and GDS marker reports a space pair may list its two edges in the
        // other order when tiled (same edges, same bbox and message; known, see docs/tiling.md)
        StringWriter json = new StringWriter();
        new JsonReport("test").write(r, json);
        return json.toString();
    }

    private static Deck deck() {
        return Decks.builder().layer("A", "1/0").layer("B", "68/0").layer("C", "1/10")
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
        // giants: long thin rails and a frame with a hole, far larger than a tile
        // (wide enough to pass width themselves: a violating marker as long as the design would make
        // every tile it touches re-run with a window holding the whole design, correct but slow)
        s.add("1/0", rect(0, 30_000, 60_000, 30_400), rect(20_000, 0, 20_400, 60_000));
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
}
