package org.cpodrc.gds;

import static org.cpodrc.gds.GdsRecordType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cpodrc.layout.Instance;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Trans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArefLatticeTest {
    @TempDir
    Path tmp;

    @Test
    void evenlyDividedVectorsGiveOneArray() {
        assertEquals(List.of(new ArefLattice.Block(0, 0, 4, 3, 127, 0, 0, 250)),
                ArefLattice.blocks(4, 3, 10, 20, 10 + 508, 20, 10, 20 + 750));
        // skewed lattice: column vector (30, 10) and row vector (-5, 40)
        assertEquals(List.of(new ArefLattice.Block(0, 0, 3, 2, 30, 10, -5, 40)),
                ArefLattice.blocks(3, 2, 0, 0, 90, 30, -10, 80));
    }

    @Test
    void zeroVectorCollapsesItsAxis() {
        assertEquals(List.of(new ArefLattice.Block(0, 0, 1, 4, 0, 0, 0, 25)),
                ArefLattice.blocks(5, 4, 0, 0, 0, 0, 0, 100));
    }

    @Test
    void offGridVectorsSplitIntoRuns() {
        assertEquals(List.of(
                new ArefLattice.Block(0, 0, 2, 1, 33, 0, 0, 26),
                new ArefLattice.Block(0, 26, 2, 1, 33, 0, 0, 26),
                new ArefLattice.Block(67, 0, 1, 1, 33, 0, 0, 26),
                new ArefLattice.Block(67, 26, 1, 1, 33, 0, 0, 26)),
                ArefLattice.blocks(3, 2, 0, 0, 100, 0, 0, 51));
    }

    /** Every placement of a set of arrays, including off-grid and skewed ones, where KLayout puts it. */
    @Test
    void placementsMatchKLayout() throws Exception {
        KLayoutRunner.assumeInstalled();
        Random r = new Random(7);
        GdsBytes b = new GdsBytes().libStart().beginCell("C").square(1, 0, 0, 10).endCell().beginCell("TOP");
        int[][] arrays = {
                {4, 3, 0, 0, 508, 0, 0, 750},
                {3, 2, 0, 0, 100, 0, 0, 51},
                {7, 5, 13, -4, -100, 33, 20, 7},
                {5, 4, 0, 0, 0, 0, 0, 100},
                {6, 6, 1000, 1000, 1000 + 301, 1000 + 97, 1000 - 55, 1000 + 613},
        };
        for (int[] a : arrays) {
            b.rec(AREF).str(SNAME, "C").i2(COLROW, a[0], a[1]).xy(a[2], a[3], a[4], a[5], a[6], a[7]).rec(ENDEL);
        }
        for (int k = 0; k < 20; k++) {
            int cols = 1 + r.nextInt(9);
            int rows = 1 + r.nextInt(9);
            int x0 = r.nextInt(2001) - 1000;
            int y0 = r.nextInt(2001) - 1000;
            b.rec(AREF).str(SNAME, "C").i2(STRANS, r.nextBoolean() ? 0x8000 : 0).r8(MAG, 1 + r.nextInt(3) * 0.5)
                    .r8(ANGLE, r.nextInt(8) * 45).i2(COLROW, cols, rows)
                    .xy(x0, y0, x0 + r.nextInt(4001) - 2000, y0 + r.nextInt(4001) - 2000,
                            x0 + r.nextInt(4001) - 2000, y0 + r.nextInt(4001) - 2000)
                    .rec(ENDEL);
        }
        b.endCell().endLib();
        Path gds = tmp.resolve("arrays.gds");
        Files.write(gds, b.bytes());

        Layout ly = GdsReader.read(gds);
        List<String> ours = new ArrayList<>();
        for (Instance inst : ly.cell("TOP").instances()) {
            for (int i = 0; i < inst.columns(); i++) {
                for (int j = 0; j < inst.rows(); j++) {
                    Trans t = inst.placement(i, j);
                    ours.add(String.format("%d %d %s %s %s", Math.round(t.dx()), Math.round(t.dy()),
                            t.mirror(), fmt(t.angleDeg()), fmt(t.mag())));
                }
            }
        }
        Path script = tmp.resolve("placements.py");
        Files.writeString(script, String.join("\n",
                "import pya",
                "ly = pya.Layout()",
                "ly.read(globals()['in'])",
                "res = []",
                "for inst in ly.cell('TOP').each_inst():",
                "    t = inst.cplx_trans",
                "    na = inst.na if inst.is_regular_array() else 1",
                "    nb = inst.nb if inst.is_regular_array() else 1",
                "    for i in range(na):",
                "        for j in range(nb):",
                "            d = t.disp + inst.a * i + inst.b * j",
                "            res.append('%d %d %s %s %s' % (d.x, d.y, 'true' if t.is_mirror() else 'false',"
                        + " '%.6f' % t.angle, '%.6f' % t.mag))",
                "open(globals()['out'], 'w').write('\\n'.join(sorted(res)) + '\\n')",
                ""));
        Path out = tmp.resolve("placements.txt");
        KLayoutRunner.run(script, tmp, "in=" + gds, "out=" + out);
        List<String> theirs = Files.readAllLines(out);
        assertEquals(theirs, ours.stream().sorted().toList());
    }

    private static String fmt(double v) {
        return String.format("%.6f", v);
    }
}
