package org.cpodrc.engine;

import org.cpodrc.check.Numbers;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;

/**
 * A rule's {@code message:} template. Placeholders: {@code {measured}}, {@code {required}}
 * (numbers as in reports, "n/a" when the check has none), {@code {rule}}, {@code {severity}},
 * {@code {description}}, {@code {check}}, {@code {message}} (the check's own message), and
 * {@code {PARAM}} for any parameter of the rule; {@code {{} and {@code }}} are literal braces (as
 * the deck loader's template validation reads them). Unknown placeholders stay as written, so a
 * typo shows up in the report instead of vanishing.
 */
final class MessageTemplate {
    private MessageTemplate() {
    }

    static String render(String template, Rule rule, Violation v) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < template.length() && template.charAt(i + 1) == c) {
                out.append(c);
                i += 2;
                continue;
            }
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String key = template.substring(i + 1, close);
            String value = value(key, rule, v);
            out.append(value != null ? value : template.substring(i, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    private static String value(String key, Rule rule, Violation v) {
        switch (key) {
            case "measured": return number(v.measuredUm());
            case "required": return number(v.requiredUm());
            case "rule": return rule.id();
            case "severity": return rule.severity().label();
            case "description": return rule.description() == null ? "" : rule.description();
            case "check": return rule.check();
            case "message": return v.message();
            default:
                Object p = rule.params().get(key);
                if (p instanceof Double d) {
                    return Numbers.format(d);
                }
                return p == null ? null : String.valueOf(p);
        }
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "n/a" : Numbers.format(d);
    }
}
