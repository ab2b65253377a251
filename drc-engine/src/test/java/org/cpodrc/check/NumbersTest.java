package org.cpodrc.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void stableShortDecimals() {
        assertEquals("40.0", Numbers.format(40));
        assertEquals("12.345", Numbers.format(12345 * 0.001));
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("0.0", Numbers.format(-0.0));
        assertEquals("0.0", Numbers.format(-1e-9));
        assertEquals("-2.5", Numbers.format(-2.5));
        assertEquals("1.574803", Numbers.format(3.2 / 2.032));
        assertEquals("123456789012.0", Numbers.format(123456789012.0));
        assertEquals("0.00025", Numbers.format(0.00025));
        assertEquals("NaN", Numbers.format(Double.NaN));
    }

    /** The fast path for ordinary values gives exactly what the exact decimal rounding gives. */
    @Test
    void sameAsExactDecimalRounding() {
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextInt(2_000_000_000) * 0.001 - 1e6;        // coordinates in um at 1 nm grid
                case 1 -> (r.nextInt(20_000_001) - 10_000_000) * 1e-7;   // half-micro ties and near-ties
                case 2 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(16) - 8);
                default -> r.nextLong() / 1e6 * 1e-7;
            };
            assertEquals(exact(v), Numbers.format(v), "value " + v);
        }
        assertEquals(exact(0.0000005), Numbers.format(0.0000005));
        assertEquals(exact(-0.0000015), Numbers.format(-0.0000015));
        assertEquals(exact(999999.9999995), Numbers.format(999999.9999995));
    }

    private static String exact(double v) {
        java.math.BigDecimal d = new java.math.BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0.0";
        }
        String s = d.toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }
}
