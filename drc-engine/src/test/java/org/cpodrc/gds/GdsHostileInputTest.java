package org.cpodrc.gds;

import static org.cpodrc.gds.GdsRecordType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.GZIPOutputStream;

import org.cpodrc.InputException;
import org.cpodrc.layout.Layout;
import org.junit.jupiter.api.Test;

/** Rows of issue 13 that concern the GDSII reader: MAG of references, damaged gzip streams. */
class GdsHostileInputTest {
    private static GdsBytes withMag(double mag) {
        GdsBytes b = new GdsBytes().libStart().beginCell("A").square(1, 0, 0, 10).endCell().beginCell("TOP");
        return b.rec(SREF).str(SNAME, "A").i2(STRANS, 0).r8(MAG, mag).xy(0, 0).rec(ENDEL).endCell().endLib();
    }

    private static long magOffset(GdsBytes b) {
        // HEADER 6, BGNLIB 28, LIBNAME 12, UNITS 20, BGNSTR 28, STRNAME 6, boundary 4+6+6+44+4, ENDSTR 4,
        // BGNSTR 28, STRNAME 8, SREF 4, SNAME 6, STRANS 6: computed rather than counted by hand
        GdsBytes prefix = new GdsBytes().libStart().beginCell("A").square(1, 0, 0, 10).endCell().beginCell("TOP")
                .rec(SREF).str(SNAME, "A").i2(STRANS, 0);
        return prefix.size();
    }

    @Test
    void referenceMagnificationMustBePositiveAsInKLayout() {
        for (double mag : new double[] {0, -2}) {
            GdsBytes b = withMag(mag);
            InputException e = assertThrows(InputException.class,
                    () -> GdsReader.read(new ByteArrayInputStream(b.bytes()), "m.gds"));
            assertEquals("m.gds: offset " + magOffset(b) + ": MAG " + mag + " of SREF 'A' is not positive "
                    + "(a cell reference needs a magnification above 0)", e.getMessage());
        }
        Layout ok = GdsReader.read(new ByteArrayInputStream(withMag(1.5).bytes()), "m.gds");
        assertEquals(1.5, ok.cell("TOP").instances().get(0).trans().mag(), 0);
    }

    @Test
    void textMagnificationIsNotCheckedAsInKLayout() {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP").rec(TEXT).i2(LAYER, 1).i2(TEXTTYPE, 0)
                .i2(STRANS, 0).r8(MAG, 0).xy(0, 0).str(STRING, "t").rec(ENDEL).endCell().endLib();
        GdsReader.read(new ByteArrayInputStream(b.bytes()), "t.gds");
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void gzipStreamsAreVerifiedToTheirEnd() throws Exception {
        byte[] plain = new GdsBytes().libStart().beginCell("TOP").square(1, 0, 0, 10).endCell().endLib().bytes();
        byte[] good = gzip(plain);
        GdsReader.read(new ByteArrayInputStream(good), "ok.gds.gz");

        byte[] badCrc = good.clone();
        badCrc[badCrc.length - 8] ^= 0x55; // first byte of the CRC-32 in the trailer
        assertEquals("crc.gds.gz: offset " + plain.length + ": damaged gzip stream: the CRC-32 or length in the "
                        + "gzip trailer does not match the data (corrupted file)",
                assertThrows(InputException.class,
                        () -> GdsReader.read(new ByteArrayInputStream(badCrc), "crc.gds.gz")).getMessage());

        byte[] badLength = good.clone();
        badLength[badLength.length - 1] ^= 0x01;
        assertThrows(InputException.class, () -> GdsReader.read(new ByteArrayInputStream(badLength), "len.gds.gz"));

        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 4);
        String m = assertThrows(InputException.class,
                () -> GdsReader.read(new ByteArrayInputStream(truncated), "cut.gds.gz")).getMessage();
        assertTrue(m.startsWith("cut.gds.gz: offset ") && m.contains("damaged gzip stream"), m);
    }

    @Test
    void corruptedCompressedPayloadIsAnInputError() throws Exception {
        GdsBytes b = new GdsBytes().libStart().beginCell("TOP");
        java.util.Random r = new java.util.Random(13);
        for (int i = 0; i < 200; i++) {
            b.square(1 + r.nextInt(5), r.nextInt(100000), r.nextInt(100000), 1 + r.nextInt(1000));
        }
        byte[] good = gzip(b.endCell().endLib().bytes());
        int failures = 0;
        for (int k = 0; k < 200; k++) {
            byte[] bad = good.clone();
            int at = 10 + r.nextInt(bad.length - 10);
            bad[at] = (byte) (bad[at] ^ (1 + r.nextInt(255)));
            try {
                GdsReader.read(new ByteArrayInputStream(bad), "z.gds.gz");
            } catch (InputException e) {
                assertTrue(e.getMessage().startsWith("z.gds.gz: offset "), e.getMessage());
                failures++;
            }
        }
        // every changed byte of a deflate stream changes the data or its CRC: all must be refused
        assertEquals(200, failures);
    }
}
