package org.cpodrc.gds;

/**
 * GDSII 8-byte reals: sign bit, 7-bit excess-64 exponent of 16, 56-bit mantissa {@code m} with
 * value {@code m / 2^56 * 16^(e-64)}. Every finite double fits exactly (53 significant bits plus
 * at most 3 bits of hex alignment), so writing a double and reading it back returns it unchanged.
 */
public final class GdsReal {
    private GdsReal() {
    }

    /** Converts the 8 bytes (as a big-endian long) to the nearest double (one rounding). */
    public static double toDouble(long bits) {
        long mantissa = bits & 0x00FF_FFFF_FFFF_FFFFL;
        if (mantissa == 0) {
            return 0.0;
        }
        int exponent = (int) ((bits >>> 56) & 0x7F) - 64;
        // long -> double rounds once to nearest; scaling by a power of two is exact
        double v = Math.scalb((double) mantissa, 4 * exponent - 56);
        return bits < 0 ? -v : v;
    }

    /**
     * Encodes a double exactly. Values too large for the format raise IllegalArgumentException;
     * values too small for it (below 16^-65) become zero.
     */
    public static long fromDouble(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("cannot write " + value + " as a GDSII real");
        }
        if (value == 0) {
            return 0;
        }
        long sign = value < 0 ? Long.MIN_VALUE : 0;
        double a = Math.abs(value);
        int e2 = Math.getExponent(a); // a = 1.f * 2^e2 (normal numbers)
        long significand;
        if (e2 < Double.MIN_EXPONENT) {
            significand = Double.doubleToRawLongBits(a) & 0x000F_FFFF_FFFF_FFFFL;
            e2 = Double.MIN_EXPONENT - 52;
        } else {
            significand = (Double.doubleToRawLongBits(a) & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
            e2 -= 52;
        }
        // a = significand * 2^e2; want a = mantissa * 2^(4*h - 56) with mantissa < 2^56
        while (significand != 0 && (significand & 1) == 0) {
            significand >>= 1;
            e2++;
        }
        int bitLength = 64 - Long.numberOfLeadingZeros(significand);
        // choose hex exponent h so that mantissa = significand * 2^(e2 - 4h + 56) has < 57 bits and >= 2^52
        int top = e2 + bitLength; // a < 2^top
        int h = Math.floorDiv(top + 3, 4); // 16^h >= a
        int shift = e2 - 4 * h + 56;
        if (h + 64 > 127) {
            throw new IllegalArgumentException("value " + value + " is too large for a GDSII real");
        }
        if (h + 64 < 0) {
            return 0;
        }
        long mantissa = shift >= 0 ? significand << shift : significand >>> -shift;
        return sign | ((long) (h + 64) << 56) | mantissa;
    }
}
