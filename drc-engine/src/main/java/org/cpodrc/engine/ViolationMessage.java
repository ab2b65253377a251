package org.cpodrc.engine;

import java.util.HashMap;
import java.util.Map;

import org.cpodrc.check.Numbers;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.cpodrc.check.ViolationText;
import org.cpodrc.deck.MessageTemplate;

/**
 * Fills a rule's {@code message:} template for one violation: {@code {measured}},
 * {@code {required}} (numbers as in reports, "n/a" when the check has none), {@code {rule}},
 * {@code {severity}}, {@code {description}}, {@code {check}}, {@code {message}} (the check's own
 * message) and {@code {PARAM}} for any parameter of the rule. Parsing is the deck's
 * {@link MessageTemplate}, the same code that validated the template when the deck was loaded.
 * One object serves all violations of a rule whose check message is shared ({@code check}), so
 * the template is filled only when a report asks for a violation's message.
 */
record ViolationMessage(String template, Rule rule, ViolationText check) implements ViolationText {
    @Override
    public String render(Violation v) {
        Map<String, String> values = new HashMap<>();
        rule.params().forEach((k, p) -> values.put(k, p instanceof Double d ? Numbers.format(d) : String.valueOf(p)));
        values.put("measured", number(v.measuredUm()));
        values.put("required", number(v.requiredUm()));
        values.put("rule", rule.id());
        values.put("severity", rule.severity().label());
        values.put("description", rule.description() == null ? "" : rule.description());
        values.put("check", rule.check());
        values.put("message", check.render(v));
        return MessageTemplate.render(template, values);
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "n/a" : Numbers.format(d);
    }
}
