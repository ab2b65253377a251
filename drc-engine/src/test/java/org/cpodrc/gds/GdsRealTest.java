package org.cpodrc.gds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GdsRealTest {
    // bit patterns as written by KLayout/Calma tools for common values
    @Test
    void decodesKnownBitPatterns() {
        assertEquals(1e-3, GdsReal.toDouble(0x3E4189374BC6A7EFL));
        assertEquals(1e-9, GdsReal.toDouble(0x3944B82FA09B5A53L));
        assertEquals(0.5, GdsReal.toDouble(0x4080000000000000L));
        assertEquals(1.0, GdsReal.toDouble(0x4110000000000000L));
        assertEquals(90.0, GdsReal.toDouble(0x425A000000000000L));
        assertEquals(-90.0, GdsReal.toDouble(0xC25A000000000000L));
        assertEquals(-0.5, GdsReal.toDouble(0xC080000000000000L));
        assertEquals(0.0, GdsReal.toDouble(0L));
        // a zero mantissa is zero whatever the exponent
        assertEquals(0.0, GdsReal.toDouble(0x4100000000000000L));
    }

    @Test
    void encodesKnownValues() {
        assertEquals(0x4080000000000000L, GdsReal.fromDouble(0.5));
        assertEquals(0x4110000000000000L, GdsReal.fromDouble(1.0));
        assertEquals(0x425A000000000000L, GdsReal.fromDouble(90.0));
        assertEquals(0xC25A000000000000L, GdsReal.fromDouble(-90.0));
        assertEquals(0L, GdsReal.fromDouble(0.0));
        // 1e-3 and 1e-9 as doubles are not the 56-bit values above, but they must read back exactly
        assertEquals(1e-3, GdsReal.toDouble(GdsReal.fromDouble(1e-3)));
        assertEquals(1e-9, GdsReal.toDouble(GdsReal.fromDouble(1e-9)));
    }

    @Test
    void everyDoubleRoundTripsExactly() {
        Random r = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) > 1e75 || Math.abs(v) < 1e-75) {
                continue;
            }
            assertEquals(v, GdsReal.toDouble(GdsReal.fromDouble(v)), "value " + v);
        }
        for (double v : new double[] {0.25, 1.5, 30.0, 45.0, 1e-6, 0.00025, 2.5e-10, 123456.789, -1e-3}) {
            assertEquals(v, GdsReal.toDouble(GdsReal.fromDouble(v)));
        }
    }
}
