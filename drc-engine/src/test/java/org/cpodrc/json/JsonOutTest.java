package org.cpodrc.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The jackson-based writer escapes and lays out JSON exactly as the hand-written one did. */
class JsonOutTest {
    @Test
    void stringsAreEscapedAsTheHandWrittenWriterDid() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x800; c++) {
            all.append(c);
        }
        all.append("\ud83d\ude00\uffff\u2028");
        Random rnd = new Random(3);
        List<String> samples = new ArrayList<>(List.of(all.toString(), "", "\b\f\u007f/"));
        for (int i = 0; i < 200; i++) {
            char[] cs = new char[rnd.nextInt(12)];
            for (int k = 0; k < cs.length; k++) {
                cs[k] = (char) (rnd.nextBoolean() ? rnd.nextInt(0x40) : rnd.nextInt(0x10000));
            }
            samples.add(new String(cs));
        }
        for (String s : samples) {
            StringWriter w = new StringWriter();
            JsonOut out = new JsonOut(w);
            out.string(s).flush();
            assertEquals(quote(s), w.toString());
        }
    }

    @Test
    void blocksAndOneLineContainersNest() throws IOException {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("a", List.of(1, 2));
        inner.put("b", Map.of());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("x", inner);
        root.put("y", List.of());
        root.put("z", List.of(Map.of("k", true)));
        StringWriter w = new StringWriter();
        JsonOut out = new JsonOut(w);
        out.tree(root, v -> v instanceof Map<?, ?> m ? !m.isEmpty() : ((List<?>) v).stream().anyMatch(Map.class::isInstance),
                (o, v) -> o.numberText(String.valueOf(v)), false);
        out.finish();
        assertEquals("{\n  \"x\": {\n    \"a\": [1, 2],\n    \"b\": {}\n  },\n  \"y\": [],\n  \"z\": [\n    {\n"
                + "      \"k\": true\n    }\n  ]\n}\n", w.toString());
    }

    @Test
    void lineBreaksPutSingleMembersOfOneLineContainersOnNewLines() throws IOException {
        StringWriter w = new StringWriter();
        JsonOut out = new JsonOut(w, 1);
        out.startObject(false).field("a").number(1).lineBreak().field("b").startArray(false);
        out.lineBreak().startObject(false).field("c").nul().endObject();
        out.lineBreak().number(2).lineBreak().endArray();
        out.field("d").startArray(false).lineBreak().endArray().endObject().finish();
        assertEquals("{\"a\": 1,\n \"b\": [\n  {\"c\": null},\n  2\n ], \"d\": [\n ]}\n", w.toString());
    }

    /** The hand-written escaper JsonOut replaced (cpodrc's escapes before jackson), as the oracle. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
