package org.cpodrc.deck;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The deck language's tables: keys, their meaning, the allowed words. The loader validates
 * against these and {@code cpodrc deck doc} prints them, so the reference cannot drift.
 */
public final class DeckGrammar {
    /** The only deck format version this build reads. */
    public static final String FORMAT_VERSION = "1";

    /** A deck key: its name, whether it is required, and one line of documentation. */
    public record Key(String name, boolean required, String doc) {
    }

    public static final List<Key> TOP_KEYS = List.of(
            new Key("cpodrc", true, "deck format version; must be `1`"),
            new Key("name", true, "deck name, shown in reports"),
            new Key("description", false, "one line about the deck"),
            new Key("extends", false, "base deck loaded first: a path relative to this file, or `builtin:NAME`"),
            new Key("stack", false, "package stack the deck is written for: " + String.join(" | ", stacks())),
            new Key("params", false, "named values (`NAME: value`), used as `${NAME}`; `--param NAME=VALUE` overrides"),
            new Key("layers", false, "`NAME: LAYER/DATATYPE`; `lyp: FILE.lyp` imports the names of a KLayout"
                    + " layer-properties file (explicit entries override)"),
            new Key("labels", false, "list of layer names whose TEXT elements label shapes"
                    + " (`with_text`, per-port rates)"),
            new Key("targets", false, "named bandwidth-density targets: `NAME: 3Tbps/mm`"),
            new Key("derived", false, "`NAME: expression` derived layers (see Expressions)"),
            new Key("rules", false, "list of rules (see Rules)"));

    public static final List<Key> RULE_KEYS = List.of(
            new Key("id", true, "unique rule id: letters, digits, `.`, `_`, `-`"),
            new Key("check", true, "the check to run (see Checks)"),
            new Key("severity", false, "`error` (default), `warning` or `info`"),
            new Key("description", false, "what the rule enforces, shown in reports"),
            new Key("message", false, "violation message template; placeholders: "
                    + MessageTemplate.STANDARD_PLACEHOLDERS.stream().map(p -> "`{" + p + "}`")
                    .collect(java.util.stream.Collectors.joining(", "))
                    + " and `{PARAM}` for any parameter of the rule's check; `{{` and `}}` write braces"),
            new Key("enabled", false, "`true` (default) or `false`; `false` drops the rule (and a base rule of the same id)"));

    /** Rule ids: letters, digits, '.', '_', '-'. */
    public static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9._-]+");

    /** Layer, derived-layer and param names: usable inside expressions. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private DeckGrammar() {
    }

    public static List<String> stacks() {
        return List.of("photonic-3d", "fopop");
    }

    public static List<String> severities() {
        return List.of("error", "warning", "info");
    }

    static List<String> names(List<Key> keys) {
        return keys.stream().map(Key::name).toList();
    }
}
