package org.cpodrc.check.packaging;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a bandwidth density into Tbps/mm: {@code 3Tbps/mm}, {@code 0.5Tb/s/mm},
 * {@code 140Gbps/mm}, {@code 1317GB/s/mm} (bytes: 1 GB/s/mm = 0.008 Tbps/mm), {@code 2TB/s/mm}.
 * The case of b/B matters (bits versus bytes); a bare number is Tbps/mm, the unit the deck's
 * {@code targets:} map uses.
 */
final class BandwidthDensity {
    private static final Pattern FORM = Pattern.compile(
            "\\s*((?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)\\s*(?:([MGTP])(bps|b/s|B/s|Bps)\\s*/\\s*mm)?\\s*");

    private BandwidthDensity() {
    }

    /** The density in Tbps/mm, or empty when the text is not a density. */
    static OptionalDouble parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(m.group(1));
        if (m.group(2) == null) {
            return OptionalDouble.of(value);
        }
        double prefixInTera = switch (m.group(2)) {
            case "M" -> 1e-6;
            case "G" -> 1e-3;
            case "T" -> 1;
            default -> 1e3; // P
        };
        boolean bytes = m.group(3).startsWith("B");
        return OptionalDouble.of(value * prefixInTera * (bytes ? 8 : 1));
    }
}
