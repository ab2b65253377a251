package org.cpodrc.deck;

import java.util.List;
import java.util.Map;

import org.cpodrc.json.JsonString;

/** Writes maps, lists, strings, numbers and booleans as indented JSON (for the generated deck schema). */
public final class JsonText {
    private JsonText() {
    }

    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(b, value, "");
        return b.append('\n').toString();
    }

    private static void write(StringBuilder b, Object v, String indent) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(indent).append("  ");
                string(b, e.getKey().toString());
                b.append(": ");
                write(b, e.getValue(), indent + "  ");
                b.append(++i < m.size() ? ",\n" : "\n");
            }
            b.append(indent).append('}');
        } else if (v instanceof List<?> l) {
            boolean simple = l.stream().allMatch(x -> !(x instanceof Map || x instanceof List));
            if (simple) {
                b.append('[');
                for (int i = 0; i < l.size(); i++) {
                    write(b, l.get(i), indent);
                    b.append(i + 1 < l.size() ? ", " : "");
                }
                b.append(']');
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                b.append(indent).append("  ");
                write(b, l.get(i), indent + "  ");
                b.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            b.append(indent).append(']');
        } else if (v instanceof String s) {
            string(b, s);
        } else {
            b.append(v); // numbers and booleans
        }
    }

    private static void string(StringBuilder b, String s) {
        JsonString.append(b, s);
    }
}
