package org.cpodrc.decktest;

import java.math.BigDecimal;

import org.cpodrc.check.Violation;

/** How deck-test output writes markers: a bbox in µm and the measured value. */
final class Markers {
    private Markers() {
    }

    static String box(double x1, double y1, double x2, double y2) {
        return "[" + num(x1) + ", " + num(y1) + ", " + num(x2) + ", " + num(y2) + "]";
    }

    /** A reported violation as a test file would expect it. */
    static String of(Violation v, double dbuUm) {
        return box(v.x1() * dbuUm, v.y1() * dbuUm, v.x2() * dbuUm, v.y2() * dbuUm)
                + (Double.isNaN(v.measuredUm()) ? "" : " value " + num(v.measuredUm()));
    }

    /** A number without a trailing ".0" or binary noise (at most 6 decimals: the nm grid and below). */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
