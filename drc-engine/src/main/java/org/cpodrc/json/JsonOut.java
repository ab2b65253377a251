package org.cpodrc.json;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Streaming JSON in cpodrc's fixed byte layout, on jackson-core's {@link JsonGenerator}: each
 * object or array is opened either as a block (one member per line, two spaces per nesting level)
 * or on one line ({@code {"a": 1, "b": [1, 2]}}); the caller decides, since the layout depends on
 * the content (a PrettyPrinter alone cannot look ahead). {@link #lineBreak()} puts a single member
 * of a one-line container on a new line ({@code info}'s compact layout). Strings are escaped as
 * the hand-written writer this replaced did (RFC 8259 short escapes for quote, backslash, \n,
 * \r, \t; other control characters as lower-case {@code \\uXXXX}; everything else as is),
 * numbers are written as the text the caller formatted ({@code check.Numbers}), so output bytes
 * do not depend on the generator's own formatting.
 */
public final class JsonOut implements Flushable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator gen;
    private final Layout layout;

    /** Two spaces per nesting level. */
    public JsonOut(Writer out) throws IOException {
        this(out, 2);
    }

    /** {@code indent} spaces per nesting level on new lines. */
    public JsonOut(Writer out, int indent) throws IOException {
        layout = new Layout(" ".repeat(indent));
        gen = FACTORY.createGenerator(out);
        gen.setPrettyPrinter(layout);
        gen.setCharacterEscapes(Escapes.INSTANCE);
    }

    /** The generator, for values this class has no shortcut for. */
    public JsonGenerator generator() {
        return gen;
    }

    /** Opens an object: {@code block} puts each member on its own line. */
    public JsonOut startObject(boolean block) throws IOException {
        layout.next = block;
        gen.writeStartObject();
        return this;
    }

    public JsonOut endObject() throws IOException {
        gen.writeEndObject();
        return this;
    }

    /** Opens an array: {@code block} puts each element on its own line. */
    public JsonOut startArray(boolean block) throws IOException {
        layout.next = block;
        gen.writeStartArray();
        return this;
    }

    public JsonOut endArray() throws IOException {
        gen.writeEndArray();
        return this;
    }

    /**
     * The next member of the open container, or its end when no member follows, starts on a new
     * line indented to its nesting level (after the comma), whether the container is a block or not.
     */
    public JsonOut lineBreak() {
        layout.lineBreak = true;
        return this;
    }

    public JsonOut field(String name) throws IOException {
        gen.writeFieldName(name);
        return this;
    }

    /** A string, or null. */
    public JsonOut string(String s) throws IOException {
        if (s == null) {
            gen.writeNull();
        } else {
            gen.writeString(s);
        }
        return this;
    }

    /** A number already formatted as JSON number text. */
    public JsonOut numberText(String text) throws IOException {
        gen.writeNumber(text);
        return this;
    }

    public JsonOut number(long n) throws IOException {
        gen.writeNumber(n);
        return this;
    }

    public JsonOut bool(boolean b) throws IOException {
        gen.writeBoolean(b);
        return this;
    }

    public JsonOut nul() throws IOException {
        gen.writeNull();
        return this;
    }

    /** Ends the document with a newline and flushes (the target stays open). */
    public void finish() throws IOException {
        gen.writeRaw('\n');
        gen.flush();
    }

    @Override
    public void flush() throws IOException {
        gen.flush();
    }

    /**
     * Separators by the layout of each open container: blocks indent their members on new lines,
     * one-line containers separate them with ", ". Names and values are always separated by ": ".
     */
    private static final class Layout implements PrettyPrinter {
        private final Deque<Boolean> open = new ArrayDeque<>();
        private final String indent;
        boolean next;
        /** {@link JsonOut#lineBreak()}: the next separator, first member or end breaks the line. */
        boolean lineBreak;

        Layout(String indent) {
            this.indent = indent;
        }

        /** Whether the open container's next member or end starts a new line; consumes a lineBreak. */
        private boolean breaks(boolean block) {
            boolean b = block || lineBreak;
            lineBreak = false;
            return b;
        }

        private void start(JsonGenerator g, char c) throws IOException {
            open.push(next);
            next = false;
            g.writeRaw(c);
        }

        private void end(JsonGenerator g, char c, int members) throws IOException {
            boolean block = open.pop();
            if (breaks(block && members > 0)) {
                newline(g, open.size());
            }
            g.writeRaw(c);
        }

        private void first(JsonGenerator g) throws IOException {
            if (breaks(open.peek())) {
                newline(g, open.size());
            }
        }

        private void separator(JsonGenerator g) throws IOException {
            if (breaks(open.peek())) {
                g.writeRaw(',');
                newline(g, open.size());
            } else {
                g.writeRaw(", ");
            }
        }

        private void newline(JsonGenerator g, int level) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < level; i++) {
                g.writeRaw(indent);
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            start(g, '{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int members) throws IOException {
            end(g, '}', members);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            separator(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            start(g, '[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            end(g, ']', values);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            separator(g);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            first(g);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            first(g);
        }
    }

    /** cpodrc's string escapes (see the class comment): control characters other than \n \r \t as lower-case \\u00xx. */
    private static final class Escapes extends CharacterEscapes {
        static final Escapes INSTANCE = new Escapes();
        private final int[] codes = standardAsciiEscapesForJSON();
        private final SerializableString[] custom = new SerializableString[0x20];

        private Escapes() {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    codes[c] = ESCAPE_CUSTOM;
                    custom[c] = new SerializedString(String.format("\\u%04x", c));
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 ? custom[ch] : null;
        }
    }

    /** Writes a value that is neither a map nor a list. */
    @FunctionalInterface
    public interface ScalarWriter {
        void write(JsonOut out, Object v) throws IOException;
    }

    /**
     * A tree of maps (in iteration order), lists and scalars: {@code block} says which containers
     * open as blocks (inside a one-line container everything stays on the line), {@code scalar}
     * writes everything else; with {@code skipNull}, block objects leave out null members.
     */
    public JsonOut tree(Object v, Predicate<Object> block, ScalarWriter scalar, boolean skipNull) throws IOException {
        if (v instanceof Map<?, ?> m) {
            boolean b = block.test(m);
            startObject(b);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (skipNull && b && e.getValue() == null) {
                    continue;
                }
                field(String.valueOf(e.getKey()));
                tree(e.getValue(), b ? block : x -> false, scalar, skipNull);
            }
            return endObject();
        }
        if (v instanceof List<?> l) {
            boolean b = block.test(l);
            startArray(b);
            for (Object x : l) {
                tree(x, b ? block : y -> false, scalar, skipNull);
            }
            return endArray();
        }
        scalar.write(this, v);
        return this;
    }
}
