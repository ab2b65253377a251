package org.cpodrc.deck.syntax;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses quantities exactly: the number is read as a BigDecimal and scaled by the unit's exact
 * factor, so {@code 0.127mm} is exactly 127 µm and a check compares what the user wrote.
 */
public final class Quantity {
    private static final Pattern FORM = Pattern.compile(
            "\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*((?:[^\\s\\d.+-]\\S*?)?)\\s*");

    private Quantity() {
    }

    /**
     * The value of text in the kind's base unit.
     *
     * @throws TextProblem at the offset of the bad number or unit
     */
    public static BigDecimal parse(QuantityKind kind, String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new TextProblem(firstNonBlank(text), "bad " + kind.word() + " '" + text.strip()
                    + "': expected a number with a unit (" + String.join(", ", kind.unitSymbols())
                    + "; a bare number is " + kind.baseUnit() + ")");
        }
        BigDecimal number = new BigDecimal(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty()) {
            return number;
        }
        BigDecimal factor = kind.units().get(unit);
        if (factor == null) {
            throw new TextProblem(m.start(2), "unknown " + kind.word() + " unit '" + unit + "' in '" + text.strip()
                    + "'" + Suggest.hint(unit, kind.units().keySet())
                    + " (accepted: " + String.join(", ", kind.unitSymbols()) + "; a bare number is "
                    + kind.baseUnit() + ")");
        }
        return number.multiply(factor).stripTrailingZeros();
    }

    /** Whether text reads as a quantity of this kind. */
    public static boolean isValid(QuantityKind kind, String text) {
        try {
            parse(kind, text);
            return true;
        } catch (TextProblem e) {
            return false;
        }
    }

    private static int firstNonBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() ? i : 0;
    }
}
