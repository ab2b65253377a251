package org.cpodrc.deck.syntax;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

import org.cpodrc.io.InputLimits;

/**
 * Replaces {@code ${name}} by param values, remembering for every character of the result where
 * it came from, so a fault found later (say, a bad length inside a substituted value) is reported
 * at the {@code ${} that brought it in.
 *
 * @param text      the text after substitution
 * @param origin    origin[i] is the offset in the original text of result character i; one extra entry for the end
 * @param replaced  whether any {@code ${...}} was replaced
 */
public record Substitution(String text, int[] origin, boolean replaced) {

    /**
     * Substitutes every {@code ${name}} in source.
     *
     * @param values the value of a param, or empty if there is no such param
     * @throws TextProblem for an unknown param or an unterminated {@code ${}
     */
    public static Substitution of(String source, Function<String, Optional<String>> values,
                                  java.util.Collection<String> knownNames) {
        return of(source, values, knownNames, Long.MAX_VALUE);
    }

    /**
     * As {@link #of(String, Function, java.util.Collection)}, refusing to produce more than
     * {@code maxLength} characters: the problem is reported at the {@code ${} that would pass it.
     */
    public static Substitution of(String source, Function<String, Optional<String>> values,
                                  java.util.Collection<String> knownNames, long maxLength) {
        StringBuilder out = new StringBuilder(source.length());
        int[] origin = new int[source.length() + 1];
        int n = 0;
        boolean replaced = false;
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("${", i)) {
                int close = source.indexOf('}', i + 2);
                if (close < 0) {
                    throw new TextProblem(i, "unterminated '${' (write ${name})");
                }
                String name = source.substring(i + 2, close).strip();
                if (!isName(name)) {
                    throw new TextProblem(i, "bad param reference '" + source.substring(i, close + 1)
                            + "' (write ${name}, name of letters, digits and _)");
                }
                Optional<String> value = values.apply(name);
                if (value.isEmpty()) {
                    throw new TextProblem(i, "unknown param '" + name + "'" + Suggest.hint(name, knownNames));
                }
                String v = value.get();
                if ((long) out.length() + v.length() + (source.length() - close - 1) > maxLength) {
                    throw new TextProblem(i, "substituting ${" + name + "} makes the deck's expanded text exceed "
                            + InputLimits.describe(InputLimits.expansionChars(), InputLimits.EXPANSION_MB)
                            + " (params that double at each step?)");
                }
                origin = ensure(origin, n + v.length() + (source.length() - close));
                for (int k = 0; k < v.length(); k++) {
                    origin[n++] = i;
                }
                out.append(v);
                replaced = true;
                i = close + 1;
            } else {
                origin = ensure(origin, n + 2);
                origin[n++] = i;
                out.append(source.charAt(i));
                i++;
            }
        }
        origin = ensure(origin, n + 1);
        origin[n] = source.length();
        return new Substitution(out.toString(), Arrays.copyOf(origin, n + 1), replaced);
    }

    /** Offset in the original text of result offset i. */
    public int originOf(int i) {
        return origin[Math.max(0, Math.min(i, origin.length - 1))];
    }

    /** Param names: letters, digits and underscores, not starting with a digit. */
    public static boolean isName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static int[] ensure(int[] a, int size) {
        return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }
}
