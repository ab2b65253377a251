package org.cpodrc.deck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.deck.syntax.QuantityKind;

/**
 * The JSON Schema (draft 2020-12) of deck files, generated from the deck grammar tables and the
 * registered checks, so editors validate and complete what the loader accepts. The schema checks
 * structure, key names, value shapes and units; what needs the whole deck (undefined layers,
 * expressions, cycles, duplicate ids) only the loader checks.
 */
public final class DeckSchema {
    public static final String ID = "https://cpodrc.org/schemas/deck-1.schema.json";

    private DeckSchema() {
    }

    public static String json(CheckRegistry registry) {
        return JsonText.write(schema(registry));
    }

    static Map<String, Object> schema(CheckRegistry registry) {
        Map<String, Object> s = obj("$schema", "https://json-schema.org/draft/2020-12/schema", "$id", ID,
                "title", "cpodrc rule deck", "type", "object");
        s.put("required", DeckGrammar.TOP_KEYS.stream().filter(DeckGrammar.Key::required)
                .map(DeckGrammar.Key::name).toList());
        s.put("additionalProperties", false);
        Map<String, Object> props = new LinkedHashMap<>();
        for (DeckGrammar.Key k : DeckGrammar.TOP_KEYS) {
            Map<String, Object> p = topKey(k.name());
            p.put("description", k.doc());
            props.put(k.name(), p);
        }
        s.put("properties", props);
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("withParam", obj("type", "string", "pattern", "\\$\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\}",
                "description", "a value using ${param}"));
        defs.put("name", obj("type", "string", "pattern", "^" + DeckGrammar.NAME.pattern() + "$"));
        for (QuantityKind q : QuantityKind.values()) {
            defs.put(q.word(), anyOf(obj("type", "number"),
                    obj("type", "string", "pattern", quantityPattern(q)), ref("withParam")));
        }
        defs.put("rule", rule(registry));
        s.put("$defs", defs);
        return s;
    }

    private static Map<String, Object> topKey(String key) {
        return switch (key) {
            case "cpodrc" -> obj("enum", List.of(1, DeckGrammar.FORMAT_VERSION));
            case "name", "description" -> obj("type", "string");
            case "extends" -> obj("type", "string", "minLength", 1);
            case "stack" -> anyOf(obj("enum", DeckGrammar.stacks()), ref("withParam"));
            case "params" -> obj("type", "object", "propertyNames", ref("name"),
                    "additionalProperties", obj("type", List.of("string", "number", "boolean")));
            case "layers" -> obj("type", "object", "propertyNames", ref("name"),
                    "properties", obj("lyp", obj("type", "string", "description", "KLayout .lyp file to import names from")),
                    "additionalProperties", anyOf(obj("type", "integer", "minimum", 0, "maximum", 65535),
                            obj("type", "string", "pattern", "^\\s*\\d+\\s*(/\\s*\\d+\\s*)?$"), ref("withParam")));
            case "labels" -> obj("type", "array", "items", anyOf(ref("name"), ref("withParam")));
            case "targets" -> obj("type", "object", "additionalProperties", ref("density"));
            case "derived" -> obj("type", "object", "propertyNames", ref("name"),
                    "additionalProperties", obj("type", "string", "minLength", 1));
            case "rules" -> obj("type", "array", "items", ref("rule"));
            default -> throw new IllegalStateException("no schema for deck key " + key);
        };
    }

    private static Map<String, Object> rule(CheckRegistry registry) {
        Map<String, Object> r = obj("type", "object", "required", List.of("id"));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", obj("type", List.of("string", "number"), "pattern", "^" + DeckGrammar.RULE_ID.pattern() + "$"));
        List<String> checks = registry.all().stream().map(Check::name).toList();
        props.put("check", checks.isEmpty() ? obj("type", "string") : anyOf(obj("enum", checks), ref("withParam")));
        props.put("severity", anyOf(obj("enum", DeckGrammar.severities()), ref("withParam")));
        props.put("description", obj("type", "string"));
        props.put("message", obj("type", "string"));
        props.put("enabled", anyOf(obj("type", "boolean"), ref("withParam")));
        for (DeckGrammar.Key k : DeckGrammar.RULE_KEYS) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) props.get(k.name());
            p.put("description", k.doc());
        }
        r.put("properties", props);
        // a disabled rule needs only its id; an enabled one needs its check and the check's required parameters
        Map<String, Object> disabled = obj("properties", obj("enabled", obj("const", false)), "required", List.of("enabled"));
        List<Object> perCheck = new ArrayList<>();
        for (Check c : registry.all()) {
            Map<String, Object> params = new LinkedHashMap<>();
            for (ParamSpec p : c.parameters()) {
                Map<String, Object> v = value(p);
                v.put("description", p.doc() == null ? "" : p.doc());
                params.put(p.name(), v);
            }
            Map<String, Object> then = obj("properties", params);
            List<String> required = c.parameters().stream().filter(ParamSpec::required).map(ParamSpec::name).toList();
            if (!required.isEmpty()) {
                then.put("if", disabled);
                then.put("else", obj("required", required));
            }
            perCheck.add(obj("if", obj("properties", obj("check", obj("const", c.name())), "required", List.of("check")),
                    "then", then));
        }
        List<Object> all = new ArrayList<>();
        all.add(obj("if", disabled, "else", obj("required", List.of("check"))));
        all.addAll(perCheck);
        r.put("allOf", all);
        r.put("unevaluatedProperties", false);
        return r;
    }

    private static Map<String, Object> value(ParamSpec p) {
        return switch (p.type()) {
            case LAYER -> anyOf(ref("name"), ref("withParam"));
            case LENGTH -> ref(QuantityKind.LENGTH.word());
            case AREA -> ref(QuantityKind.AREA.word());
            case ANGLE -> ref(QuantityKind.ANGLE.word());
            case RATE -> ref(QuantityKind.RATE.word());
            case NUMBER -> anyOf(obj("type", "number"), ref("withParam"));
            case INTEGER -> anyOf(obj("type", "integer"), ref("withParam"));
            case BOOLEAN -> anyOf(obj("type", "boolean"), ref("withParam"));
            case STRING -> obj("type", List.of("string", "number", "boolean"));
            case ENUM -> anyOf(obj("enum", p.choices()), ref("withParam"));
            case LENGTH_RANGE -> anyOf(obj("type", "array", "items", ref(QuantityKind.LENGTH.word()),
                    "minItems", 2, "maxItems", 2), ref("withParam"));
            case DENSITY_OR_TARGET -> obj("type", List.of("string", "number"));
        };
    }

    /** A number with one of the kind's units, as {@link org.cpodrc.deck.syntax.Quantity} reads it. */
    public static String quantityPattern(QuantityKind q) {
        String units = q.unitSymbols().stream().map(Pattern::quote).map(DeckSchema::plainRegex)
                .collect(Collectors.joining("|"));
        return "^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\s*(" + units + ")?\\s*$";
    }

    /** \Q..\E is Java-only; JSON Schema uses ECMA regexes, so escape each character instead. */
    private static String plainRegex(String quoted) {
        String s = quoted.substring(2, quoted.length() - 2);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append("\\^$.|?*+()[]{}/".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
        }
        return b.toString();
    }

    private static Map<String, Object> ref(String def) {
        return obj("$ref", "#/$defs/" + def);
    }

    private static Map<String, Object> anyOf(Object... options) {
        return obj("anyOf", List.of(options));
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
