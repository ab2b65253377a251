package org.cpodrc.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.flatten.Flattener;
import org.cpodrc.layout.Layout;
import org.cpodrc.layoutio.LayoutFiles;
import org.cpodrc.oasis.OasisBytes;
import org.cpodrc.testutil.MiniJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OASIS records KLayout's writer never produces (TRAPEZOID, CTRAPEZOID of all 26 types, CIRCLE,
 * every repetition type on shapes and placements, every point-list type, all real types,
 * implicit and explicit reference numbers with forward references, relative coordinates,
 * CBLOCKs, CRC32 and checksum32 validation, the skipped X records), built byte by byte and read
 * both here and by KLayout (the corpus oracle): the statistics must be equal.
 */
class HandBuiltOasisVsKLayoutTest {
    @TempDir
    Path dir;

    private static final int L = 0x01;
    private static final int D = 0x02;
    private static final int R = 0x04;
    private static final int Y = 0x08;
    private static final int X = 0x10;
    /** PLACEMENT info bits: x, y and repetition sit one bit higher than in geometry records. */
    private static final int PX = 0x20;
    private static final int PY = 0x10;
    private static final int PR = 0x08;

    @Test
    @SuppressWarnings("unchecked")
    void handBuiltFilesMatchKLayout() throws Exception {
        Assumptions.assumeTrue(KLayoutRunner.available(), "KLayout not installed: hand-built OASIS comparison skipped");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ctrapezoids", ctrapezoids());
        files.put("trapezoids_circles", trapezoidsAndCircles());
        files.put("shape_repetitions", shapeRepetitions());
        files.put("placement_repetitions", placementRepetitions(false));
        files.put("placement_repetitions_cblock_crc", placementRepetitions(true));
        files.put("point_lists", pointLists());
        files.put("explicit_names_checksum", explicitNames());
        Path oracle = CorpusTest.corpus().resolve("oracle.py");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path oas = dir.resolve(f.getKey() + ".oas");
            Files.write(oas, f.getValue());
            Path json = dir.resolve(f.getKey() + ".json");
            try {
                KLayoutRunner.run(oracle, 120, "in=" + oas, "out=" + json);
            } catch (java.io.IOException e) {
                failures.add(f.getKey() + ": " + e.getMessage());
                continue;
            }
            Map<String, Object> expected = (Map<String, Object>) MiniJson.parse(Files.readString(json));
            Layout layout = LayoutFiles.read(oas, Flattener.defaultMaxShapes());
            LayoutStatistics ours = LayoutStatistics.of(layout, layout.topCells(), Flattener.defaultMaxShapes(), f.getKey());
            for (String d : OracleComparison.differences(ours, expected, true, Map.of())) {
                failures.add(f.getKey() + ": " + d);
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    /** All 26 types, each on its own datatype, some taking type, width and height from the modal variables. */
    private static byte[] ctrapezoids() {
        OasisBytes b = OasisBytes.start().b(14).str("TOP");
        for (int t = 0; t < 26; t++) {
            boolean vertical = t >= 8 && t < 16;
            long w = vertical ? 300 : 1000;
            long h = vertical ? 1000 : 300;
            b.b(26).b(0x80 | 0x40 | 0x20 | X | Y | D | L).u(1).u(t).u(t).u(w).u(h).s(t * 2000L).s(-500);
        }
        // modal type (25, square), width and height; then a repetition of a modal type-3 shape
        b.b(26).b(X | D).u(40).s(70_000);
        b.b(26).b(0x80 | X | Y | R | D).u(41).u(3).s(80_000).s(5000).u(1).u(1).u(2).u(1500).u(1200);
        return b.end();
    }

    private static byte[] trapezoidsAndCircles() {
        OasisBytes b = OasisBytes.start().b(14).str("TOP");
        long[][] deltas = {{100, 0}, {-100, 0}, {0, 100}, {0, -100}, {100, -50}, {-70, 120}};
        int k = 0;
        for (int o = 0; o < 2; o++) {
            for (long[] d : deltas) {
                long w = o == 0 ? 1000 : 300;
                long h = o == 0 ? 300 : 1000;
                b.b(23).b((o << 7) | 0x40 | 0x20 | X | Y | D | L).u(2).u(k).u(w).u(h).s(d[0]).s(d[1]).s(k * 2000L).s(0);
                k++;
            }
        }
        // delta-a only (24), delta-b only (25), modal width/height
        b.b(24).b(X | D).u(20).s(-40).s(40_000);
        b.b(25).b(0x80 | 0x40 | 0x20 | X | D).u(21).u(200).u(900).s(-60).s(43_000);
        // circles: radius 1, 7, 500, 12345; a modal radius with a repetition
        long[] radii = {1, 7, 500, 12345};
        for (int i = 0; i < radii.length; i++) {
            b.b(27).b(0x20 | X | Y | D | L).u(3).u(i).u(radii[i]).s(i * 30_000L).s(20_000);
        }
        b.b(27).b(X | R | D).u(9).s(-5000).u(2).u(3).u(2000);
        return b.end();
    }

    /** A rectangle with every repetition type, then type 0 (reuse), each on its own datatype. */
    private static byte[] shapeRepetitions() {
        OasisBytes b = OasisBytes.start().b(14).str("TOP");
        for (int t = 1; t <= 11; t++) {
            b.b(20).b(0x40 | 0x20 | X | Y | R | D | L).u(5).u(t).u(100 + t).u(50).s(t * 10_000L).s(0);
            repetition(b, t);
        }
        b.b(20).b(0x80 | 0x40 | X | R | D).u(12).u(77).s(200_000).u(0);
        // texts: a string given, then modal string with a repetition; text layer/type modal
        b.b(19).b(0x40 | X | Y | 0x02 | 0x01).str("hello").u(5).u(1).s(10).s(20);
        b.b(19).b(X | R).s(500).u(2).u(3).u(250);
        return b.end();
    }

    private static void repetition(OasisBytes b, int t) {
        b.u(t);
        switch (t) {
            case 1 -> b.u(1).u(2).u(300).u(400);
            case 2 -> b.u(3).u(250);
            case 3 -> b.u(2).u(333);
            case 4 -> b.u(2).u(200).u(500).u(150);
            case 5 -> b.u(1).u(10).u(20).u(45);
            case 6 -> b.u(1).u(300).u(120);
            case 7 -> b.u(2).u(5).u(60).u(70).u(80);
            case 8 -> gDelta(gDelta(b.u(1).u(0), 1100, 333), -20, 900);
            case 9 -> b.u(3).u(700 << 4 | 4 << 1);                       // g-delta form 1, north-east
            case 10 -> gDelta(b.u(2).u(200 << 4), -2, 77).u(150 << 4 | 3 << 1);
            default -> gDelta(b.u(1).u(10).u(35 << 4 | 5 << 1), -3, -9);
        }
    }

    /** A g-delta of form 2 (any direction). */
    private static OasisBytes gDelta(OasisBytes b, long dx, long dy) {
        return b.u(Math.abs(dx) << 2 | (dx < 0 ? 2 : 0) | 1).s(dy);
    }

    /** Placements (17 and 18) of a leaf cell with every repetition type, angles, mirror, magnifications of all real types. */
    private static byte[] placementRepetitions(boolean cblock) {
        OasisBytes body = OasisBytes.body();
        body.b(3).str("LEAF").b(3).str("TOP");   // implicit CELLNAME 0 and 1
        body.b(13).u(0);
        body.b(20).b(0x40 | 0x20 | X | Y | D | L).u(1).u(0).u(40).u(90).s(0).s(0);
        body.b(27).b(0x20 | X | Y | D | L).u(1).u(1).u(25).s(100).s(100);
        body.b(13).u(1);
        int k = 0;
        for (int t = 1; t <= 11; t++) {
            int angle = t % 4;
            boolean flip = t % 3 == 0;
            body.b(17).b(0x80 | 0x40 | PX | PY | PR | (angle << 1) | (flip ? 1 : 0)).u(0).s(k * 20_000L).s(1000);
            repetition(body, t);
            k++;
        }
        // PLACEMENT 18: magnification and angle of every real type
        double[][] ma = {{0, 2, 30}, {2, 4, 0}, {4, 3, 4}, {6, 0, 0}, {7, 0, 0}};
        for (double[] m : ma) {
            body.b(18).b(0x80 | 0x40 | PX | PY | 0x04 | 0x02).u(0);
            real(body, (int) m[0], m[1]);
            real(body, 0, m[2]);
            body.s(k * 20_000L).s(-30_000);
            k++;
        }
        body.b(18).b(0x02 | 0x01 | PX).u(0).u(45).s(k * 20_000L);   // modal cell, mirrored at 45 degrees
        OasisBytes b = OasisBytes.start();
        if (cblock) {
            b.cblock(body);
            return b.end(1);
        }
        b.bytes(bodyBytes(body));
        return b.end();
    }

    private static byte[] bodyBytes(OasisBytes body) {
        return java.util.Arrays.copyOf(body.end(), body.size() - 256);
    }

    private static void real(OasisBytes b, int type, double v) {
        b.u(type);
        switch (type) {
            case 0 -> b.u((long) v);
            case 2 -> b.u((long) v); // 1/v
            case 4 -> b.u((long) v).u(2); // v/2
            case 6 -> {
                int bits = Float.floatToIntBits(1.25f);
                b.b(bits & 0xFF, (bits >> 8) & 0xFF, (bits >> 16) & 0xFF, (bits >>> 24) & 0xFF);
            }
            default -> {
                long bits = Double.doubleToLongBits(0.75);
                for (int i = 0; i < 8; i++) {
                    b.b((int) (bits >> (8 * i)) & 0xFF);
                }
            }
        }
    }

    /** POLYGON with point lists 0 to 5 (manhattan ones closed implicitly); PATH with lists 2 to 5 and every extension scheme. */
    private static byte[] pointLists() {
        OasisBytes b = OasisBytes.start().b(14).str("TOP").b(16); // XYRELATIVE
        b.b(21).b(0x20 | X | Y | D | L).u(1).u(0).u(0).u(4).s(1000).s(500).s(-400).s(300).s(0).s(0);
        b.b(21).b(0x20 | X | D).u(1).u(1).u(2).s(600).s(800).s(5000);
        b.b(21).b(0x20 | X | D).u(2).u(2).u(3).u(500 << 2).u(300 << 2 | 1).u(500 << 2 | 2).s(5000);
        b.b(21).b(0x20 | X | D).u(3).u(3).u(3).u(400 << 3 | 4).u(400 << 3 | 7).u(800 << 3 | 2).s(5000);
        b.b(21).b(0x20 | X | D).u(4).u(4).u(3).u(700 << 2 | 1).s(100).u(300 << 4 | 1 << 1).u(450 << 2 | 3).s(-80).s(5000);
        b.b(21).b(0x20 | X | D).u(5).u(5).u(3).u(400 << 4).u(200 << 4 | 1 << 1).u(900 << 2 | 3).s(-2000).s(5000);
        b.b(21).b(X | R | D).u(6).s(5000).u(2).u(1).u(3000); // modal point list, repeated
        int[] schemes = {1 << 2 | 1, 2 << 2 | 2, 3 << 2 | 3, 1 << 2 | 3, 0};
        int dt = 10;
        for (int type = 2; type <= 5; type++) {
            for (int sc : schemes) {
                b.b(22).b((sc != 0 ? 0x80 : 0) | 0x40 | 0x20 | X | Y | D | L).u(2).u(dt++).u(30 + type);
                if (sc != 0) {
                    b.u(sc);
                    if ((sc >> 2) == 3) {
                        b.s(-15);
                    }
                    if ((sc & 3) == 3) {
                        b.s(45);
                    }
                }
                b.u(type).u(2);
                switch (type) {
                    case 2 -> b.u(700 << 2).u(300 << 2 | 1);
                    case 3 -> b.u(500 << 3 | 4).u(600 << 3);
                    case 4 -> b.u(900 << 2 | 1).s(350).u(200 << 4 | 3 << 1);
                    default -> b.u(300 << 4).u(100 << 2 | 3).s(250);
                }
                b.s(3000).s(2000);
            }
        }
        return b.end();
    }

    /** Explicit reference numbers, defined after their use; texts by TEXTSTRING reference; properties; X records; checksum32. */
    private static byte[] explicitNames() {
        OasisBytes b = OasisBytes.start();
        b.b(13).u(7);
        b.b(20).b(0x40 | 0x20 | X | Y | D | L).u(1).u(0).u(500).u(500).s(0).s(0);
        b.b(28).b(0x10 | 0x04 | 0x02).u(3).u(13).u(9);              // property by PROPNAME ref 3, PROPSTRING ref 9
        b.b(19).b(0x40 | 0x20 | X | Y | 0x02 | 0x01).u(4).u(3).u(0).s(100).s(200);
        b.b(33).b(X | D | L).u(1).u(4).u(0).str("xg").s(0);           // XGEOMETRY: skipped
        b.b(32).u(1).str("xe");                                       // XELEMENT: skipped
        b.b(0);                                                       // PAD
        b.b(13).u(2);
        b.b(17).b(0x80 | 0x40 | PX | PY | 0x02).u(7).s(10_000).s(0);
        b.b(17).b(0x80 | PX | PY | PR | 0x01).str("NAMED").s(-10_000).s(0).u(2).u(1).u(700);
        b.b(14).str("NAMED");
        b.b(20).b(0x80 | 0x40 | X | Y | D | L).u(3).u(0).u(80).s(0).s(0);
        b.b(4).str("CHILD").u(7).b(4).str("TOP").u(2);
        b.b(6).str("label").u(4);
        b.b(8).str("note").u(3).b(10).str("value").u(9);
        b.b(30).u(1).str("x").b(11).str("M1").u(3).u(1).u(0);
        return b.end(2);
    }
}
