package org.cpodrc.report;

import java.util.List;
import java.util.Map;

import org.cpodrc.check.Numbers;
import org.cpodrc.check.Severity;

/**
 * The few JSON pieces the reports need, written by hand so the byte layout is fixed: strings
 * escaped per RFC 8259 (control characters as \\uXXXX, non-ASCII kept as UTF-8), doubles through
 * {@link Numbers} with NaN and infinities as null, maps in their iteration order.
 */
final class Json {
    private Json() {
    }

    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String number(double d) {
        return Double.isFinite(d) ? Numbers.format(d) : "null";
    }

    /** Any value a metric field may hold. */
    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double || v instanceof Float) {
            return number(((Number) v).doubleValue());
        }
        if (v instanceof Number n) {
            return Long.toString(n.longValue());
        }
        if (v instanceof Boolean bool) {
            return bool.toString();
        }
        if (v instanceof Severity s) {
            return string(s.label());
        }
        if (v instanceof double[] a) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                b.append(i > 0 ? ", " : "").append(number(a[i]));
            }
            return b.append(']').toString();
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                b.append(i > 0 ? ", " : "").append(value(list.get(i)));
            }
            return b.append(']').toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(first ? "" : ", ").append(string(String.valueOf(e.getKey()))).append(": ")
                        .append(value(e.getValue()));
                first = false;
            }
            return b.append('}').toString();
        }
        return string(v.toString());
    }

    /** A one-line object from alternating keys and already-encoded values. */
    static String object(String... keysAndValues) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            b.append(i > 0 ? ", " : "").append(string(keysAndValues[i])).append(": ").append(keysAndValues[i + 1]);
        }
        return b.append('}').toString();
    }

    /**
     * A value as indented JSON (two spaces a level) for the larger reports: maps and lists open
     * one line per element, except lists of scalars and maps of scalars, which stay on one line so
     * coordinates and small records read at a glance. Null map values are left out.
     */
    static String pretty(Object v) {
        return pretty(v, 0);
    }

    /** As {@link #pretty(Object)} for a value that sits at the given nesting level of a larger document. */
    static String pretty(Object v, int indent) {
        StringBuilder b = new StringBuilder();
        pretty(v, b, indent);
        return b.toString();
    }

    private static void pretty(Object v, StringBuilder b, int indent) {
        if (flat(v)) {
            b.append(value(v));
            return;
        }
        String pad = "  ".repeat(indent + 1);
        if (v instanceof List<?> list) {
            b.append('[');
            for (int i = 0; i < list.size(); i++) {
                b.append(i > 0 ? ",\n" : "\n").append(pad);
                pretty(list.get(i), b, indent + 1);
            }
            b.append('\n').append("  ".repeat(indent)).append(']');
            return;
        }
        Map<?, ?> map = (Map<?, ?>) v;
        b.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            b.append(first ? "\n" : ",\n").append(pad).append(string(String.valueOf(e.getKey()))).append(": ");
            pretty(e.getValue(), b, indent + 1);
            first = false;
        }
        b.append('\n').append("  ".repeat(indent)).append('}');
    }

    /** Scalars, and lists or maps holding only scalars (and not too many of them). */
    private static boolean flat(Object v) {
        if (v instanceof List<?> list) {
            return list.isEmpty() || (list.size() <= 8 && list.stream().allMatch(Json::scalar));
        }
        if (v instanceof Map<?, ?> map) {
            return map.isEmpty() || (map.size() <= 4 && map.values().stream().allMatch(x -> x != null && scalar(x)));
        }
        return true;
    }

    private static boolean scalar(Object v) {
        return !(v instanceof List<?>) && !(v instanceof Map<?, ?>);
    }
}
