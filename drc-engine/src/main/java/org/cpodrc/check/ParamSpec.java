package org.cpodrc.check;

import java.util.List;

/**
 * A parameter a check accepts: the deck loader validates rules against these and
 * {@code cpodrc deck doc} prints them, so the reference cannot drift from the code.
 *
 * @param defaultValue the value used when the rule omits it, as a deck would write it; null if none
 */
public record ParamSpec(String name, ParamType type, boolean required, String defaultValue, String doc,
                        List<String> choices) {
    public ParamSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static ParamSpec required(String name, ParamType type, String doc) {
        return new ParamSpec(name, type, true, null, doc, List.of());
    }

    public static ParamSpec optional(String name, ParamType type, String defaultValue, String doc) {
        return new ParamSpec(name, type, false, defaultValue, doc, List.of());
    }

    public static ParamSpec choice(String name, String defaultValue, String doc, String... choices) {
        return new ParamSpec(name, ParamType.ENUM, false, defaultValue, doc, List.of(choices));
    }
}
