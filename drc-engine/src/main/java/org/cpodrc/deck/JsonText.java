package org.cpodrc.deck;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.cpodrc.json.JsonOut;

/**
 * Writes maps, lists, strings, numbers and booleans as indented JSON (for the generated deck
 * schema): non-empty objects and lists holding objects or lists one member per line, lists of
 * scalars on one line, numbers as Java prints them.
 */
public final class JsonText {
    private JsonText() {
    }

    public static String write(Object value) {
        StringWriter w = new StringWriter();
        try {
            JsonOut out = new JsonOut(w);
            out.tree(value, JsonText::block, JsonText::scalar, false);
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    private static boolean block(Object v) {
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return ((List<?>) v).stream().anyMatch(x -> x instanceof Map || x instanceof List);
    }

    private static void scalar(JsonOut out, Object v) throws IOException {
        if (v instanceof String s) {
            out.string(s);
        } else if (v instanceof Boolean b) {
            out.bool(b);
        } else if (v == null) {
            out.nul();
        } else {
            out.numberText(v.toString());
        }
    }
}
