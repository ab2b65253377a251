package org.cpodrc.check.packaging;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a port's bandwidth label into Gbps: {@code 8x200G} (8 lanes of 200G = 1600),
 * {@code 1x400G}, {@code 200G}, {@code 1.6T}, {@code 16 x 100Gbps}, {@code 4*50Gb/s}.
 * Texts that are not rates (cell names, {@code opt_in_...} test labels) give empty, so a
 * labels layer may carry other texts too.
 */
final class PortRate {
    private static final Pattern FORM = Pattern.compile(
            "\\s*(?:([0-9]+)\\s*[xX*×]\\s*)?([0-9]+(?:\\.[0-9]+)?)\\s*([GT])(?:bps|b/s)?\\s*");

    private PortRate() {
    }

    static OptionalDouble parseGbps(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double lanes = m.group(1) == null ? 1 : Double.parseDouble(m.group(1));
        double rate = Double.parseDouble(m.group(2)) * (m.group(3).equals("T") ? 1000 : 1);
        return OptionalDouble.of(lanes * rate);
    }
}
