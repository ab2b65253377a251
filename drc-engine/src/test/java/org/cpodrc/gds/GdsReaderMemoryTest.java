package org.cpodrc.gds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap per shape when reading a large flat file (2 million rectangles written as BOUNDARY). Too
 * slow for every build: runs with {@code -Dcpodrc.heavy=true}.
 */
class GdsReaderMemoryTest {
    private static final int SHAPES = 2_000_000;

    @TempDir
    Path tmp;

    @Test
    void twoMillionBoundariesCostFewBytesEach() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("cpodrc.heavy"),
                "heavy test: run with -Dcpodrc.heavy=true to measure heap per shape");
        Path file = tmp.resolve("big.gds");
        writeBigFile(file);
        long before = usedHeapAfterGc();
        Layout ly = GdsReader.read(file);
        long after = usedHeapAfterGc();
        assertEquals(SHAPES, ly.cell("TOP").shapes(new LayerKey(1, 0)).size() + ly.cell("TOP").shapes(new LayerKey(2, 0)).size());
        double perShape = (after - before) / (double) SHAPES;
        System.out.printf("GDS memory: file %d bytes, %d shapes, retained heap %d bytes = %.1f bytes/shape%n",
                Files.size(file), SHAPES, after - before, perShape);
        // 4 points = 32 bytes of coordinates plus 5 bytes of index per shape
        assertTrue(perShape < 48, "bytes per shape: " + perShape);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void writeBigFile(Path file) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            GdsOutput out = new GdsOutput(os);
            out.int2(GdsRecordType.HEADER, 600);
            out.int2(GdsRecordType.BGNLIB, new int[12]);
            out.string(GdsRecordType.LIBNAME, "BIG");
            out.real8(GdsRecordType.UNITS, 0.001, 1e-9);
            out.int2(GdsRecordType.BGNSTR, new int[12]);
            out.string(GdsRecordType.STRNAME, "TOP");
            int[] xy = new int[10];
            for (int i = 0; i < SHAPES; i++) {
                int x = (i % 2000) * 10;
                int y = (i / 2000) * 10;
                out.empty(GdsRecordType.BOUNDARY);
                out.int2(GdsRecordType.LAYER, 1 + (i % 2));
                out.int2(GdsRecordType.DATATYPE, 0);
                int[] p = {x, y, x + 5, y, x + 5, y + 5, x, y + 5, x, y};
                System.arraycopy(p, 0, xy, 0, 10);
                out.xy(xy, 0, 5);
                out.empty(GdsRecordType.ENDEL);
            }
            out.empty(GdsRecordType.ENDSTR);
            out.empty(GdsRecordType.ENDLIB);
            out.flush();
        }
    }
}
