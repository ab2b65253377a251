package org.cpodrc.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cpodrc.testing.KLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code interacting} on near-touching all-angle cases reduced from the seeded layouts of
 * DrcScriptVsDeckTest: a pin corner a fraction of a unit from a slanted waveguide edge, with and
 * without other pins cutting that edge. KLayout's Region.interacting decides; cpodrc must agree.
 */
class GridInteractionVsKLayoutTest {
    @TempDir
    Path dir;

    /** Each case: waveguide polygon, the bounding box of the merged pin asked about, then pin boxes. */
    private static final int[][][] CASES = {
        // pin corner 0.11 above a rising edge; a second pin straddling the edge far away cuts it
        {{1274793, 144306, 1241224, 144698, 1241224, 145554, 1274793, 148042}, {1274511, 148041, 1274778, 148417},
            {1274511, 148041, 1274778, 148417}, {1241524, 145586, 1241682, 145744}},
        // the same without the cutting pin: the edge is not snapped, the pin misses it
        {{1274793, 144306, 1241224, 144698, 1241224, 145554, 1274793, 148042}, {1274511, 148041, 1274778, 148417},
            {1274511, 148041, 1274778, 148417}},
        // an L-shaped pin (two boxes) with that corner, among the pins of the seeded layout near that edge
        {{1274793, 144306, 1241224, 144698, 1241224, 145554, 1274793, 148042}, {1274323, 148023, 1274778, 148417},
            {1274323, 148023, 1274511, 148211}, {1274402, 148041, 1274778, 148417},
            {1241383, 145243, 1241704, 145564}, {1243441, 145559, 1243599, 145717}, {1241524, 145586, 1241682, 145744},
            {1241890, 145627, 1242211, 145948}, {1248828, 146006, 1248942, 146120}, {1256503, 146694, 1256617, 146808},
            {1258838, 146482, 1259214, 146858}, {1273083, 147588, 1273410, 147915}, {1274138, 147804, 1274326, 147992},
            {1271562, 147825, 1271889, 148152}},
        // pin corner 0.48 above a falling edge, a neighbour pin's corner 0.25 inside it: the edge is
        // bent through both, so a horizontal piece ends at the corner: still no interaction
        {{1023563, 251264, 973881, 253310, 973881, 253718, 1023563, 253650}, {980806, 253709, 981197, 254100},
            {980806, 253709, 981197, 254100}, {979977, 253415, 980271, 253709}, {990000, 253500, 990100, 253700}},
        // corner 0.48 above the falling edge, the edge cut elsewhere only
        {{1023563, 251264, 973881, 253310, 973881, 253718, 1023563, 253650}, {980806, 253709, 981197, 254100},
            {980806, 253709, 981197, 254100}, {990000, 253500, 990100, 253700}},
        // exact point contacts, decided by orientation: box corners on rising and falling edges
        {{0, -2000, 1000, -2000, 1000, 1000, 0, 0}, {200, 300, 300, 400}, {200, 300, 300, 400}},
        {{0, -2000, 1000, -2000, 1000, -1000, 0, 0}, {300, -300, 400, -200}, {300, -300, 400, -200}},
        {{0, 0, 1000, 1000, 1000, 3000, 0, 3000}, {300, 200, 400, 300}, {300, 200, 400, 300}},
        {{0, 0, 1000, -1000, 1000, 3000, 0, 3000}, {200, -400, 300, -300}, {200, -400, 300, -300}},
        // a diamond's vertex on a box edge and at box corners
        {{0, -100, 100, 0, 0, 100, -100, 0}, {100, -50, 200, 50}, {100, -50, 200, 50}},
        {{0, -100, 100, 0, 0, 100, -100, 0}, {100, 0, 200, 100}, {100, 0, 200, 100}},
        {{0, -100, 100, 0, 0, 100, -100, 0}, {100, -100, 200, 0}, {100, -100, 200, 0}},
        {{0, -100, 100, 0, 0, 100, -100, 0}, {0, 100, 100, 200}, {0, 100, 100, 200}},
        {{0, -100, 100, 0, 0, 100, -100, 0}, {-100, 100, 0, 200}, {-100, 100, 0, 200}},
        // boxes touching at corners
        {{0, 0, 100, 0, 100, 100, 0, 100}, {100, 100, 200, 200}, {100, 100, 200, 200}},
        {{0, 0, 100, 0, 100, 100, 0, 100}, {100, -100, 200, 0}, {100, -100, 200, 0}},
    };

    @Test
    void nearTouchingPinsInteractAsInKLayout() throws Exception {
        KLayout.assumeInstalled();
        StringBuilder py = new StringBuilder("import pya\n");
        List<Boolean> ours = new ArrayList<>();
        for (int[][] c : CASES) {
            Polygon wg = polygon(c[0]);
            List<Polygon> pins = new ArrayList<>();
            StringBuilder pinText = new StringBuilder();
            for (int i = 2; i < c.length; i++) {
                int[] b = c[i];
                pins.add(polygon(new int[] {b[0], b[1], b[2], b[1], b[2], b[3], b[0], b[3]}));
                pinText.append(String.format("pya.Box(%d,%d,%d,%d),", b[0], b[1], b[2], b[3]));
            }
            Region selected = Region.of(pins).interacting(Region.of(List.of(wg)));
            org.locationtech.jts.geom.Envelope target = new org.locationtech.jts.geom.Envelope(c[1][0], c[1][2], c[1][1], c[1][3]);
            ours.add(selected.polygons().stream().anyMatch(p -> p.getEnvelopeInternal().equals(target)));
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < c[0].length; i += 2) {
                pts.append(String.format("pya.Point(%d,%d),", c[0][i], c[0][i + 1]));
            }
            py.append(String.format("w = pya.Region(pya.Polygon([%s]))%n", pts))
                    .append(String.format("p = pya.Region([%s])%n", pinText))
                    .append(String.format("print(any(s.bbox() == pya.Box(%d,%d,%d,%d) for s in p.interacting(w).each()))%n",
                            c[1][0], c[1][1], c[1][2], c[1][3]));
        }
        Path script = Files.writeString(dir.resolve("t.py"), py.toString());
        List<Boolean> theirs = new ArrayList<>();
        for (String line : KLayout.run(script, dir).split("\\R")) {
            if (line.equals("True") || line.equals("False")) {
                theirs.add(Boolean.parseBoolean(line));
            }
        }
        assertEquals(theirs, ours, "pin interacting with the waveguide, per case");
    }

    private static Polygon polygon(int[] xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length; i += 2) {
            c[i / 2] = new Coordinate(xy[i], xy[i + 1]);
        }
        c[c.length - 1] = c[0];
        return Region.FACTORY.createPolygon(c);
    }
}
