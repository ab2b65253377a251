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
 * The operations public photonic KLayout decks use, differential against KLayout's DRC engine run
 * as a user runs a deck ({@code klayout -b -r deck.drc -rd input=... -rd report=...}): the same
 * rules as a cpodrc deck and as a KLayout DRC script, on seeded random all-angle layouts (tapered
 * waveguides, pins with corners a fraction of a unit beyond slanted edges, overlapping device
 * boxes). Per rule the markers' bounding boxes must be equal ({@link DrcParity}).
 */
public class DrcScriptVsDeckTest {
    /** rule id, cpodrc rule body (YAML flow map), KLayout DRC statement producing the rule's markers. */
    private static final String[][] RULES = {
        {"OVL", "{check: overlap_edges, layer: M2, other: M1, min: 0.5}", "m2.overlap(m1, 0.5.um)"},
        {"OVL_P", "{check: overlap_edges, layer: M2, other: M1, min: 0.5, metric: projection}",
            "m2.overlap(m1, 0.5.um, projection)"},
        {"OVL_A", "{check: overlap_edges, layer: WG, other: M1, min: 0.4, angle_limit: 80}",
            "wg.overlap(m1, 0.4.um, angle_limit(80))"},
        {"DEV", "{check: forbidden, layer: devices_overlap}", "dev.merged(2)"},
        {"DEV3", "{check: forbidden, layer: devices_overlap3}", "dev.merged(3)"},
        {"PIN_IN", "{check: forbidden, layer: pin_inside}", "pin.inside(wg)"},
        {"PIN_NIN", "{check: forbidden, layer: pin_not_inside}", "pin.not_inside(wg)"},
        {"PIN_OUT", "{check: forbidden, layer: pin_outside}", "pin.outside(wg)"},
        {"PIN_NOUT", "{check: forbidden, layer: pin_not_outside}", "pin.not_outside(wg)"},
        {"PIN_INT", "{check: forbidden, layer: pin_interacting}", "pin.interacting(wg)"},
        {"PIN_NINT", "{check: forbidden, layer: pin_not_interacting}", "pin.not_interacting(wg)"},
        {"PIN_OVLP", "{check: forbidden, layer: pin_overlapping}", "pin.overlapping(wg)"},
        {"PIN_NOVLP", "{check: forbidden, layer: pin_not_overlapping}", "pin.not_overlapping(wg)"},
        {"PIN_COV", "{check: covered, layer: PIN, by: WG}", "pin.not_inside(wg)"},
        {"WG_AND_M2", "{check: forbidden, layer: wg_and_m2}", "(wg & m2)"},
        {"M2_NOT_M1", "{check: forbidden, layer: m2_not_m1}", "(m2 - m1)"},
    };

    private static final String DERIVED = String.join("\n",
            "  devices_overlap: merged(DEV, 2)",
            "  devices_overlap3: merged(DEV, 3)",
            "  pin_inside: inside(PIN, WG)",
            "  pin_not_inside: not_inside(PIN, WG)",
            "  pin_outside: outside(PIN, WG)",
            "  pin_not_outside: not_outside(PIN, WG)",
            "  pin_interacting: interacting(PIN, WG)",
            "  pin_not_interacting: not_interacting(PIN, WG)",
            "  pin_overlapping: overlapping(PIN, WG)",
            "  pin_not_overlapping: not_overlapping(PIN, WG)",
            "  wg_and_m2: WG and M2",
            "  m2_not_m1: M2 not M1");

    @TempDir
    Path dir;

    @Test
    void sameMarkersAsKLayoutDrcOnRandomAllAngleLayouts() throws Exception {
        KLayout.assumeInstalled();
        Path gds = DrcParity.seededLayouts(dir, "in.gds", 6, 400_000, DrcScriptVsDeckTest::randomLayout);

        Map<String, List<String>> ours = cpodrc(gds);
        Map<String, List<String>> theirs = klayout(gds);
        int total = 0;
        for (String[] r : RULES) {
            List<String> k = theirs.getOrDefault(r[0], List.of());
            List<String> c = ours.getOrDefault(r[0], List.of());
            total += k.size();
            assertTrue(!k.isEmpty() || r[0].equals("DEV3"), r[0] + ": the layouts must exercise the rule");
            assertEquals("", DrcParity.difference(k, c), r[0] + ": marker boxes, KLayout " + r[2]);
        }
        assertTrue(total > 100, "too few markers to compare: " + total);
    }

    /** Seeded tapers (1/0), pins at their slanted edges (1/10), boxes (11/0), boxes and slanted straps (12/0), devices (68/0). */
    static void randomLayout(Random rnd, Cell top, int x0) {
        LayerKey wg = new LayerKey(1, 0), pin = new LayerKey(1, 10), m1 = new LayerKey(11, 0), m2 = new LayerKey(12, 0),
                dev = new LayerKey(68, 0);
        for (int i = 0; i < 12; i++) {
            // a taper: a quadrilateral with two slanted long edges
            int x = x0 + rnd.nextInt(300_000), y = rnd.nextInt(300_000), len = 20_000 + rnd.nextInt(40_000);
            int w1 = 400 + rnd.nextInt(600), w2 = 2_000 + rnd.nextInt(4_000);
            int skew = rnd.nextInt(3_000) - 1_500;
            int[] q = {x, y - w1 / 2, x + len, y - w2 / 2 + skew, x + len, y + w2 / 2 + skew, x, y + w1 / 2};
            top.shapes(wg).addPolygon(q, 0, 4);
            // pins at both ends and along the slanted edges: corners within a few units of the edge
            for (int k = 0; k < 6; k++) {
                double t = rnd.nextDouble();
                int px = x + (int) (t * len);
                double yTop = (y + w1 / 2.0) + t * ((y + w2 / 2.0 + skew) - (y + w1 / 2.0));
                int py = (int) Math.round(yTop) + rnd.nextInt(5) - 2;
                int size = 100 + rnd.nextInt(300);
                // the pin's top-left corner at (px, py): the box extends right (along the rising or falling edge) and down
                top.shapes(pin).addBox(px, py - size, px + size, py);
                // and one beyond the edge: its bottom corner near the edge, the box extending up and to one side
                int qx = x + (int) (rnd.nextDouble() * len);
                double qTop = (y + w1 / 2.0) + (qx - x) / (double) len * ((y + w2 / 2.0 + skew) - (y + w1 / 2.0));
                int qy = (int) Math.round(qTop) + rnd.nextInt(5) - 2;
                boolean rising = w2 / 2 + skew > w1 / 2;
                top.shapes(pin).addBox(rising ? qx - size : qx, qy, rising ? qx : qx + size, qy + size);
            }
            // overlapping device outlines
            int bx = x - rnd.nextInt(2_000), by = y - 5_000 - rnd.nextInt(2_000);
            top.shapes(dev).addBox(bx, by, bx + len / 2 + rnd.nextInt(len), by + 10_000 + rnd.nextInt(5_000));
        }
        for (int i = 0; i < 40; i++) {
            int x = x0 + rnd.nextInt(300_000), y = rnd.nextInt(300_000);
            int w = 1_000 + rnd.nextInt(15_000), h = 1_000 + rnd.nextInt(15_000);
            top.shapes(m1).addBox(x, y, x + w, y + h);
            int dx = rnd.nextInt(2 * w) - w, dy = rnd.nextInt(2 * h) - h;
            if (rnd.nextBoolean()) {
                top.shapes(m2).addBox(x + dx, y + dy, x + dx + 1_000 + rnd.nextInt(10_000), y + dy + 1_000 + rnd.nextInt(10_000));
            } else { // a slanted metal strap
                int l = 3_000 + rnd.nextInt(10_000), t = 600 + rnd.nextInt(1_500), s = rnd.nextInt(4_000) - 2_000;
                int[] q = {x + dx, y + dy, x + dx + l, y + dy + s, x + dx + l, y + dy + s + t, x + dx, y + dy + t};
                top.shapes(m2).addPolygon(q, 0, 4);
            }
        }
    }

    private Map<String, List<String>> cpodrc(Path gds) throws Exception {
        return DrcParity.cpodrc(dir, gds, "  WG: 1/0\n  PIN: 1/10\n  M1: 11/0\n  M2: 12/0\n  DEV: 68/0\n", DERIVED, RULES,
                DrcParity.BOXES);
    }

    private Map<String, List<String>> klayout(Path gds) throws Exception {
        return DrcParity.klayout(dir, gds, "wg = input(1, 0)\npin = input(1, 10)\nm1 = input(11, 0)\nm2 = input(12, 0)\n"
                + "dev = input(68, 0)\n", RULES, DrcParity.BOXES);
    }
}
