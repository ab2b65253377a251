package org.cpodrc.check.packaging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats for messages: locale-independent so reports are byte-identical everywhere. */
final class Fmt {
    private Fmt() {
    }

    /** A length in µm with 3 decimals (one nanometre). */
    static String um(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Up to three decimals without trailing zeros, but at least one: 3.0, 0.5, 1.79, 0.28. */
    static String compact(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) {
            d = d.setScale(1);
        }
        return d.toPlainString();
    }

    /** Up to three decimals, trailing zeros dropped: 3200, 400.5. */
    static String plain(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * A metric value rounded to {@code decimals} places, so reports show 79.6 rather than
     * 79.60000000000001 (the rounding is far below one database unit).
     */
    static double round(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    static String point(Port p, double dbuUm) {
        return "(" + um(p.x() * dbuUm) + ", " + um(p.y() * dbuUm) + ")";
    }
}
