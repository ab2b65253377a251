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
        if (Math.abs(v) < 1e6) {
            // fast path (reports print up to millions of numbers): v * 1e6 is off by far less than
            // 0.01, so unless v lies near a rounding tie the nearest integer is the exact answer
            double scaled = v * 1e6;
            double r = Math.rint(scaled);
            if (Math.abs(Math.abs(scaled - r) - 0.5) > 0.01) {
                return fixed((long) r);
            }
        }
        BigDecimal d = new BigDecimal(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0.0";
        }
        String s = d.toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }

    /** micros / 10^6 written as format does: trailing zeros dropped, one decimal kept, no negative zero. */
    private static String fixed(long micros) {
        if (micros == 0) {
            return "0.0";
        }
        long a = Math.abs(micros);
        StringBuilder b = new StringBuilder(24);
        if (micros < 0) {
            b.append('-');
        }
        b.append(a / 1_000_000).append('.');
        long frac = a % 1_000_000;
        if (frac == 0) {
            return b.append('0').toString();
        }
        int digits = DECIMALS;
        while (frac % 10 == 0) {
            frac /= 10;
            digits--;
        }
        String f = Long.toString(frac);
        for (int i = f.length(); i < digits; i++) {
            b.append('0');
        }
        return b.append(f).toString();
    }
}
