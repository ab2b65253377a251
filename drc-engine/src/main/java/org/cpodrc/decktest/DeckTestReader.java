package org.cpodrc.decktest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpodrc.InputException;
import org.cpodrc.check.Rule;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.syntax.Quantity;
import org.cpodrc.deck.syntax.QuantityKind;
import org.cpodrc.deck.syntax.Suggest;
import org.cpodrc.deck.syntax.TextProblem;
import org.cpodrc.deck.yaml.MapReader;
import org.cpodrc.deck.yaml.Scalar;
import org.cpodrc.deck.yaml.YamlFile;
import org.cpodrc.deck.yaml.YamlNodes;
import org.cpodrc.engine.TopCells;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.stack.Stack;
import org.cpodrc.stack.StackFile;
import org.cpodrc.stack.StackFileReader;
import org.cpodrc.stack.StackGrammar;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a deck test file against the deck it tests (layer names and rule ids are checked against
 * it). Every mistake is an {@link InputException} "FILE:LINE:COL: message". The grammar is in
 * {@code deck-test.schema.json} beside the deck schema and in docs/deck-authoring.md.
 */
public final class DeckTestReader {
    public static final String VERSION_KEY = "cpodrc-deck-test";
    public static final String FORMAT_VERSION = "1";
    static final List<String> TOP_KEYS = List.of(VERSION_KEY, "description", "dbu", "cases");
    static final List<String> CASE_KEYS = List.of("name", "description", "params", "layout", "gds", "stack", "top",
            "tolerance", "expect");
    /** The key of an inline stack's die that holds its shapes (in die coordinates). */
    static final String DIE_LAYOUT = "layout";
    static final List<String> SHAPES = List.of("box", "polygon", "path", "circle", "text");
    static final List<String> MARKER_KEYS = List.of("bbox", "value", "tolerance");
    /** Default tolerance of marker coordinates and values: 10 nm. */
    static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");
    /** Inline layouts are tiny; the limit only guards a test that names a huge GDS or stack file. */
    static final long MAX_SHAPES = 50_000_000L;

    private final Deck deck;
    private final Set<String> skipped;

    public DeckTestReader(Deck deck) {
        this(deck, Set.of());
    }

    /** @param skipped rule ids whose expectations are left out (rules the tested deck disabled) */
    public DeckTestReader(Deck deck, Set<String> skipped) {
        this.deck = deck;
        this.skipped = Set.copyOf(skipped);
    }

    public DeckTestFile read(TestSource source) {
        YamlFile file = YamlFile.parse(source.name(), source.read(), "the test file");
        MapReader top = new MapReader(file, file.root(), "the test file");
        top.allowOnly(TOP_KEYS);
        Scalar version = top.required(VERSION_KEY, "the test format version");
        if (!version.value().strip().equals(FORMAT_VERSION)) {
            throw version.error("unsupported deck test format version '" + version.value()
                    + "' (this cpodrc reads version " + FORMAT_VERSION + ": write '" + VERSION_KEY + ": 1')");
        }
        BigDecimal dbu = top.scalar("dbu", "a database unit").map(s -> length(s)).orElse(new BigDecimal("0.001"));
        if (dbu.signum() <= 0) {
            throw top.scalar("dbu", "").get().error("dbu must be positive");
        }
        Node casesNode = top.get("cases").orElseThrow(() -> file.error(top.node(), "missing key 'cases' in the test file"));
        List<TestCase> cases = new ArrayList<>();
        Map<String, Node> names = new LinkedHashMap<>();
        for (Node c : list(file, casesNode, "'cases'")) {
            TestCase tc = testCase(source, file, c, dbu);
            if (tc == null) {
                continue; // only about rules the tested deck disabled
            }
            Node prev = names.putIfAbsent(tc.name(), c);
            if (prev != null) {
                throw file.error(c, "duplicate case name '" + tc.name() + "' (first at " + file.lineColumn(prev) + ")");
            }
            cases.add(tc);
        }
        return new DeckTestFile(source.name(), cases);
    }

    private TestCase testCase(TestSource source, YamlFile file, Node node, BigDecimal dbu) {
        MapReader m = new MapReader(file, node, "a case");
        m.allowOnly(CASE_KEYS);
        String name = m.required("name", "a case name").value().strip();
        MapReader c = new MapReader(file, node, "case '" + name + "'");
        Map<String, String> params = new LinkedHashMap<>();
        String paramsAt = null;
        if (c.get("params").filter(n -> !isNull(n)).isPresent()) {
            MapReader p = new MapReader(file, c.get("params").get(), "the params of case '" + name + "'");
            paramsAt = file.where(p.node());
            for (NodeTuple t : p.entries().values()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                if (!deck.params().containsKey(key)) {
                    throw file.error(t.getKeyNode(), "unknown param '" + key + "' of deck " + deck.name()
                            + Suggest.hint(key, deck.params().keySet()));
                }
                params.put(key, Scalar.of(file, t.getValueNode(), "a value for param '" + key + "'").value());
            }
        }
        BigDecimal tolerance = c.scalar("tolerance", "a length").map(this::length).orElse(DEFAULT_TOLERANCE);
        Layout layout = null;
        Cell top = null;
        Stack stack = null;
        boolean inline = c.has("layout");
        int given = (inline ? 1 : 0) + (c.has("gds") ? 1 : 0) + (c.has("stack") ? 1 : 0);
        if (given != 1) {
            throw file.error(c.node(), "case '" + name + "' needs one of 'layout' (shapes per layer), 'gds' (a file)"
                    + " or 'stack' (a stack file or an inline stack)" + (given > 1 ? ", not several" : ""));
        }
        if (c.has("stack")) {
            if (c.has("top")) {
                throw file.error(c.keyNode("top"), "'top' goes with 'gds'; a stack's die names its cell with 'cell:'");
            }
            stack = stack(source, file, c.get("stack").get(), name, dbu);
        } else if (inline) {
            if (c.has("top")) {
                throw file.error(c.keyNode("top"), "'top' goes with 'gds'; inline layouts have one cell");
            }
            InlineLayout drawing = new InlineLayout(dbu);
            Node l = c.get("layout").get();
            if (!isNull(l)) {
                MapReader layers = new MapReader(file, l, "the layout of case '" + name + "'");
                for (NodeTuple t : layers.entries().values()) {
                    LayerKey key = layer(file, (ScalarNode) t.getKeyNode());
                    if (!isNull(t.getValueNode())) {
                        for (Node shape : list(file, t.getValueNode(), "the shapes of layer '"
                                + ((ScalarNode) t.getKeyNode()).getValue() + "'")) {
                            shape(file, shape, key, drawing);
                        }
                    }
                }
            }
            layout = drawing.layout();
            top = drawing.top();
        } else {
            Scalar gds = c.required("gds", "a GDSII file relative to the test file");
            try {
                layout = source.readGds(gds.value().strip());
            } catch (InputException e) {
                throw gds.error("cannot read '" + gds.value().strip() + "': " + e.getMessage());
            }
            if (layout == null) {
                throw gds.error("no such GDSII file '" + gds.value().strip() + "' (paths are relative to the test file)");
            }
            String cell = c.scalar("top", "a cell name").map(s -> s.value().strip()).orElse(null);
            List<Cell> tops;
            try {
                tops = TopCells.choose(layout, cell, gds.value().strip());
            } catch (InputException e) {
                throw gds.error(e.getMessage());
            }
            if (tops.size() != 1) {
                throw gds.error("the file has several top cells; name one with 'top:'");
            }
            top = tops.get(0);
        }
        Node e = c.get("expect").orElseThrow(() -> file.error(c.node(), "missing key 'expect' in case '" + name + "'"));
        MapReader expects = new MapReader(file, e, "the expectations of case '" + name + "'");
        Map<String, Expectation> expect = new LinkedHashMap<>();
        Set<String> ids = new java.util.LinkedHashSet<>(deck.rules().stream().map(Rule::id).toList());
        for (NodeTuple t : expects.entries().values()) {
            String id = ((ScalarNode) t.getKeyNode()).getValue();
            if (skipped.contains(id)) {
                continue;
            }
            if (!ids.contains(id)) {
                throw file.error(t.getKeyNode(), "unknown rule '" + id + "' (not an enabled rule of deck "
                        + deck.name() + ")" + Suggest.hint(id, ids));
            }
            expect.put(id, expectation(file, t.getValueNode(), tolerance));
        }
        if (expect.isEmpty() && expects.entries().isEmpty()) {
            throw file.error(expects.node(), "case '" + name + "' expects nothing: name at least one rule");
        }
        return expect.isEmpty() ? null : new TestCase(name, file.where(node), params, paramsAt, layout, top, stack,
                expect);
    }

    /**
     * A case's stack: a stack file named relative to the test file, or a stack written inline whose
     * dies draw their shapes under {@value #DIE_LAYOUT} in die µm, placed by the stack package exactly
     * as a die file would be.
     */
    private Stack stack(TestSource source, YamlFile file, Node node, String name, BigDecimal dbu) {
        if (node instanceof ScalarNode) {
            Scalar s = Scalar.of(file, node, "a stack file relative to the test file");
            String rel = s.value().strip();
            if (source.file() == null) {
                throw s.error("a stack file is read beside a test file on disk; write the stack inline here");
            }
            java.nio.file.Path p = source.file().toAbsolutePath().getParent().resolve(rel).normalize();
            if (!StackFileReader.isStackFile(p)) {
                throw s.error(java.nio.file.Files.isRegularFile(p)
                        ? "'" + rel + "' is not a stack file (its first key must be '" + StackGrammar.MARKER + "')"
                        : "no such stack file '" + rel + "' (paths are relative to the test file)");
            }
            return Stack.load(p, MAX_SHAPES);
        }
        java.nio.file.Path at = source.file() != null ? source.file() : java.nio.file.Path.of(source.name());
        StackFile f = StackFileReader.parseInline(file, node, at, name, new StackFileReader.DieDrawing() {
            @Override
            public String key() {
                return DIE_LAYOUT;
            }

            @Override
            public Layout draw(String die, Node drawing, Map<String, LayerKey> layers) {
                InlineLayout d = new InlineLayout(dbu);
                if (!isNull(drawing)) {
                    MapReader m = new MapReader(file, drawing, "the layout of die '" + die + "'");
                    for (NodeTuple t : m.entries().values()) {
                        ScalarNode k = (ScalarNode) t.getKeyNode();
                        String layer = k.getValue().strip();
                        if (!StackGrammar.NAME.matcher(layer).matches()) {
                            throw file.error(k, "bad layer name '" + layer + "' (letters, digits and '_')");
                        }
                        // die layers are numbered in the order written; decks see them as DIE.NAME
                        LayerKey key = new LayerKey(layers.size() + 1, 0);
                        layers.put(layer, key);
                        if (!isNull(t.getValueNode())) {
                            for (Node shape : list(file, t.getValueNode(), "the shapes of layer '" + layer + "'")) {
                                shape(file, shape, key, d);
                            }
                        }
                    }
                }
                return d.layout();
            }
        });
        return Stack.load(f, MAX_SHAPES);
    }

    private LayerKey layer(YamlFile file, ScalarNode key) {
        String n = key.getValue().strip();
        LayerKey k = deck.layers().get(n);
        if (k != null) {
            return k;
        }
        if (n.matches("\\d+\\s*/\\s*\\d+")) {
            return LayerKey.parse(n);
        }
        if (deck.derived().containsKey(n)) {
            throw file.error(key, "'" + n + "' is a derived layer of deck " + deck.name()
                    + "; draw the layers it is made of");
        }
        throw file.error(key, "unknown layer '" + n + "' (not a layer of deck " + deck.name() + ", nor LAYER/DATATYPE)"
                + Suggest.hint(n, deck.layers().keySet()));
    }

    private void shape(YamlFile file, Node node, LayerKey layer, InlineLayout d) {
        MapReader m = new MapReader(file, node, "a shape");
        String kind = null;
        for (String k : m.entries().keySet()) {
            if (SHAPES.contains(k)) {
                if (kind != null) {
                    throw file.error(m.keyNode(k), "a shape is one of " + String.join(", ", SHAPES) + "; this one is both "
                            + kind + " and " + k);
                }
                kind = k;
            }
        }
        if (kind == null) {
            String first = m.entries().keySet().stream().findFirst().orElse("");
            throw file.error(first.isEmpty() ? node : m.keyNode(first), "a shape needs one of "
                    + String.join(", ", SHAPES) + (first.isEmpty() ? "" : "; found '" + first + "'"
                    + Suggest.hint(first, SHAPES)));
        }
        try {
            draw(file, node, m, kind, layer, d);
        } catch (InlineLayout.OutOfRange e) {
            throw file.error(node, e.getMessage());
        }
    }

    private void draw(YamlFile file, Node node, MapReader m, String kind, LayerKey layer, InlineLayout d) {
        Node value = m.get(kind).get();
        switch (kind) {
            case "box" -> {
                m.allowOnly(List.of("box"));
                List<BigDecimal> v = numbers(file, value, "box", 4, 4);
                d.box(layer, v.get(0), v.get(1), v.get(2), v.get(3));
            }
            case "polygon" -> {
                m.allowOnly(List.of("polygon"));
                d.polygon(layer, numbers(file, value, "polygon", 6, -1));
            }
            case "path" -> {
                m.allowOnly(List.of("path", "width", "ends"));
                List<BigDecimal> v = numbers(file, value, "path", 4, -1);
                BigDecimal w = length(m.required("width", "the path width"));
                String ends = m.scalar("ends", "flush or square").map(s -> s.value().strip()).orElse("flush");
                if (!ends.equals("flush") && !ends.equals("square")) {
                    throw m.scalar("ends", "").get().error("ends must be flush or square, not '" + ends + "'"
                            + Suggest.hint(ends, List.of("flush", "square")));
                }
                d.path(layer, v, w, ends.equals("square"));
            }
            case "circle" -> {
                m.allowOnly(List.of("circle", "diameter"));
                List<BigDecimal> v = numbers(file, value, "circle centre", 2, 2);
                Scalar dia = m.required("diameter", "the circle diameter");
                BigDecimal dd = length(dia);
                if (dd.signum() <= 0) {
                    throw dia.error("diameter must be positive");
                }
                d.circle(layer, v.get(0), v.get(1), dd);
            }
            default -> {
                m.allowOnly(List.of("text", "at"));
                String s = Scalar.of(file, value, "the label string").value();
                Node at = m.get("at").orElseThrow(() -> file.error(node, "a text needs 'at: [x, y]'"));
                List<BigDecimal> v = numbers(file, at, "text position", 2, 2);
                d.text(layer, s, v.get(0), v.get(1));
            }
        }
    }

    private Expectation expectation(YamlFile file, Node node, BigDecimal tolerance) {
        String where = file.where(node);
        if (node instanceof SequenceNode seq) {
            List<ExpectedMarker> markers = new ArrayList<>();
            for (Node item : seq.getValue()) {
                markers.add(marker(file, item, tolerance));
            }
            return new Expectation(markers.size(), markers, where);
        }
        Scalar s = Scalar.of(file, node, "clean, a violation count or a list of markers");
        String v = s.value().strip();
        if (v.equals("clean")) {
            return new Expectation(0, List.of(), where);
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return new Expectation(n, List.of(), where);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw s.error("expected clean, a violation count (0 or more) or a list of markers, not '" + v + "'"
                + Suggest.hint(v, List.of("clean")));
    }

    private ExpectedMarker marker(YamlFile file, Node node, BigDecimal caseTolerance) {
        MapReader m = new MapReader(file, node, "a marker");
        m.allowOnly(MARKER_KEYS);
        Node bbox = m.get("bbox").orElseThrow(() -> file.error(node, "a marker needs 'bbox: [x1, y1, x2, y2]' (µm)"));
        List<BigDecimal> b = numbers(file, bbox, "bbox", 4, 4);
        BigDecimal tol = m.scalar("tolerance", "a length").map(this::length).orElse(caseTolerance);
        double value = m.scalar("value", "the measured value").map(s -> length(s).doubleValue()).orElse(Double.NaN);
        return new ExpectedMarker(b.get(0).min(b.get(2)).doubleValue(), b.get(1).min(b.get(3)).doubleValue(),
                b.get(0).max(b.get(2)).doubleValue(), b.get(1).max(b.get(3)).doubleValue(), value,
                tol.doubleValue(), tol.doubleValue());
    }

    /** A flat list of lengths: at least min, at most max (-1: any) and an even number. */
    private List<BigDecimal> numbers(YamlFile file, Node node, String what, int min, int max) {
        if (!(node instanceof SequenceNode seq)) {
            throw file.error(node, "expected " + what + " as a list of numbers in µm, found a " + YamlNodes.kind(node));
        }
        List<BigDecimal> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            out.add(length(Scalar.of(file, n, "a number in µm in the " + what)));
        }
        int count = out.size();
        if (count < min || (max >= 0 && count > max) || count % 2 != 0) {
            String want = max == min ? min + " numbers" : "an even number of numbers (at least " + min + ")";
            throw file.error(node, what + " needs " + want + ", found " + count);
        }
        return out;
    }

    private BigDecimal length(Scalar s) {
        try {
            return Quantity.parse(QuantityKind.LENGTH, s.value());
        } catch (TextProblem p) {
            throw s.errorAt(p.offset(), p.getMessage());
        }
    }

    private static List<Node> list(YamlFile file, Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        throw file.error(node, "expected " + what + " to be a list, found a " + YamlNodes.kind(node));
    }

    private static boolean isNull(Node n) {
        return n.getTag().equals(Tag.NULL);
    }
}
