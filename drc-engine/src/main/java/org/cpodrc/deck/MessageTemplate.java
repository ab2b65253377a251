package org.cpodrc.deck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cpodrc.deck.syntax.Suggest;
import org.cpodrc.deck.syntax.TextProblem;

/**
 * A rule's {@code message:} template: text with {@code {name}} placeholders ({@code {{} and
 * {@code }}} for literal braces). The loader validates placeholder names; the engine renders.
 */
public final class MessageTemplate {
    /** Placeholders every rule offers; a rule also offers its check's parameter names. */
    public static final List<String> STANDARD_PLACEHOLDERS =
            List.of("measured", "required", "rule", "check", "severity", "description", "message");

    private MessageTemplate() {
    }

    /** The placeholder names used in template, in order. */
    public static List<String> placeholders(String template) {
        List<String> out = new ArrayList<>();
        scan(template, (name, offset) -> out.add(name), null);
        return out;
    }

    /**
     * Checks every placeholder is one of allowed.
     *
     * @throws TextProblem at the '{' of an unknown or unclosed placeholder
     */
    public static void validate(String template, Collection<String> allowed) {
        scan(template, (name, offset) -> {
            if (!allowed.contains(name)) {
                throw new TextProblem(offset, "unknown placeholder '{" + name + "}'" + Suggest.hint(name, allowed)
                        + " (known: " + String.join(", ", allowed) + ")");
            }
        }, null);
    }

    /** The template with placeholders replaced; unknown ones are left as written. */
    public static String render(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        scan(template, (name, offset) -> out.append(values.getOrDefault(name, "{" + name + "}")), out);
        return out.toString();
    }

    private interface Visitor {
        void placeholder(String name, int offset);
    }

    private static void scan(String t, Visitor visitor, StringBuilder literal) {
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < t.length() && t.charAt(i + 1) == c) {
                if (literal != null) {
                    literal.append(c);
                }
                i += 2;
            } else if (c == '{') {
                int close = t.indexOf('}', i);
                if (close < 0) {
                    throw new TextProblem(i, "unclosed '{' in message (write {{ for a literal brace)");
                }
                visitor.placeholder(t.substring(i + 1, close).strip(), i);
                i = close + 1;
            } else {
                if (literal != null) {
                    literal.append(c);
                }
                i++;
            }
        }
    }
}
