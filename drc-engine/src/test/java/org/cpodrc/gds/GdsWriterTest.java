package org.cpodrc.gds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Node;
import org.cpodrc.layout.Property;
import org.cpodrc.layout.Shapes;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdsWriterTest {
    @TempDir
    Path tmp;

    static Layout roundTrip(Layout ly) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GdsWriter.write(ly, out);
        return GdsReader.read(new ByteArrayInputStream(out.toByteArray()), "written.gds");
    }

    /** A model using every feature the format and the model have. */
    static Layout richLayout() {
        Layout ly = new Layout();
        ly.setLibraryName("RICH");
        ly.setUnits(0.00025, 2.5e-10);
        ly.properties().add(new Property(1, "library property"));
        Cell ctx = new Cell(GdsStreamParser.CONTEXT_INFO_CELL);
        ctx.addInstance(new Instance("CHILD", Trans.IDENTITY, false, 1, 1, 0, 0, 0, 0,
                List.of(new Property(0, "LIB=Basic"), new Property(1, "P(radius)=#l5")), false, false));
        ly.setContextInfoCell(ctx);
        Cell child = ly.getOrCreateCell("CHILD");
        child.properties().add(new Property(4, "cell property"));
        Shapes s = child.shapes(new LayerKey(1, 0));
        int p = s.addPolygon(new int[] {0, 0, 100, 0, 100, 50, 40, 80, 0, 50}, 0, 5);
        s.setProperties(p, List.of(new Property(7, "seven"), new Property(8, "eight")));
        s.addPolygon(new int[] {0, 0, 10, 0, 10, 10, 0, 0}, 0, 4); // ends on its first point
        s.addBox(-5, -5, 5, 5);
        s.addBoxPoints(new int[] {3, 3}, 0, 1);
        Shapes paths = child.shapes(new LayerKey(2, 3));
        paths.addPath(new int[] {0, 0, 100, 0, 100, 100}, 0, 3, 10, 0, 0, 0);
        paths.addPath(new int[] {0, 0, 100, 0}, 0, 2, 11, 2, 5, 5);
        paths.addPath(new int[] {0, 0, 0, 100}, 0, 2, 20, 1, 10, 10);
        paths.addPath(new int[] {0, 0, 0, 100}, 0, 2, 20, 4, 3, -7);
        paths.addPath(new int[] {0, 0, 30, 30}, 0, 2, -8, 0, 0, 0);
        paths.addPath(new int[] {5, 5}, 0, 1, 4, 0, 6, 1);
        child.addText(new LayerKey(10, 0), new Text("opt_in_TE_1550_device", 5, 6, 0,
                new Trans(true, 90, 2.5, 5, 6), 0x15, 7, 1, List.of(new Property(2, "text prop"))));
        child.addText(new LayerKey(10, 0), new Text("plain", -1, -2, 0, new Trans(false, 0, 1, -1, -2), 0, 0, 0,
                List.of()));
        child.addNode(new Node(4, 1, new int[] {0, 0, 5, 5}, List.of(new Property(3, "n"))));
        Cell top = ly.getOrCreateCell("TOP");
        top.addInstance(new Instance("CHILD", new Trans(true, 30, 1.5, 1000, -2000), false, 1, 1, 0, 0, 0, 0,
                List.of(new Property(5, "inst")), true, true));
        top.addInstance(Instance.single("CHILD", new Trans(false, 270, 1, 7, 8)));
        top.addInstance(new Instance("CHILD", new Trans(false, 45, 2, 0, 0), true, 4, 3, 10, 5, -3, 20,
                List.of(), false, false));
        top.addInstance(Instance.array("CHILD", Trans.displacement(0, 0), 16, 1, 127000, 0, 0, 0));
        return ly;
    }

    @Test
    void roundTripKeepsTheWholeModel() throws IOException {
        Layout ly = richLayout();
        assertEquals(List.of(), LayoutDiff.of(ly, roundTrip(ly)));
    }

    @Test
    void roundTripKeepsRandomGeometry() throws IOException {
        Random r = new Random(12345);
        Layout ly = new Layout();
        for (int c = 0; c < 5; c++) {
            Cell cell = ly.getOrCreateCell("C" + c);
            for (int k = 0; k < 200; k++) {
                LayerKey layer = new LayerKey(r.nextInt(3), r.nextInt(2));
                int n = 3 + r.nextInt(40);
                int[] xy = new int[2 * n];
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = r.nextInt() / 4;
                }
                if (r.nextBoolean()) {
                    cell.shapes(layer).addPolygon(xy, 0, n);
                } else {
                    int w = r.nextInt(1000) - 100;
                    cell.shapes(layer).addPath(xy, 0, n, w, new int[] {0, 1, 2, 4}[r.nextInt(4)],
                            r.nextInt(50) - 10, r.nextInt(50) - 10);
                }
            }
            if (c > 0) {
                cell.addInstance(new Instance("C" + (c - 1), new Trans(r.nextBoolean(), r.nextInt(360),
                        0.5 + r.nextInt(4) * 0.25, r.nextInt(10000), r.nextInt(10000)), true, 1 + r.nextInt(5),
                        1 + r.nextInt(5), r.nextInt(1000) + 1, r.nextInt(1000), r.nextInt(1000), r.nextInt(1000) + 1,
                        List.of(), false, false));
            }
        }
        assertEquals(List.of(), LayoutDiff.of(ly, roundTrip(ly)));
    }

    /** read, write, read: the second model equals the first for every corpus file. */
    @Test
    void corpusFilesRoundTripLosslessly() throws IOException {
        for (Path f : CorpusTest.corpusFiles(KLayoutRunner.sharedDir())) {
            Layout first = GdsReader.read(f);
            assertEquals(List.of(), LayoutDiff.of(first, roundTrip(first)), f.toString());
        }
    }

    @Test
    void longPolygonsUseSeveralXyRecordsWithinTheRecordLimit() throws Exception {
        int n = 20_000;
        Layout ly = new Layout();
        ly.getOrCreateCell("TOP").shapes(new LayerKey(1, 0)).addPolygon(star(n), 0, n);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GdsWriter.write(ly, out);
        byte[] data = out.toByteArray();
        int xyRecords = 0;
        for (int p = 0; p < data.length; ) {
            int len = ((data[p] & 0xFF) << 8) | (data[p + 1] & 0xFF);
            assertTrue(len <= 65534, "record of " + len + " bytes at " + p);
            if (data[p + 2] == GdsRecordType.XY.number) {
                xyRecords++;
            }
            p += len;
        }
        assertEquals(3, xyRecords); // 20001 points: 8191 + 8191 + 1619
        assertEquals(List.of(), LayoutDiff.of(ly, GdsReader.read(new ByteArrayInputStream(data), "star.gds")));

        // and KLayout reads the same polygon
        KLayoutRunner.assumeInstalled();
        Path gds = tmp.resolve("star.gds");
        GdsWriter.write(ly, gds);
        Path script = tmp.resolve("points.py");
        Files.writeString(script, String.join("\n",
                "import pya",
                "ly = pya.Layout()",
                "ly.read(globals()['in'])",
                "shapes = list(ly.top_cell().shapes(ly.layer(1, 0)).each())",
                "print('shapes=%d points=%d' % (len(shapes), shapes[0].polygon.num_points()))",
                ""));
        String output = KLayoutRunner.run(script, tmp, "in=" + gds);
        assertTrue(output.contains("shapes=1 points=" + n), output);
    }

    /** A star with n vertices, no three collinear, so no tool has a reason to drop any. */
    private static int[] star(int n) {
        int[] xy = new int[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double radius = i % 2 == 0 ? 1_000_000 : 900_000 + (i % 7) * 1000;
            xy[2 * i] = (int) Math.round(radius * Math.cos(a));
            xy[2 * i + 1] = (int) Math.round(radius * Math.sin(a));
        }
        return xy;
    }

    @Test
    void fileWriteIsAtomicAndLeavesNoTemporaryFiles() throws IOException {
        Path target = tmp.resolve("out.gds");
        Files.writeString(target, "old content");
        GdsWriter.write(richLayout(), target);
        assertEquals(List.of(), LayoutDiff.of(richLayout(), GdsReader.read(target)));

        Layout bad = new Layout();
        bad.getOrCreateCell("TOP").addText(new LayerKey(1, 0),
                new Text("x".repeat(70_000), 0, 0, 0, Trans.IDENTITY, 0, 0, 0, List.of()));
        byte[] before = Files.readAllBytes(target);
        assertThrows(IllegalArgumentException.class, () -> GdsWriter.write(bad, target));
        assertEquals(List.of(), LayoutDiff.of(richLayout(), GdsReader.read(target)));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(target)));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void gzNamesAreWrittenCompressed() throws IOException {
        Path target = tmp.resolve("out.gds.gz");
        GdsWriter.write(richLayout(), target);
        byte[] data = Files.readAllBytes(target);
        assertEquals(0x1f, data[0] & 0xFF);
        assertEquals(0x8b, data[1] & 0xFF);
        assertEquals(List.of(), LayoutDiff.of(richLayout(), GdsReader.read(target)));
    }
}
