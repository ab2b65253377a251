package org.cpodrc.deck.yaml;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cpodrc.io.InputLimits;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML file's node tree as snakeyaml composed it, written out at build time ({@code NAME.yaml.composed}
 * beside each builtin deck, made by {@link #main} from rules/pom.xml) so that loading a builtin deck
 * skips composing its YAML again: about 80 ms of a small check's CPU, interpreted scanner and parser
 * code for a 6 KB file, against a few hundred node objects read back here.
 *
 * <p>Exactness: the form holds the whole YAML text it was made from and is used only when that
 * text equals the one being loaded, and only when the nesting limit in force admits the tree's depth;
 * otherwise the caller composes the text as before (a stale or foreign form costs time, never a
 * different deck). It keeps what the deck reader sees of a node (kind, tag, value, scalar and flow
 * style, start and end marks with index, line and column) and refuses trees with anchors or
 * aliases (shared nodes), which it would not restore as one object. BuiltinComposedDecksTest
 * compares both ways of loading, node for node and deck for deck, for every builtin deck.
 */
public final class ComposedYaml {
    /** Suffix of the composed form of a resource {@code X.yaml}: {@code X.yaml.composed}. */
    public static final String SUFFIX = ".composed";
    private static final int MAGIC = 0x63706f31; // "cpo1"
    private static final byte SCALAR = 0;
    private static final byte SEQUENCE = 1;
    private static final byte MAPPING = 2;
    /** The tags of nearly every node, written as their index here; others as -1 and the tag. */
    private static final Tag[] TAGS = {Tag.STR, Tag.MAP, Tag.SEQ, Tag.NULL, Tag.INT, Tag.FLOAT, Tag.BOOL};
    /** Styles are written as ordinals; a form made with another order of them is not used. */
    private static final String STYLES = java.util.Arrays.toString(ScalarStyle.values())
            + java.util.Arrays.toString(FlowStyle.values());

    private ComposedYaml() {
    }

    /** The composed form of text (snakeyaml's tree of it, as {@link YamlFile#parse} composes it). */
    public static byte[] write(String text, Node root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            string(out, STYLES);
            string(out, text);
            out.writeInt(depth(root, new IdentityHashMap<>()));
            node(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The tree stored in form if it was made from exactly this text and fits the nesting limit;
     * empty otherwise (then compose the text).
     *
     * @param name       the file name marks carry, as snakeyaml's label
     * @param codePoints the text's code points, the buffer marks carry
     */
    public static Optional<Node> read(byte[] form, String name, String text, int[] codePoints) {
        try {
            ByteBuffer in = ByteBuffer.wrap(form);
            if (in.getInt() != MAGIC || !string(in).equals(STYLES) || !string(in).equals(text)
                    || in.getInt() > InputLimits.depth()) {
                return Optional.empty();
            }
            return Optional.of(new Reader(in, name, codePoints).node());
        } catch (RuntimeException e) {
            return Optional.empty(); // a damaged form: compose instead
        }
    }

    /**
     * Build time: composes each deck {@code *.yaml} in args[0] (not the {@code *.test.yaml} deck
     * tests) and writes its form to args[1] under the same name plus {@link #SUFFIX}.
     */
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<Path> decks;
        try (var files = Files.list(in)) {
            decks = files.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".test.yaml"))
                    .sorted().toList();
        }
        for (Path deck : decks) {
            String text = Files.readString(deck, StandardCharsets.UTF_8);
            Path target = out.resolve(deck.getFileName() + SUFFIX);
            try {
                Files.write(target, write(text, YamlFile.parse(deck.getFileName().toString(), text).root()));
            } catch (IllegalArgumentException e) {
                Files.deleteIfExists(target);
                System.err.println("ComposedYaml: " + deck + " is loaded by composing it: " + e.getMessage());
            }
        }
    }

    // ---- writing ----

    /** Collections nested, as BoundedYaml counts them; a node met twice (an alias) is refused. */
    private static int depth(Node n, Map<Node, Boolean> seen) {
        if (seen.put(n, Boolean.TRUE) != null || n.getAnchor().isPresent()) {
            throw new IllegalArgumentException("anchors and aliases are not kept");
        }
        int deepest = 0;
        if (n instanceof SequenceNode s) {
            for (Node c : s.getValue()) {
                deepest = Math.max(deepest, depth(c, seen));
            }
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                deepest = Math.max(deepest, Math.max(depth(t.getKeyNode(), seen), depth(t.getValueNode(), seen)));
            }
        }
        return n instanceof ScalarNode ? 0 : deepest + 1;
    }

    private static void node(DataOutputStream out, Node n) throws IOException {
        out.writeByte(n instanceof ScalarNode ? SCALAR : n instanceof SequenceNode ? SEQUENCE : MAPPING);
        int tag = java.util.Arrays.asList(TAGS).indexOf(n.getTag());
        out.writeByte(tag);
        if (tag < 0) {
            string(out, n.getTag().getValue());
        }
        mark(out, n.getStartMark());
        mark(out, n.getEndMark());
        if (n instanceof ScalarNode s) {
            out.writeByte(s.getScalarStyle().ordinal());
            string(out, s.getValue());
        } else if (n instanceof SequenceNode s) {
            out.writeByte(s.getFlowStyle().ordinal());
            out.writeInt(s.getValue().size());
            for (Node c : s.getValue()) {
                node(out, c);
            }
        } else {
            MappingNode m = (MappingNode) n;
            out.writeByte(m.getFlowStyle().ordinal());
            out.writeBoolean(m.hasMergeTag());
            out.writeInt(m.getValue().size());
            for (NodeTuple t : m.getValue()) {
                node(out, t.getKeyNode());
                node(out, t.getValueNode());
            }
        }
    }

    private static void mark(DataOutputStream out, Optional<Mark> mark) throws IOException {
        Mark m = mark.orElseThrow(() -> new IllegalArgumentException("a node without its position"));
        out.writeInt(m.getIndex());
        out.writeInt(m.getLine());
        out.writeInt(m.getColumn());
    }

    /** Length and UTF-8 bytes (writeUTF stops at 64 KB). */
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    // ---- reading ----

    /** Rebuilds the nodes; marks carry the file name and its code points as snakeyaml's do. */
    private static final class Reader {
        private static final ScalarStyle[] SCALAR_STYLES = ScalarStyle.values();
        private static final FlowStyle[] FLOW_STYLES = FlowStyle.values();
        private final ByteBuffer in;
        private final String name;
        private final int[] codePoints;

        Reader(ByteBuffer in, String name, int[] codePoints) {
            this.in = in;
            this.name = name;
            this.codePoints = codePoints;
        }

        Node node() {
            byte kind = in.get();
            byte t = in.get();
            Tag tag = t >= 0 ? TAGS[t] : new Tag(string(in));
            Optional<Mark> start = mark();
            Optional<Mark> end = mark();
            switch (kind) {
                case SCALAR -> {
                    ScalarStyle style = SCALAR_STYLES[in.get()];
                    return new ScalarNode(tag, true, string(in), style, start, end);
                }
                case SEQUENCE -> {
                    FlowStyle flow = FLOW_STYLES[in.get()];
                    int size = size();
                    List<Node> items = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        items.add(node());
                    }
                    return new SequenceNode(tag, true, items, flow, start, end);
                }
                case MAPPING -> {
                    FlowStyle flow = FLOW_STYLES[in.get()];
                    boolean merge = in.get() != 0;
                    int size = size();
                    List<NodeTuple> entries = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        Node key = node();
                        entries.add(new NodeTuple(key, node()));
                    }
                    MappingNode m = new MappingNode(tag, true, entries, flow, start, end);
                    m.setHasMergeTag(merge);
                    return m;
                }
                default -> throw new IllegalArgumentException("unknown node kind " + kind);
            }
        }

        /** A collection's size, at most one item per byte left (a damaged form must not allocate gigabytes). */
        private int size() {
            int size = in.getInt();
            if (size < 0 || size > in.remaining()) {
                throw new IllegalArgumentException("bad size " + size);
            }
            return size;
        }

        private Optional<Mark> mark() {
            int index = in.getInt();
            int line = in.getInt();
            int column = in.getInt();
            return Optional.of(new Mark(name, index, line, column, codePoints, index));
        }
    }
}
