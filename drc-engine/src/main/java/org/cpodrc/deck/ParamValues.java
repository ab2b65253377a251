package org.cpodrc.deck;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cpodrc.check.ParamType;
import org.cpodrc.deck.syntax.Quantity;
import org.cpodrc.deck.syntax.QuantityKind;
import org.cpodrc.deck.syntax.Suggest;
import org.cpodrc.deck.syntax.TextProblem;

/**
 * Converts a rule parameter's text to the value {@link org.cpodrc.check.Rule} promises for its
 * {@link ParamType}. Faults are {@link TextProblem}s at the offset of the fault in the text.
 */
final class ParamValues {
    /** The deck's names a value may refer to. */
    record Names(Collection<String> layers, Collection<String> targets) {
    }

    private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE");

    private ParamValues() {
    }

    /** What a value of the type looks like, for messages and the reference. */
    static String describe(ParamType type, List<String> choices) {
        return switch (type) {
            case LAYER -> "layer or derived-layer name";
            case LENGTH -> "length (127um, 0.127mm, 500nm; bare = µm)";
            case AREA -> "area in µm² (100, 100um2)";
            case NUMBER -> "number";
            case INTEGER -> "integer";
            case ANGLE -> "angle in degrees";
            case BOOLEAN -> "true or false";
            case STRING -> "text";
            case ENUM -> "one of " + String.join(", ", choices);
            case LENGTH_RANGE -> "[min, max] lengths";
            case RATE -> "rate (200Gbps, 1.6Tbps; bare = Gbps)";
            case DENSITY_OR_TARGET -> "density (3Tbps/mm, 1317GB/s/mm) or target name";
        };
    }

    static Object convert(ParamType type, List<String> choices, String text, Names names) {
        String v = text.strip();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return switch (type) {
            case LAYER -> {
                if (!names.layers().contains(v)) {
                    throw new TextProblem(start, "undefined layer '" + v + "'" + Suggest.hint(v, names.layers())
                            + DieLayerNames.note(v, names.layers()));
                }
                yield v;
            }
            case LENGTH -> Quantity.parse(QuantityKind.LENGTH, text).doubleValue();
            case AREA -> Quantity.parse(QuantityKind.AREA, text).doubleValue();
            case ANGLE -> Quantity.parse(QuantityKind.ANGLE, text).doubleValue();
            case RATE -> Quantity.parse(QuantityKind.RATE, text).doubleValue();
            case NUMBER -> number(v, start).doubleValue();
            case INTEGER -> {
                try {
                    yield new BigInteger(v).longValueExact();
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new TextProblem(start, "expected an integer, found '" + v + "'");
                }
            }
            case BOOLEAN -> {
                if (TRUE.contains(v)) {
                    yield Boolean.TRUE;
                }
                if (FALSE.contains(v)) {
                    yield Boolean.FALSE;
                }
                throw new TextProblem(start, "expected true or false, found '" + v + "'");
            }
            case STRING -> text;
            case ENUM -> {
                if (!choices.contains(v)) {
                    throw new TextProblem(start, "expected one of " + String.join(", ", choices) + ", found '" + v
                            + "'" + Suggest.hint(v, choices));
                }
                yield v;
            }
            case LENGTH_RANGE -> range(text);
            case DENSITY_OR_TARGET -> {
                if (!Quantity.isValid(QuantityKind.DENSITY, v) && !names.targets().contains(v)
                        && TargetPresets.find(v).isEmpty()) {
                    List<String> known = new ArrayList<>(names.targets());
                    known.addAll(TargetPresets.names());
                    throw new TextProblem(start, "expected a density (3Tbps/mm, 1317GB/s/mm, 200Gbps/mm) or a target"
                            + " name, found '" + v + "'" + Suggest.hint(v, known) + " (targets: "
                            + String.join(", ", known) + ")");
                }
                yield v;
            }
        };
    }

    /** "[a, b]" or "a, b" as text (from a param or a default). */
    private static double[] range(String text) {
        int open = text.indexOf('[');
        int close = text.lastIndexOf(']');
        int from = open >= 0 ? open + 1 : 0;
        int to = close >= 0 ? close : text.length();
        int comma = text.indexOf(',', from);
        if (comma < 0 || comma > to || text.indexOf(',', comma + 1) >= 0 && text.indexOf(',', comma + 1) < to) {
            throw new TextProblem(0, "expected two lengths [min, max], found '" + text.strip() + "'");
        }
        double[] r = new double[2];
        r[0] = part(text, from, comma);
        r[1] = part(text, comma + 1, to);
        checkOrder(r, comma + 1);
        return r;
    }

    private static double part(String text, int from, int to) {
        try {
            return Quantity.parse(QuantityKind.LENGTH, text.substring(from, to)).doubleValue();
        } catch (TextProblem e) {
            throw new TextProblem(from + e.offset(), e.getMessage());
        }
    }

    static void checkOrder(double[] r, int offsetOfMax) {
        if (r[0] > r[1]) {
            throw new TextProblem(offsetOfMax, "range [min, max] has min " + fmt(r[0]) + " µm above max "
                    + fmt(r[1]) + " µm");
        }
    }

    private static String fmt(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal number(String v, int start) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new TextProblem(start, "expected a number, found '" + v + "'");
        }
    }
}
