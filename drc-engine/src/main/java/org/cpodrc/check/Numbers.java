package org.cpodrc.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one number format of messages and reports: at most six decimals (a picometre at 1 nm
 * database units, so floating-point noise such as 12.345000000000001 never shows), trailing zeros
 * dropped but at least one decimal kept ({@code 40.0}), no exponent, no negative zero. Stable
 * across runs and platforms, which byte-identical JSON reports rely on.
 */
public final class Numbers {
    private static final int DECIMALS = 6;

    private Numbers() {
    }

    /** The value formatted as described; "NaN" or "Infinity" only for non-finite input. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        BigDecimal d = new BigDecimal(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0.0";
        }
        String s = d.toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }
}
