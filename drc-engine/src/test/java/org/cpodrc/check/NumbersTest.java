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
}
