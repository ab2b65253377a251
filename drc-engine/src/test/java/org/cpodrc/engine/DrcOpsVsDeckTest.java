package org.cpodrc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.testing.KLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations of public photonic decks that {@link DrcScriptVsDeckTest} does not cover — {@code notch},
 * {@code isolated}, {@code ongrid}, {@code rectangles} / {@code non_rectangles} and edge-length
 * selection ({@code edges.with_length} / {@code without_length}) — differential against KLayout's
 * DRC engine run in batch mode on seeded random all-angle layouts (boxes on and off a 5 nm grid,
 * U shapes with notches, slanted quadrilaterals and triangles, overlapping and abutting boxes).
 * Per rule the markers must be the same, marker for marker: every edge pair, edge and polygon
 * with the same points.
 */
public class DrcOpsVsDeckTest {
    /** rule id, cpodrc rule body (YAML flow map), KLayout DRC statement producing the rule's markers. */
    private static final String[][] RULES = {
        {"NOTCH", "{check: notch, layer: A, min: 0.3}", "a.notch(0.3.um)"},
        {"NOTCH_P", "{check: notch, layer: A, min: 0.3, metric: projection}", "a.notch(0.3.um, projection)"},
        {"NOTCH_SW", "{check: notch, layer: A, min: 0.25, metric: square, whole_edges: true}",
            "a.notch(0.25.um, square, whole_edges)"},
        {"NOTCH_A", "{check: notch, layer: A, min: 0.3, angle_limit: 80}", "a.notch(0.3.um, angle_limit(80))"},
        {"ISO", "{check: isolated, layer: A, min: 0.3}", "a.isolated(0.3.um)"},
        {"ISO_S", "{check: isolated, layer: A, min: 0.3, metric: square, angle_limit: 80}",
            "a.isolated(0.3.um, square, angle_limit(80))"},
        {"ISO_PL", "{check: isolated, layer: A, min: 0.3, projection_limits: [0.1, 1]}",
            "a.isolated(0.3.um, projection_limits(0.1.um, 1.um))"},
        {"ISO_W", "{check: isolated, layer: A, min: 0.2, whole_edges: true, metric: projection}",
            "a.isolated(0.2.um, whole_edges, projection)"},
        {"GRID", "{check: ongrid, layer: A, grid: 0.005}", "a.ongrid(0.005.um)"},
        {"GRID_XY", "{check: ongrid, layer: A, grid: 0.002, grid_y: 0.01}", "a.ongrid(0.002.um, 0.01.um)"},
        {"RECT", "{check: forbidden, layer: rect}", "a.rectangles"},
        {"NRECT", "{check: forbidden, layer: nonrect}", "a.non_rectangles"},
        {"EL_MIN", "{check: edge_length, layer: A, min: 1}", "a.edges.with_length(nil, 1.um)"},
        {"EL_EQ", "{check: edge_length, layer: A, min: 1, max: 1}", "a.edges.without_length(1.um)"},
        {"WIDE", "{check: forbidden, layer: wide}", "a.not_interacting(a.edges.with_length(nil, 1.um))"},
        {"SHORT", "{check: forbidden, layer: short}", "a.interacting(a.edges.with_length(0.5.um, 1.um))"},
    };

    @TempDir
    Path dir;

    @Test
    void sameMarkersAsKLayoutDrcOnRandomAllAngleLayouts() throws Exception {
        KLayout.assumeInstalled();
        Path gds = DrcParity.seededLayouts(dir, "in.gds", 8, 100_000, DrcOpsVsDeckTest::randomLayout);

        Map<String, List<String>> ours = cpodrc(gds);
        Map<String, List<String>> theirs = klayout(gds);
        for (String[] r : RULES) {
            List<String> k = theirs.getOrDefault(r[0], List.of());
            List<String> c = ours.getOrDefault(r[0], List.of());
            assertTrue(k.size() >= 5, r[0] + ": the layouts must exercise the rule: " + k.size());
            assertEquals("", DrcParity.difference(k, c), r[0] + ": markers, KLayout " + r[2]);
        }
    }

    /** Seeded shapes on layer 1/0 in [x0, x0 + 80 um] x [0, 80 um] (see the class comment). */
    public static void randomLayout(Random rnd, Cell top, int x0) {
        LayerKey a = new LayerKey(1, 0);
        for (int i = 0; i < 25; i++) { // boxes, some with sides near 1 um, some off the 5 nm grid
            int x = x0 + grid(rnd, rnd.nextInt(80_000)), y = grid(rnd, rnd.nextInt(80_000));
            int w = rnd.nextBoolean() ? 995 + rnd.nextInt(11) : grid(rnd, 200 + rnd.nextInt(3_000));
            int h = rnd.nextBoolean() ? 995 + rnd.nextInt(11) : grid(rnd, 200 + rnd.nextInt(3_000));
            top.shapes(a).addBox(x, y, x + w, y + h);
            if (rnd.nextInt(4) == 0) { // a neighbour a little apart, abutting or overlapping
                int gap = rnd.nextInt(500) - 100;
                top.shapes(a).addBox(x + w + gap, y + rnd.nextInt(h), x + w + gap + 300 + rnd.nextInt(1_000),
                        y + h + rnd.nextInt(600));
            }
        }
        for (int i = 0; i < 15; i++) { // U shapes: a notch of 100..500 between two arms, sometimes slanted
            int x = x0 + rnd.nextInt(80_000), y = rnd.nextInt(80_000);
            int arm = 200 + rnd.nextInt(400), gap = 100 + rnd.nextInt(400), depth = 500 + rnd.nextInt(2_000);
            int base = 200 + rnd.nextInt(300), slant = rnd.nextInt(3) == 0 ? rnd.nextInt(300) - 150 : 0;
            int w = 2 * arm + gap;
            int[] u = {x, y, x + w, y, x + w + slant, y + base + depth, x + arm + gap + slant, y + base + depth,
                x + arm + gap, y + base, x + arm, y + base, x + arm + slant, y + base + depth, x + slant, y + base + depth};
            top.shapes(a).addPolygon(u, 0, 8);
        }
        for (int i = 0; i < 20; i++) { // slanted quadrilaterals and triangles near each other
            int x = x0 + rnd.nextInt(80_000), y = rnd.nextInt(80_000);
            int n = rnd.nextBoolean() ? 3 : 4;
            int[] q = new int[2 * n];
            for (int k = 0; k < n; k++) {
                double phi = 2 * Math.PI * k / n + rnd.nextDouble() * 0.8;
                double r = 500 + rnd.nextInt(1_500);
                q[2 * k] = x + (int) Math.round(r * Math.cos(phi));
                q[2 * k + 1] = y + (int) Math.round(r * Math.sin(phi));
            }
            top.shapes(a).addPolygon(q, 0, n);
            int dx = 1_500 + rnd.nextInt(1_200);
            int[] p = new int[2 * n];
            for (int k = 0; k < 2 * n; k++) {
                p[k] = q[k] + (k % 2 == 0 ? dx : rnd.nextInt(200) - 100);
            }
            top.shapes(a).addPolygon(p, 0, n);
        }
    }

    /** A coordinate on the 5 nm grid, or (one time in five) a few units off it. */
    private static int grid(Random rnd, int v) {
        int g = v / 5 * 5;
        return rnd.nextInt(5) == 0 ? g + 1 + rnd.nextInt(4) : g;
    }

    private Map<String, List<String>> cpodrc(Path gds) throws Exception {
        return DrcParity.cpodrc(dir, gds, "  A: 1/0\n", "  rect: rectangles(A)\n  nonrect: non_rectangles(A)\n"
                + "  wide: A not with_edge_length(A, 0, 1)\n  short: with_edge_length(A, 0.5, 1um)", RULES, DrcParity.POINTS);
    }

    private Map<String, List<String>> klayout(Path gds) throws Exception {
        return DrcParity.klayout(dir, gds, "a = input(1, 0)\n", RULES, DrcParity.POINTS);
    }
}
