package org.cpodrc.gds;

import static org.cpodrc.gds.GdsRecordType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.cpodrc.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives "FILE: offset N: what", N being the offending record's offset. */
class GdsReaderErrorTest {
    @TempDir
    Path tmp;

    private static String error(byte[] data) {
        InputException e = assertThrows(InputException.class,
                () -> GdsReader.read(new ByteArrayInputStream(data), "bad.gds"));
        return e.getMessage();
    }

    private static String error(GdsBytes b) {
        return error(b.bytes());
    }

    @Test
    void emptyFile() {
        assertEquals("bad.gds: offset 0: empty file, not a GDSII stream", error(new byte[0]));
    }

    @Test
    void notAGdsFile() {
        assertEquals("bad.gds: offset 0: not a GDSII stream: the first record must be HEADER, found unknown (type 0x6C)",
                error("hello world, this is text\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("bad.gds: offset 0: not a GDSII stream: the first record must be HEADER, found BGNLIB",
                error(new GdsBytes().i2(BGNLIB, new int[12])));
    }

    @Test
    void truncatedRecord() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP");
        int at = b.size();
        b.square(1, 0, 0, 10).endCell().endLib();
        byte[] cut = Arrays.copyOf(b.bytes(), at + 2);
        assertEquals("bad.gds: offset " + at + ": truncated record header (2 of 4 bytes before the end of the file)",
                error(cut));
        int xyAt = at + 4 + 6 + 6;
        byte[] cutXy = Arrays.copyOf(b.bytes(), xyAt + 10);
        assertEquals("bad.gds: offset " + xyAt + ": truncated XY record (40 data bytes expected, file ends after 6)",
                error(cutXy));
    }

    @Test
    void recordLengthBelowFour() {
        GdsBytes b = new GdsBytes().libStart();
        int at = b.size();
        b.raw(2, BGNSTR.number, 2, new byte[0]);
        assertEquals("bad.gds: offset " + at + ": invalid record length 2 (less than 4)", error(b));
    }

    @Test
    void oddLengthForTwoByteData() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").rec(BOUNDARY);
        int at = b.size();
        b.raw(7, LAYER.number, 2, new byte[] {0, 1, 0});
        assertEquals("bad.gds: offset " + at + ": LAYER record length 7 does not fit its 2-byte data items", error(b));
    }

    @Test
    void xyLengthNotAMultipleOfEight() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").rec(BOUNDARY).i2(LAYER, 1).i2(DATATYPE, 0);
        int at = b.size();
        b.i4(XY, 1, 2, 3);
        assertEquals("bad.gds: offset " + at + ": XY record length 16 is not 4 plus a multiple of 8", error(b));
    }

    @Test
    void wrongItemCountAndDataType() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").rec(BOUNDARY);
        int at = b.size();
        b.i2(LAYER, 1, 2);
        assertEquals("bad.gds: offset " + at + ": LAYER record carries 2 items, expected 1", error(b));
        GdsBytes c = new GdsBytes().libStart().beginCell("TOP").rec(BOUNDARY);
        int at2 = c.size();
        c.raw(8, LAYER.number, 3, new byte[] {0, 0, 0, 1});
        assertEquals("bad.gds: offset " + at2 + ": LAYER record has data type 3, expected 2", error(c));
        GdsBytes d = new GdsBytes().libStart().beginCell("TOP");
        int at3 = d.size();
        d.raw(6, ENDEL.number, 0, new byte[] {0, 0});
        assertEquals("bad.gds: offset " + at3 + ": ENDEL record carries 2 data bytes, expected none", error(d));
    }

    @Test
    void xyOutsideAnElement() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP");
        int at = b.size();
        b.xy(0, 0).endCell().endLib();
        assertEquals("bad.gds: offset " + at + ": XY record out of place in structure 'TOP' (outside an element)",
                error(b));
    }

    @Test
    void boundaryOutsideAStructure() {
        GdsBytes b = new GdsBytes().libStart();
        int at = b.size();
        b.boundary(1, 0, 0, 0, 1, 0, 1, 1, 0, 0).endLib();
        assertEquals("bad.gds: offset " + at + ": BOUNDARY record out of place in the library header", error(b));
        GdsBytes c = new GdsBytes().libStart().beginCell("A").endCell();
        int at2 = c.size();
        c.boundary(1, 0, 0, 0, 1, 0, 1, 1, 0, 0).endLib();
        assertEquals("bad.gds: offset " + at2 + ": BOUNDARY record outside a structure", error(c));
    }

    @Test
    void recordOutOfPlaceInAnElement() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").rec(BOUNDARY).i2(LAYER, 1);
        int at = b.size();
        b.str(SNAME, "X");
        assertEquals("bad.gds: offset " + at + ": SNAME record out of place in a BOUNDARY element", error(b));
    }

    @Test
    void endlibMissing() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").square(1, 0, 0, 1).endCell();
        assertEquals("bad.gds: offset " + b.size() + ": file ends before ENDLIB: ENDLIB missing", error(b));
        GdsBytes c = new GdsBytes().libStart().beginCell("TOP").square(1, 0, 0, 1);
        assertEquals("bad.gds: offset " + c.size() + ": file ends in structure 'TOP' (no ENDSTR): ENDLIB missing",
                error(c));
    }

    @Test
    void headerNotFollowedByBgnlib() {
        GdsBytes b = new GdsBytes().i2(HEADER, 600);
        assertEquals("bad.gds: offset 6: file ends where BGNLIB was expected after HEADER", error(b));
        GdsBytes c = new GdsBytes().i2(HEADER, 600).str(LIBNAME, "X");
        assertEquals("bad.gds: offset 6: BGNLIB record expected after HEADER, found LIBNAME", error(c));
    }

    @Test
    void structureWithoutName() {
        GdsBytes b = new GdsBytes().libStart().i2(BGNSTR, new int[12]);
        int at = b.size();
        b.square(1, 0, 0, 1).endCell().endLib();
        assertEquals("bad.gds: offset " + at + ": STRNAME record expected after BGNSTR, found BOUNDARY", error(b));
    }

    @Test
    void elementsMissingRequiredRecords() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP");
        int at = b.size();
        b.rec(BOUNDARY).i2(DATATYPE, 0).xy(0, 0, 1, 0, 1, 1, 0, 0).rec(ENDEL).endCell().endLib();
        assertEquals("bad.gds: offset " + at + ": BOUNDARY element without LAYER", error(b));
        GdsBytes c = new GdsBytes().libStart().beginCell("TOP");
        int at2 = c.size();
        c.rec(TEXT).i2(LAYER, 1).i2(TEXTTYPE, 0).xy(0, 0).rec(ENDEL).endCell().endLib();
        assertEquals("bad.gds: offset " + at2 + ": TEXT element without STRING", error(c));
        GdsBytes d = new GdsBytes().libStart().beginCell("TOP");
        int at3 = d.size();
        d.rec(PATH).i2(LAYER, 1).i2(DATATYPE, 0).rec(ENDEL).endCell().endLib();
        assertEquals("bad.gds: offset " + at3 + ": PATH element without XY", error(d));
        GdsBytes e = new GdsBytes().libStart().beginCell("TOP");
        int at4 = e.size();
        e.rec(SREF).xy(0, 0).rec(ENDEL).endCell().endLib();
        assertEquals("bad.gds: offset " + at4 + ": SREF element without SNAME", error(e));
    }

    @Test
    void referenceCycle() {
        GdsBytes b = new GdsBytes().libStart();
        b.beginCell("A").sref("B", 0, 0).endCell();
        int bAt = b.size();
        b.beginCell("B").sref("C", 0, 0).endCell().beginCell("C").sref("B", 0, 0).endCell().endLib();
        assertEquals("bad.gds: offset " + bAt + ": reference cycle: B -> C -> B", error(b));
        GdsBytes self = new GdsBytes().libStart().beginCell("S").sref("S", 1, 1).endCell().endLib();
        assertEquals("bad.gds: offset 66: reference cycle: S -> S", error(self));
    }

    @Test
    void arrayWithZeroOrAbsurdColrow() {
        GdsBytes b = new GdsBytes().libStart().beginCell("C").endCell().beginCell("TOP");
        int at = b.size();
        b.rec(AREF).str(SNAME, "C").i2(COLROW, 0, 3).xy(0, 0, 0, 0, 0, 30).rec(ENDEL).endCell().endLib();
        assertEquals("bad.gds: offset " + at + ": AREF with COLROW 0 x 3 (must be at least 1 x 1)", error(b));
        GdsBytes c = new GdsBytes().libStart().beginCell("C").endCell().beginCell("TOP");
        int at2 = c.size();
        c.rec(AREF).str(SNAME, "C").i2(COLROW, 2, 40000).xy(0, 0, 20, 0, 0, 40000).rec(ENDEL).endCell().endLib();
        assertEquals("bad.gds: offset " + at2 + ": AREF with COLROW 2 x 40000 (at most 32767 per axis)", error(c));
        GdsBytes d = new GdsBytes().libStart().beginCell("C").endCell().beginCell("TOP");
        int at3 = d.size();
        d.rec(AREF).str(SNAME, "C").i2(COLROW, 2, 2).xy(0, 0, 20, 0).rec(ENDEL).endCell().endLib();
        assertEquals("bad.gds: offset " + at3 + ": AREF element with 2 points (needs at least 3)", error(d));
    }

    @Test
    void undefinedCell() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP");
        int at = b.size();
        b.sref("MISSING", 0, 0).endCell().endLib();
        assertEquals("bad.gds: offset " + at + ": reference to an undefined cell 'MISSING' in cell 'TOP'", error(b));
    }

    @Test
    void cellDefinedTwice() {
        GdsBytes b = new GdsBytes().libStart().beginCell("A").endCell();
        int at = b.size();
        b.beginCell("A").endCell().endLib();
        assertEquals("bad.gds: offset " + at + ": cell 'A' is defined twice (first at offset 66)", error(b));
    }

    @Test
    void missingFileAndBrokenGzip() throws Exception {
        Path missing = tmp.resolve("nope.gds");
        assertEquals(missing + ": file not found",
                assertThrows(InputException.class, () -> GdsReader.read(missing)).getMessage());
        Path broken = tmp.resolve("broken.gds.gz");
        Files.write(broken, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5});
        String m = assertThrows(InputException.class, () -> GdsReader.read(broken)).getMessage();
        assertTrue(m.startsWith(broken + ": offset 0: "), m);
    }

    /** Corrupted files (seeded random byte changes and cuts) fail only with InputException. */
    @Test
    void corruptedFilesFailOnlyWithInputErrors() {
        GdsBytes b = new GdsBytes().libStart().beginCell("C").square(1, 0, 0, 10)
                .rec(PATH).i2(LAYER, 2).i2(DATATYPE, 0).i2(PATHTYPE, 2).i4(WIDTH, 4).xy(0, 0, 10, 10).rec(ENDEL)
                .rec(TEXT).i2(LAYER, 3).i2(TEXTTYPE, 0).i2(STRANS, 0x8000).r8(MAG, 2).xy(1, 1).str(STRING, "t")
                .rec(ENDEL).endCell().beginCell("TOP").sref("C", 5, 5)
                .rec(AREF).str(SNAME, "C").i2(COLROW, 3, 2).xy(0, 0, 100, 0, 0, 51).rec(ENDEL).endCell().endLib();
        byte[] good = b.bytes();
        java.util.Random r = new java.util.Random(2024);
        int parsed = 0;
        for (int k = 0; k < 3000; k++) {
            byte[] bad = good.clone();
            int changes = 1 + r.nextInt(3);
            for (int c = 0; c < changes; c++) {
                bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
            }
            if (r.nextInt(4) == 0) {
                bad = Arrays.copyOf(bad, r.nextInt(bad.length));
            }
            try {
                GdsReader.read(new ByteArrayInputStream(bad), "fuzz.gds");
                parsed++;
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith("fuzz.gds: offset "), e.getMessage());
            }
        }
        assertTrue(parsed > 0 && parsed < 3000, "parsed " + parsed);
    }
}
