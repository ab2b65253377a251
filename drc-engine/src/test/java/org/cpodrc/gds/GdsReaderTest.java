package org.cpodrc.gds;

import static org.cpodrc.gds.GdsRecordType.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Node;
import org.cpodrc.layout.Property;
import org.cpodrc.layout.ShapeKind;
import org.cpodrc.layout.Shapes;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdsReaderTest {
    @TempDir
    Path tmp;

    static Layout read(GdsBytes b) {
        return GdsReader.read(new ByteArrayInputStream(b.bytes()), "test.gds");
    }

    static Layout read(GdsBytes b, GdsReadOptions options) {
        return GdsReader.read(new ByteArrayInputStream(b.bytes()), "test.gds", options);
    }


    @Test
    void readsLibraryHeaderWithRareRecordsAndProperties() {
        GdsBytes b = new GdsBytes().i2(HEADER, 600).i2(BGNLIB, new int[12]).i2(LIBDIRSIZE, 10)
                .str(SRFNAME, "srf").i2(LIBSECUR, 1, 2, 3).str(LIBNAME, "MYLIB").str(REFLIBS, "a")
                .str(FONTS, "f").str(ATTRTABLE, "t").i2(GENERATIONS, 3).i2(FORMAT, 1).str(MASK, "m")
                .rec(ENDMASKS).r8(UNITS, 0.0005, 5e-10).i2(PROPATTR, 7).str(PROPVALUE, "libprop")
                .beginCell("TOP").i2(STRCLASS, 0).i2(PROPATTR, 3).str(PROPVALUE, "cellprop").square(1, 0, 0, 10)
                .endCell().endLib();
        Layout ly = read(b);
        assertEquals("MYLIB", ly.libraryName());
        assertEquals(5e-10, ly.dbuMetres());
        assertEquals(0.0005, ly.userUnitsPerDbu());
        assertEquals(0.0005, ly.dbuUm(), 1e-15);
        assertEquals(List.of(new Property(7, "libprop")), ly.properties());
        Cell top = ly.cell("TOP");
        assertEquals(List.of(new Property(3, "cellprop")), top.properties());
        assertEquals(1, top.shapes(new LayerKey(1, 0)).size());
        assertEquals(List.of(), ly.warnings());
    }

    @Test
    void boundaryDropsItsClosingPointAndKeepsProperties() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP")
                .rec(BOUNDARY).i2(ELFLAGS, 0).i4(PLEX, 5).i2(LAYER, 3).i2(DATATYPE, 7)
                .xy(0, 0, 10, 0, 10, 10, 0, 10, 0, 0).i2(PROPATTR, 1).str(PROPVALUE, "a").i2(PROPATTR, 2)
                .str(PROPVALUE, "b").rec(ENDEL)
                .boundary(3, 7, 0, 0, 5, 0, 5, 5) // not closed: all three points stay
                .endCell().endLib();
        Shapes s = read(b).cell("TOP").shapes(new LayerKey(3, 7));
        assertEquals(2, s.size());
        assertEquals(ShapeKind.BOUNDARY, s.kind(0));
        assertEquals(4, s.pointCount(0));
        assertEquals(10, s.x(0, 2));
        assertEquals(10, s.y(0, 2));
        assertEquals(List.of(new Property(1, "a"), new Property(2, "b")), s.properties(0));
        assertEquals(3, s.pointCount(1));
        assertEquals(List.of(), s.properties(1));
    }

    @Test
    void degenerateBoundariesAreDroppedAsKLayoutDropsThem() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP");
        int first = b.size();
        b.boundary(1, 0, 0, 0, 5, 5, 0, 0) // two distinct points after the closing one: dropped
                .boundary(1, 0, 0, 0, 0, 0) // one point: dropped
                .boundary(2, 0, 0, 0, 0, 0, 0, 0, 0, 0) // three equal points: kept (KLayout keeps a zero box)
                .endCell().endLib();
        Layout ly = read(b);
        assertEquals(0, ly.cell("TOP").shapes(new LayerKey(1, 0)).size());
        assertEquals(1, ly.cell("TOP").shapes(new LayerKey(2, 0)).size());
        assertEquals(2, ly.warnings().size());
        assertTrue(ly.warnings().get(0).startsWith("test.gds: offset " + first + ": BOUNDARY with fewer than 3 points"),
                ly.warnings().get(0));
    }

    @Test
    void pathsKeepTypeWidthAndEffectiveExtensions() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP")
                .rec(PATH).i2(LAYER, 1).i2(DATATYPE, 0).i2(PATHTYPE, 4).i4(WIDTH, 10).i4(BGNEXTN, 3)
                .i4(ENDEXTN, -2).xy(0, 0, 100, 0).rec(ENDEL)
                .rec(PATH).i2(LAYER, 1).i2(DATATYPE, 0).i2(PATHTYPE, 2).i4(WIDTH, 11).xy(0, 0, 0, 50).rec(ENDEL)
                .rec(PATH).i2(LAYER, 1).i2(DATATYPE, 0).i2(PATHTYPE, 1).i4(WIDTH, 20).xy(0, 0, 0, 50).rec(ENDEL)
                .rec(PATH).i2(LAYER, 1).i2(DATATYPE, 0).i4(WIDTH, -8).xy(0, 0, 30, 30, 60, 0).rec(ENDEL)
                .rec(PATH).i2(LAYER, 1).i2(DATATYPE, 0).i4(WIDTH, 4).i4(BGNEXTN, 6).xy(1, 1, 9, 1).rec(ENDEL)
                .rec(PATH).i2(LAYER, 1).i2(DATATYPE, 0).i2(PATHTYPE, 3).i4(WIDTH, 4).xy(1, 1, 9, 1).rec(ENDEL)
                .rec(PATH).i2(LAYER, 1).i2(DATATYPE, 0).i4(WIDTH, 4).xy().rec(ENDEL)
                .endCell().endLib();
        Layout ly = read(b);
        Shapes s = ly.cell("TOP").shapes(new LayerKey(1, 0));
        assertEquals(6, s.size());
        assertEquals(ShapeKind.PATH, s.kind(0));
        assertEquals(List.of(4, 10, 3, -2), pathAttributes(s, 0));
        assertEquals(List.of(2, 11, 5, 5), pathAttributes(s, 1)); // square ends: half width, truncated
        assertEquals(List.of(1, 20, 10, 10), pathAttributes(s, 2));
        assertEquals(List.of(0, -8, 0, 0), pathAttributes(s, 3)); // negative width (absolute) kept as is
        assertEquals(3, s.pointCount(3));
        assertEquals(List.of(0, 4, 6, 0), pathAttributes(s, 4)); // flush path with explicit BGNEXTN, as KLayout
        assertEquals(List.of(0, 4, 0, 0), pathAttributes(s, 5)); // unsupported type 3 read as 0
        assertEquals(2, ly.warnings().size()); // type 3, and the path without points
    }

    private static List<Integer> pathAttributes(Shapes s, int i) {
        return List.of(s.pathType(i), s.pathWidth(i), s.pathBeginExtension(i), s.pathEndExtension(i));
    }

    @Test
    void boxesKeepTheirPointsWithoutTheClosingOne() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP")
                .rec(BOX).i2(LAYER, 5).i2(BOXTYPE, 2).xy(0, 0, 10, 0, 10, 20, 0, 20, 0, 0).i2(PROPATTR, 9)
                .str(PROPVALUE, "v").rec(ENDEL)
                .rec(BOX).i2(LAYER, 5).i2(BOXTYPE, 2).xy().rec(ENDEL)
                .endCell().endLib();
        Layout ly = read(b);
        Shapes s = ly.cell("TOP").shapes(new LayerKey(5, 2));
        assertEquals(1, s.size());
        assertEquals(ShapeKind.BOX, s.kind(0));
        assertEquals(4, s.pointCount(0));
        assertEquals(List.of(new Property(9, "v")), s.properties(0));
        assertEquals(1, ly.warnings().size());
    }

    @Test
    void textsKeepEveryAttribute() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP")
                .rec(TEXT).i2(LAYER, 10).i2(TEXTTYPE, 4).i2(PRESENTATION, 0x15).i2(PATHTYPE, 1).i4(WIDTH, 7)
                .i2(STRANS, 0x8000).r8(MAG, 2.5).r8(ANGLE, 90).xy(-5, 6).str(STRING, "opt_in_TE_1550")
                .i2(PROPATTR, 1).str(PROPVALUE, "p").rec(ENDEL)
                .rec(TEXT).i2(LAYER, 10).i2(TEXTTYPE, 4).xy(1, 2).str(STRING, "odd").rec(ENDEL)
                .endCell().endLib();
        List<Text> texts = read(b).cell("TOP").textsByLayer().get(new LayerKey(10, 4));
        assertEquals(2, texts.size());
        Text t = texts.get(0);
        assertEquals("opt_in_TE_1550", t.string());
        assertEquals(-5, t.x());
        assertEquals(6, t.y());
        assertEquals(4, t.textType());
        assertEquals(0x15, t.presentation());
        assertEquals(1, t.pathType());
        assertEquals(7, t.width());
        assertEquals(new Trans(true, 90, 2.5, -5, 6), t.trans());
        assertEquals(List.of(new Property(1, "p")), t.properties());
        assertEquals("odd", texts.get(1).string());
        assertEquals(new Trans(false, 0, 1, 1, 2), texts.get(1).trans());
    }

    @Test
    void nodesAreKeptButAreNoShapes() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP")
                .rec(NODE).i2(LAYER, 4).i2(NODETYPE, 1).xy(0, 0, 5, 5).rec(ENDEL)
                .endCell().endLib();
        Cell top = read(b).cell("TOP");
        assertEquals(List.of(new Node(4, 1, new int[] {0, 0, 5, 5}, List.of())), top.nodes());
        assertTrue(top.shapesByLayer().isEmpty());
    }

    @Test
    void referencesCarryTransformationsFlagsAndProperties() {
        GdsBytes b = new GdsBytes().libStart().beginCell("CHILD").square(1, 0, 0, 10).endCell()
                .beginCell("TOP")
                .rec(SREF).str(SNAME, "CHILD").i2(STRANS, 0x8006).r8(MAG, 2).r8(ANGLE, 45).xy(100, -200)
                .i2(PROPATTR, 5).str(PROPVALUE, "inst").rec(ENDEL)
                .rec(SREF).str(SNAME, "CHILD").i2(STRANS, 0).r8(MAG, 1.0000000000001).r8(ANGLE, -90.00000000001)
                .xy(1, 2).rec(ENDEL)
                .rec(AREF).str(SNAME, "CHILD").i2(STRANS, 0x8000).r8(ANGLE, 270).i2(COLROW, 4, 3)
                .xy(10, 20, 10 + 4 * 127, 20, 10, 20 + 3 * 250).rec(ENDEL)
                .endCell().endLib();
        Layout ly = read(b);
        List<Instance> insts = ly.cell("TOP").instances();
        assertEquals(3, insts.size());
        Instance s = insts.get(0);
        assertEquals("CHILD", s.cellName());
        assertFalse(s.isArray());
        assertEquals(new Trans(true, 45, 2, 100, -200), s.trans());
        assertTrue(s.absMag());
        assertTrue(s.absAngle());
        assertEquals(List.of(new Property(5, "inst")), s.properties());
        // KLayout snaps an angle within 1e-9 of a multiple of 90 degrees, and then a mag within 1e-9 of 1
        assertEquals(new Trans(false, 270, 1, 1, 2), insts.get(1).trans());
        Instance a = insts.get(2);
        assertTrue(a.isArray());
        assertEquals(4, a.columns());
        assertEquals(3, a.rows());
        assertEquals(List.of(127.0, 0.0, 0.0, 250.0), List.of(a.colStepX(), a.colStepY(), a.rowStepX(), a.rowStepY()));
        assertEquals(new Trans(true, 270, 1, 10, 20), a.trans());
        assertEquals(List.of("TOP"), ly.topCells().stream().map(Cell::name).toList());
        assertEquals(1, ly.warnings().size()); // absolute flags
    }

    @Test
    void offGridArrayIsSplitAsKLayoutSplitsIt() {
        // observed with KLayout 0.28.5: 3 x 2 with P1 = (100, 0), P2 = (0, 51) becomes four arrays
        GdsBytes b = new GdsBytes().libStart().beginCell("C").square(1, 0, 0, 10).endCell().beginCell("TOP")
                .rec(AREF).str(SNAME, "C").i2(COLROW, 3, 2).xy(0, 0, 100, 0, 0, 51).rec(ENDEL)
                .endCell().endLib();
        Layout ly = read(b);
        List<Instance> insts = ly.cell("TOP").instances();
        assertEquals(List.of(
                Instance.array("C", Trans.displacement(0, 0), 2, 1, 33, 0, 0, 26),
                Instance.array("C", Trans.displacement(0, 26), 2, 1, 33, 0, 0, 26),
                Instance.array("C", Trans.displacement(67, 0), 1, 1, 33, 0, 0, 26),
                Instance.array("C", Trans.displacement(67, 26), 1, 1, 33, 0, 0, 26)), insts);
        assertTrue(ly.warnings().get(0).contains("split into 4 sub-arrays"), ly.warnings().get(0));
    }

    @Test
    void unknownAndObsoleteRecordsAreSkippedWithAWarning() {
        GdsBytes b = new GdsBytes().libStart();
        int inHeader = b.size();
        b.raw(6, 0x70, 2, new byte[] {0, 1}).beginCell("TOP");
        int inCell = b.size();
        b.raw(4, 0x71, 0, new byte[0]).rec(BOUNDARY).i2(LAYER, 1);
        int inElement = b.size();
        b.i2(TAPENUM, 3).i2(DATATYPE, 0).xy(0, 0, 1, 0, 1, 1, 0, 0).rec(ENDEL).endCell().endLib();
        Layout ly = read(b);
        assertEquals(1, ly.cell("TOP").shapes(new LayerKey(1, 0)).size());
        assertEquals(List.of("test.gds: offset " + inHeader + ": unknown record unknown (type 0x70) skipped",
                "test.gds: offset " + inCell + ": unknown record unknown (type 0x71) skipped",
                "test.gds: offset " + inElement + ": unsupported record TAPENUM skipped"), ly.warnings());
    }

    @Test
    void missingEndelIsToleratedLikeKLayout() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP")
                .rec(BOUNDARY).i2(LAYER, 1).i2(DATATYPE, 0).xy(0, 0, 1, 0, 1, 1, 0, 0)
                .square(1, 5, 5, 1).endCell().endLib();
        Layout ly = read(b);
        assertEquals(2, ly.cell("TOP").shapes(new LayerKey(1, 0)).size());
        assertTrue(ly.warnings().get(0).contains("without ENDEL"), ly.warnings().toString());
    }

    @Test
    void severalXyRecordsFormOneElement() {
        int n = 9000;
        int[] first = new int[2 * 8000];
        int[] rest = new int[2 * (n - 8000) + 2];
        for (int i = 0; i < n; i++) {
            int[] dst = i < 8000 ? first : rest;
            int k = i < 8000 ? i : i - 8000;
            dst[2 * k] = i;
            dst[2 * k + 1] = (i % 2) * 100 + (i == 0 || i == n - 1 ? -50 : 0);
        }
        rest[rest.length - 2] = 0;
        rest[rest.length - 1] = -50; // closing point
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP")
                .rec(BOUNDARY).i2(LAYER, 1).i2(DATATYPE, 0).xy(first).xy(rest).rec(ENDEL).endCell().endLib();
        Shapes s = read(b).cell("TOP").shapes(new LayerKey(1, 0));
        assertEquals(1, s.size());
        assertEquals(n, s.pointCount(0));
        assertEquals(8999, s.x(0, n - 1));
    }

    @Test
    void contextInfoCellIsKeptApartFromTheDesignCells() {
        GdsBytes b = new GdsBytes().libStart().beginCell(GdsStreamParser.CONTEXT_INFO_CELL)
                .rec(SREF).str(SNAME, "PCELL").xy(0, 0).i2(PROPATTR, 0).str(PROPVALUE, "LIB=Basic").rec(ENDEL)
                .endCell().beginCell("PCELL").square(1, 0, 0, 5).endCell().endLib();
        Layout ly = read(b);
        assertEquals(1, ly.cellCount());
        assertEquals("PCELL", ly.topCells().get(0).name());
        assertEquals(1, ly.contextInfoCell().instances().size());
    }

    @Test
    void undefinedCellsBecomeEmptyCellsWhenAllowed() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").sref("MISSING", 5, 5).endCell().endLib();
        Layout ly = read(b, new GdsReadOptions(true));
        assertEquals(2, ly.cellCount()); // as KLayout: a ghost cell
        assertEquals(List.of("TOP"), ly.topCells().stream().map(Cell::name).toList());
        assertTrue(ly.cell("MISSING").shapesByLayer().isEmpty());
        assertTrue(ly.warnings().get(0).contains("undefined cell 'MISSING'"), ly.warnings().toString());
    }

    @Test
    void forwardReferencesResolve() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").sref("LATER", 0, 0).endCell()
                .beginCell("LATER").square(1, 0, 0, 1).endCell().endLib();
        Layout ly = read(b);
        assertEquals(List.of("TOP", "LATER"), ly.cells().stream().map(Cell::name).toList());
        assertEquals(66, ly.cell("TOP").sourceOffset());
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesNotByTheName() throws IOException {
        byte[] plain = new GdsBytes().libStart().beginCell("TOP").square(1, 0, 0, 10).endCell().endLib().bytes();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
            z.write(plain);
        }
        Path gzNamedPlain = tmp.resolve("a.gds");
        Files.write(gzNamedPlain, zipped.toByteArray());
        Path plainNamedGz = tmp.resolve("b.gds.gz");
        Files.write(plainNamedGz, plain);
        assertEquals(1, GdsReader.read(gzNamedPlain).cell("TOP").shapes(new LayerKey(1, 0)).size());
        assertEquals(1, GdsReader.read(plainNamedGz).cell("TOP").shapes(new LayerKey(1, 0)).size());
    }

    @Test
    void paddingAfterEndlibIsIgnored() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").endCell().endLib();
        byte[] data = java.util.Arrays.copyOf(b.bytes(), 2048);
        Layout ly = GdsReader.read(new ByteArrayInputStream(data), "padded.gds");
        assertEquals(1, ly.cellCount());
        assertNull(ly.contextInfoCell());
    }

    @Test
    void coordinatesArePackedInTheShapesArray() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").square(1, -3, 4, 10).square(1, 100, 100, 1)
                .endCell().endLib();
        Shapes s = read(b).cell("TOP").shapes(new LayerKey(1, 0));
        int[] xy = s.coordinates();
        int from = s.offset(1);
        assertArrayEquals(new int[] {100, 100, 101, 100, 101, 101, 100, 101},
                java.util.Arrays.copyOfRange(xy, from, from + 8));
    }

    @Test
    void stringsAreUtf8WhenValidAndLatin1Otherwise() {
        byte[] utf8 = "5µm_é".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP")
                .rec(TEXT).i2(LAYER, 1).i2(TEXTTYPE, 0).xy(0, 0).rec(STRING, java.util.Arrays.copyOf(utf8, 8))
                .rec(ENDEL)
                .rec(TEXT).i2(LAYER, 1).i2(TEXTTYPE, 0).xy(0, 0).rec(STRING, new byte[] {'a', (byte) 0xB5})
                .rec(ENDEL).endCell().endLib();
        List<Text> texts = read(b).cell("TOP").textsByLayer().get(new LayerKey(1, 0));
        assertEquals("5µm_é", texts.get(0).string());
        assertEquals("aµ", texts.get(1).string());
    }
}
