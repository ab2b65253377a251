package org.cpodrc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.gds.GdsWriter;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.testing.KLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Minimal cases, cut out of the side-by-side benchmarks (bench/run_klayout_side_by_side.sh) where
 * cpodrc's marker count differed from KLayout's DRC run on merged layers, each checked against
 * KLayout's DRC engine run as a user runs a deck (docs/klayout-differences.md section 12). Each
 * case is a few polygons in its own place; per rule the markers (bounding boxes, with their
 * multiplicity) must be KLayout's.
 */
class MergedChecksVsKLayoutDrcTest {
    private static final String[][] RULES = {
        {"S", "{check: space, layer: WG, min: 0.6}", "wg.space(0.6.um)"},
        {"W", "{check: width, layer: WG, min: 0.5}", "wg.width(0.5.um)"},
        {"SEP", "{check: separation, layer: WG, other: HEATER, min: 1.0}", "wg.separation(heater, 1.0.um)"},
    };

    @TempDir
    Path dir;

    @Test
    void sameMarkersAsKLayoutDrcOnTheBenchmarksDifferences() throws Exception {
        KLayout.assumeInstalled();
        Layout layout = new Layout();
        Cell top = layout.getOrCreateCell("TOP");
        LayerKey wg = new LayerKey(1, 0), heater = new LayerKey(2, 0);
        // 1. space between two bend ends (curved case, 16 pairs): the short near part (14,539;14,545)
        // of one polygon's slanted end edge is "shielded" by that polygon's next edge, which starts at
        // the pair's corner, in the orientation with this edge first, and not with the other
        // polygon's edge first. KLayout checks each polygon as the subject (its edge first) and
        // unites the results, so the pair is reported.
        polygon(top, wg, 0, 0, 576, -15, 0, 0, 14, 545, 604, 530);
        polygon(top, wg, 0, 0, 635, 1124, 0, 1140, 14, 1685, 664, 1668);
        // 2. separation from a heater's corner (curved case, 2 pairs): the point pair (580,932;579,932)
        // to (942,0) comes from both edges ending in the box corner; KLayout reports it once
        polygon(top, wg, 20_000, 0, 1165, 1033, 580, 932, 0, 802, 0, 2000, 1165, 2000);
        top.shapes(heater).addBox(20_942, -12_000, 24_942, 0);
        // 3. space between box corners (1M boxes, 4 pairs): one point pair from four edge pairs, once
        top.shapes(wg).addBox(40_000, 0, 41_000, 1_000);
        top.shapes(wg).addBox(41_322, 1_506, 42_322, 2_506);
        // 4. width at a bend vertex (curved case): KLayout's width writes every pair found, so the
        // point pair (536,314) to (46,414;46,415), found from both edges at the vertex, comes twice
        polygon(top, wg, 60_000, 0, 0, 36, 42, 394, 114, 745, 600, 623, 536, 314, 500, 0);
        Path gds = dir.resolve("in.gds");
        GdsWriter.write(layout, gds);

        Map<String, List<String>> ours = DrcParity.cpodrc(dir, gds, "  WG: 1/0\n  HEATER: 2/0\n",
                "  WG_MERGED: merged(WG)", RULES, DrcParity.BOXES);
        Map<String, List<String>> theirs = DrcParity.klayout(dir, gds,
                "wg = input(1, 0).merged\nheater = input(2, 0).merged\n", RULES, DrcParity.BOXES);
        assertEquals(theirs, ours);
        assertEquals(List.of("0,539,29,1140"), within(ours.get("S"), 0, 10_000).stream()
                .filter(b -> b.startsWith("0,539")).toList(), "case 1 is reported");
        assertEquals(1, within(ours.get("S"), 40_000, 50_000).size(), "case 3 once");
        assertEquals(2, within(ours.get("W"), 60_000, 70_000).stream().filter(b -> b.equals("60046,314,60536,415")).count(),
                "case 4 twice");
    }

    /**
     * 5. width within one polygon of more than 100 edges (a waveguide bend of the openEBL design
     * JinWonYoo, 226 vertices, merged as KLayout merges it): KLayout's box scanner hands such a
     * polygon's edge pairs over with the edge of the greater left first, and that orientation
     * decides whether the pair's shielding test sees the next edge of the bend as crossing it.
     * Four short pairs at the bend's ends are kept by KLayout only in that orientation (36 pairs of
     * 498,049 on the whole design with the SiEPIC deck's tightened Si_width).
     */
    @Test
    void widthInALargePolygonIsShieldedInKLayoutsScannerOrientation() throws Exception {
        KLayout.assumeInstalled();
        Path gds = dir.resolve("bend.gds");
        try (var in = getClass().getResourceAsStream("/parity/jinwonyoo_bend_226.gds")) {
            java.nio.file.Files.copy(in, gds);
        }
        String[][] rules = {{"W", "{check: width, layer: SI, min: 0.499, angle_limit: 80}", "si.width(0.499.um, angle_limit(80))"}};
        Map<String, List<String>> ours = DrcParity.cpodrc(dir, gds, "  SI: 1/0\n", "", rules, DrcParity.POINTS);
        Map<String, List<String>> theirs = DrcParity.klayout(dir, gds, "si = input(1, 0).merged\n", rules, DrcParity.POINTS);
        assertEquals(1015, theirs.get("W").size());
        assertEquals(theirs, ours);
    }

    private static void polygon(Cell top, LayerKey layer, int dx, int dy, int... xy) {
        int[] moved = xy.clone();
        for (int i = 0; i < moved.length; i += 2) {
            moved[i] += dx;
            moved[i + 1] += dy;
        }
        top.shapes(layer).addPolygon(moved, 0, moved.length / 2);
    }

    private static List<String> within(List<String> boxes, long x1, long x2) {
        return boxes.stream().filter(b -> {
            long x = Long.parseLong(b.substring(0, b.indexOf(',')));
            return x >= x1 && x < x2;
        }).toList();
    }
}
