package org.cpodrc.report;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Numbers;
import org.cpodrc.check.Severity;
import org.cpodrc.json.JsonOut;

/**
 * The JSON values the reports write, on {@link JsonOut} (jackson-core's streaming generator) so
 * the byte layout is fixed: doubles through {@link Numbers} with NaN and infinities as null,
 * severities by label, maps in their iteration order.
 */
final class Json {
    private Json() {
    }

    static void number(JsonOut out, double d) throws IOException {
        if (Double.isFinite(d)) {
            out.numberText(Numbers.format(d));
        } else {
            out.nul();
        }
    }

    /** Any value a metric field may hold, on one line. */
    static void value(JsonOut out, Object v) throws IOException {
        out.tree(v, x -> false, Json::scalar, false);
    }

    /**
     * A value as indented JSON (two spaces a level) for the larger reports: maps and lists open
     * one line per element, except lists of scalars and maps of scalars, which stay on one line so
     * coordinates and small records read at a glance. Null map values are left out.
     */
    static void pretty(JsonOut out, Object v) throws IOException {
        out.tree(v, x -> !flat(x), Json::scalar, true);
    }

    private static void scalar(JsonOut out, Object v) throws IOException {
        if (v == null) {
            out.nul();
        } else if (v instanceof Double || v instanceof Float) {
            number(out, ((Number) v).doubleValue());
        } else if (v instanceof Number n) {
            out.number(n.longValue());
        } else if (v instanceof Boolean bool) {
            out.bool(bool);
        } else if (v instanceof Severity s) {
            out.string(s.label());
        } else if (v instanceof double[] a) {
            out.startArray(false);
            for (double d : a) {
                number(out, d);
            }
            out.endArray();
        } else {
            out.string(v.toString());
        }
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
