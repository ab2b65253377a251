package org.cpodrc.oasis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.cpodrc.InputException;
import org.cpodrc.flatten.Flattener;
import org.cpodrc.layout.Layout;
import org.junit.jupiter.api.Test;

/** Bad OASIS input: one located message ("FILE: offset N: what") per kind of damage, and seeded corruption. */
class OasisReaderErrorTest {
    private static final int X = 0x10;
    private static final int Y = 0x08;
    private static final int D = 0x02;
    private static final int L = 0x01;

    private static Layout read(byte[] b) {
        return OasisReader.read(new ByteArrayInputStream(b), "t.oas", OasisReadOptions.DEFAULTS);
    }

    private static String error(byte[] b) {
        return assertThrows(InputException.class, () -> read(b)).getMessage();
    }

    private static OasisBytes cellWithBox() {
        return OasisBytes.start().b(14).str("TOP").b(20).b(0x40 | 0x20 | X | Y | D | L).u(1).u(0).u(10).u(20).s(0).s(0);
    }

    @Test
    void goodFileReads() {
        Layout l = read(cellWithBox().end(1));
        assertEquals(1, l.cell("TOP").shapesByLayer().values().iterator().next().size());
    }

    @Test
    void notOasis() {
        assertEquals("t.oas: offset 0: not an OASIS file: it does not start with %SEMI-OASIS",
                error("%SEMI-OASIX\r\n".getBytes()));
        assertTrue(error(new byte[] {'%', 'S'}).startsWith("t.oas: offset 2: not an OASIS file"));
    }

    @Test
    void truncatedFilesAreLocated() {
        byte[] good = cellWithBox().end();
        assertEquals("t.oas: offset 39: file ends without an END record (truncated)", error(Arrays.copyOf(good, 39)));
        for (int n = 14; n < good.length; n++) {
            String m = error(Arrays.copyOf(good, n));
            assertTrue(m.startsWith("t.oas: offset ") && m.contains("truncated"), n + ": " + m);
        }
    }

    @Test
    void validationSumsAreChecked() {
        byte[] crc = cellWithBox().end(1);
        crc[30] ^= 1; // inside the box record: the signature no longer matches
        String m = error(crc);
        assertTrue(m.matches("t\\.oas: offset \\d+: validation failed: the END record's CRC32 is 0x[0-9a-f]{8} but the file's is 0x[0-9a-f]{8} \\(file damaged\\)"), m);
        byte[] sum = cellWithBox().end(2);
        sum[sum.length - 1] ^= 0x40;
        assertTrue(error(sum).contains("validation failed: the END record's checksum32"), error(sum));
        byte[] scheme = cellWithBox().end(0);
        scheme[scheme.length - 1] = 5;
        assertTrue(error(scheme).contains("invalid validation scheme 5"));
    }

    @Test
    void badCblocks() {
        OasisBytes b = OasisBytes.start().b(34).u(0).u(100).u(4).b(1, 2, 3, 4);
        assertTrue(error(b.end()).startsWith("t.oas: offset 34: bad CBLOCK"), error(b.end()));
        assertTrue(error(OasisBytes.start().b(34).u(3).u(1).u(1).b(0).end()).contains("unknown CBLOCK compression type 3"));
        OasisBytes wrongSize = OasisBytes.start();
        wrongSize.cblock(OasisBytes.body().b(14).str("A"));
        byte[] w = wrongSize.end();
        w[36]++; // the announced decompressed size
        assertTrue(error(w).contains("bad CBLOCK"), error(w));
        // an error inside a CBLOCK names the CBLOCK's offset and the byte within its data
        byte[] inner = OasisBytes.start().cblock(OasisBytes.body().b(14).str("A").b(99)).end();
        assertEquals("t.oas: offset 34: in the CBLOCK, at byte 3 of its data: unknown record type 99", error(inner));
    }

    @Test
    void undefinedReferences() {
        assertEquals("t.oas: offset 34: cell reference number 4 has no CELLNAME record",
                error(OasisBytes.start().b(13).u(4).end()));
        assertEquals("t.oas: offset 37: placement of an undefined cell 'B' in cell 'A'",
                error(OasisBytes.start().b(14).str("A").b(17).b(0x80).str("B").end()));
        assertTrue(error(OasisBytes.start().b(14).str("A").b(19).b(0x40 | 0x20 | 3).u(1).u(1).u(1).end())
                .contains("text string reference number 1 has no TEXTSTRING record"));
        assertTrue(error(OasisBytes.start().b(3).str("A").b(4).str("B").u(5).end())
                .contains("explicit and implicit CELLNAME reference numbers mixed"));
        assertTrue(error(OasisBytes.start().b(14).str("A").b(14).str("A").end()).contains("cell 'A' is defined twice"));
        Layout ghost = OasisReader.read(new ByteArrayInputStream(OasisBytes.start().b(14).str("A").b(17).b(0x80)
                .str("B").end()), "t.oas", new OasisReadOptions(true, 100));
        assertTrue(ghost.hasCell("B"));
    }

    @Test
    void malformedRecords() {
        assertEquals("t.oas: offset 37: unknown record type 99", error(OasisBytes.start().b(14).str("A").b(99).end()));
        assertTrue(error(OasisBytes.start().b(20).b(0).end()).contains("RECTANGLE record outside a cell"));
        assertTrue(error(OasisBytes.start().b(14).str("A").b(20).b(0x40 | 0x20).u(1).u(1).end())
                .contains("RECTANGLE without layer (modal variable undefined)"));
        assertTrue(error(cellWithBox().b(20).b(0x04).u(12).end()).contains("invalid repetition type 12"));
        assertTrue(error(cellWithBox().b(20).b(0x04).u(0).end()).contains("repetition type 0 (reuse the last) without"));
        assertTrue(error(cellWithBox().b(21).b(0x20).u(9).u(0).end()).contains("invalid point-list type 9"));
        assertTrue(error(cellWithBox().b(26).b(0x80).u(26).end()).contains("invalid CTRAPEZOID type 26"));
        assertTrue(error(cellWithBox().b(18).b(0x80 | 0x04).str("TOP").u(8).end()).contains("invalid real type 8"));
        assertTrue(error(cellWithBox().b(18).b(0x80 | 0x04).str("TOP").u(2).u(0).end()).contains("denominator 0"));
        assertTrue(error(cellWithBox().b(20).b(0x10).s(1L << 40).end()).contains("does not fit the 32-bit database grid"));
        assertTrue(error(cellWithBox().b(28).b(0x10 | 0x04).str("p").u(16).end()).contains("invalid property value type 16"));
        assertTrue(error(cellWithBox().b(29).end()).contains("PROPERTY repeat (record 29) without a previous PROPERTY"));
        assertTrue(error(cellWithBox().b(1).end()).contains("second START record"));
        assertTrue(error(cellWithBox().b(22).b(0x40 | 0x20).u(2).u(0).u(0).end()).contains("PATH without extensions"));
        byte[] v2 = OasisBytes.start().end();
        v2[15] = '2';
        assertTrue(error(v2).contains("unsupported OASIS version '2.0'"));
    }

    @Test
    void strictModeTablesAreChecked() {
        OasisBytes b = new OasisBytes();
        b.bytes("%SEMI-OASIS\r\n".getBytes()).b(1).str("1.0").b(0).u(1000).u(0);
        b.u(1).u(0); // CELLNAME table strict, offset 0
        for (int i = 0; i < 10; i++) {
            b.u(0);
        }
        b.b(3).str("A").b(13).u(0);
        assertTrue(error(b.end()).contains("strict mode: CELLNAME record but the CELLNAME table offset is 0"));
    }

    @Test
    void repetitionsAreBoundedByMaxShapes() {
        byte[] b = cellWithBox().b(20).b(0x04).u(1).u(5000).u(5000).u(1).u(1).end();
        String m = assertThrows(InputException.class, () -> OasisReader.read(new ByteArrayInputStream(b), "t.oas",
                OasisReadOptions.DEFAULTS.withMaxShapes(1_000_000))).getMessage();
        assertEquals("t.oas: offset 47: the file's elements and their repetitions exceed --max-shapes 1000000", m);
    }

    @Test
    void missingFile(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Path missing = tmp.resolve("no.oas");
        assertEquals(missing + ": file not found",
                assertThrows(InputException.class, () -> OasisReader.read(missing)).getMessage());
    }

    /** Seeded corruption (byte changes, cuts) of a hand-built file and a real one: only located input errors. */
    @Test
    void corruptedFilesFailOnlyWithInputErrors() throws IOException {
        OasisBytes body = OasisBytes.body();
        body.b(3).str("LEAF").b(3).str("TOP").b(5).str("label").b(7).str("prop");
        body.b(13).u(0).b(20).b(0x40 | 0x20 | X | Y | D | L).u(1).u(0).u(40).u(90).s(0).s(0);
        body.b(28).b(0x10 | 0x04 | 0x02).u(0).u(10).str("v");
        body.b(22).b(0x80 | 0x40 | 0x20 | X | Y | D | L).u(2).u(0).u(5).u(0x0B).s(3).u(2).u(2).u(100 << 2).u(50 << 2 | 1)
                .s(0).s(0);
        body.b(27).b(0x20 | X | Y | 0x04 | D).u(0).u(8).s(5).s(5).u(1).u(1).u(1).u(30).u(40);
        body.b(26).b(0x80 | 0x40 | 0x20 | X | D).u(3).u(4).u(100).u(30).s(200);
        body.b(13).u(1).b(17).b(0x80 | 0x40 | 0x20 | 0x10 | 0x08 | 0x02).u(0).s(10).s(10).u(8).u(1).u(1)
                .u(30 << 4).u(7 << 2 | 1).s(40);
        body.b(18).b(0x80 | 0x40 | 0x04 | 0x02).u(0).u(4).u(3).u(2).u(7).u(0).u(0);
        body.b(19).b(0x40 | 0x20 | X | 0x02 | 0x01).u(0).u(5).u(0).s(7);
        body.b(23).b(0x40 | 0x20 | X | D | L).u(4).u(0).u(100).u(30).s(10).s(-10).s(0);
        body.b(21).b(0x20 | X | 0x04 | D | L).u(5).u(0).u(4).u(3).u(10 << 4).u(10 << 4 | 2).u(5 << 2 | 3).s(-5).s(0)
                .u(10).u(2).u(100 << 4).u(3 << 2 | 1).s(7).u(20 << 4 | 1 << 1);
        byte[] good = OasisBytes.start().cblock(body).end(1);
        byte[] plain = OasisBytes.start().bytes(copy(body)).end(2);
        read(good);
        read(plain);
        byte[] real = Files.readAllBytes(Path.of(System.getProperty("cpodrc.shared", "../../shared"))
                .resolve("corpus/oasis/openebl_EBeam_mghazialsharif_MZI_static.oas"));
        Random r = new Random(2026);
        int parsed = 0;
        int total = 0;
        for (byte[] base : List.of(good, plain, plain, real)) {
            for (int k = 0; k < 1500; k++) {
                byte[] bad = base.clone();
                int changes = 1 + r.nextInt(3);
                for (int c = 0; c < changes; c++) {
                    bad[r.nextInt(bad.length)] = (byte) r.nextInt(256);
                }
                if (r.nextInt(4) == 0) {
                    bad = Arrays.copyOf(bad, r.nextInt(bad.length));
                }
                total++;
                try {
                    Layout l = OasisReader.read(new ByteArrayInputStream(bad), "fuzz.oas",
                            OasisReadOptions.DEFAULTS.withMaxShapes(100_000));
                    new Flattener(l, 100_000, "fuzz.oas").checkLimit(l.topCells()); // cycles and array sizes
                    parsed++;
                } catch (InputException e) {
                    assertTrue(e.getMessage().startsWith("fuzz.oas: "), e.getMessage());
                }
            }
        }
        assertTrue(parsed > 0 && parsed < total, "parsed " + parsed + " of " + total);
    }

    /** The body's records without CBLOCK (plain records after the compressed ones). */
    private static byte[] copy(OasisBytes body) {
        byte[] all = body.end();
        return Arrays.copyOf(all, all.length - 256);
    }
}
