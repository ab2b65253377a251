package org.cpodrc.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.deck.DeckGrammar;
import org.cpodrc.deck.DeckSchema;
import org.cpodrc.deck.JsonText;
import org.cpodrc.deck.syntax.QuantityKind;

/**
 * The JSON Schema (draft 2020-12) of stack files, generated from {@link StackGrammar} for editors.
 * It checks structure, key names and value shapes; what needs the die files (grid, layers that
 * exist) only the reader checks.
 */
public final class StackSchema {
    public static final String ID = "https://cpodrc.org/schemas/stack-1.schema.json";

    private StackSchema() {
    }

    public static String json() {
        Map<String, Object> s = obj("$schema", "https://json-schema.org/draft/2020-12/schema", "$id", ID,
                "title", "cpodrc package stack", "type", "object");
        s.put("required", required(StackGrammar.TOP_KEYS));
        s.put("additionalProperties", false);
        Map<String, Object> length = obj("anyOf", List.of(obj("type", "number"),
                obj("type", "string", "pattern", DeckSchema.quantityPattern(QuantityKind.LENGTH))));
        Map<String, Object> name = obj("type", "string", "pattern", "^" + StackGrammar.NAME.pattern() + "$");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(StackGrammar.MARKER, obj("enum", List.of(1, StackGrammar.FORMAT_VERSION)));
        props.put("name", obj("type", "string"));
        props.put("description", obj("type", "string"));
        props.put("stack", obj("enum", StackGrammar.stacks()));
        props.put("dies", obj("type", "array", "minItems", 1, "items", die(length, name)));
        props.put("layers", obj("type", "object", "propertyNames", name, "additionalProperties",
                obj("type", "string", "pattern", "^\\s*[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*\\s*$")));
        describe(props, StackGrammar.TOP_KEYS);
        s.put("properties", props);
        return JsonText.write(s);
    }

    private static Map<String, Object> die(Map<String, Object> length, Map<String, Object> name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("file", obj("type", "string", "pattern", "\\.(gds|GDS|gds2|gdsii|oas|OAS)(\\.gz)?$"));
        p.put("cell", obj("type", "string"));
        p.put("role", obj("enum", StackGrammar.roles()));
        p.put("tier", obj("type", "integer"));
        p.put("at", obj("type", "array", "items", length, "minItems", 2, "maxItems", 2));
        p.put("flip", obj("type", "boolean"));
        p.put("rotate", obj("enum", StackGrammar.rotations()));
        p.put("thickness", length);
        p.put("layers", obj("type", "object", "propertyNames", name, "additionalProperties",
                obj("anyOf", List.of(obj("type", "integer", "minimum", 0, "maximum", 65535),
                        obj("type", "string", "pattern", "^\\s*\\d+\\s*(/\\s*\\d+\\s*)?$")))));
        p.put("shapes", obj("type", "object", "propertyNames", name, "additionalProperties",
                obj("type", "array", "items", obj("type", "array", "items", length, "minItems", 4, "maxItems", 4))));
        describe(p, StackGrammar.DIE_KEYS);
        Map<String, Object> d = obj("type", "object", "required", required(StackGrammar.DIE_KEYS));
        d.put("properties", p);
        d.put("additionalProperties", false);
        d.put("oneOf", List.of(obj("required", List.of("file"), "not", obj("required", List.of("shapes"))),
                obj("required", List.of("shapes"), "not", obj("required", List.of("file")))));
        return d;
    }

    private static List<String> required(List<DeckGrammar.Key> keys) {
        return keys.stream().filter(DeckGrammar.Key::required).map(DeckGrammar.Key::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static void describe(Map<String, Object> props, List<DeckGrammar.Key> keys) {
        for (DeckGrammar.Key k : keys) {
            Map<String, Object> p = new LinkedHashMap<>((Map<String, Object>) props.get(k.name()));
            p.put("description", k.doc());
            props.put(k.name(), p);
        }
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
