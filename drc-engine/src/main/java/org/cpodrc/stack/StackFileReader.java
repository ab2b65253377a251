package org.cpodrc.stack;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpodrc.InputException;
import org.cpodrc.deck.syntax.Quantity;
import org.cpodrc.deck.syntax.QuantityKind;
import org.cpodrc.deck.syntax.Suggest;
import org.cpodrc.deck.syntax.TextProblem;
import org.cpodrc.deck.yaml.MapReader;
import org.cpodrc.deck.yaml.Scalar;
import org.cpodrc.deck.yaml.YamlFile;
import org.cpodrc.deck.yaml.YamlNodes;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a stack file with the deck loader's YAML pieces ({@link YamlFile}, {@link MapReader},
 * exact {@link Quantity} parsing, did-you-mean): every mistake is one {@code FILE:LINE:COL: message}.
 */
public final class StackFileReader {
    /** Die file names the reader takes: GDSII or OASIS, optionally gzip-compressed (the content decides which). */
    static final java.util.regex.Pattern LAYOUT_FILE = java.util.regex.Pattern.compile(".*\\.(gds|GDS|gds2|gdsii|oas|OAS)(\\.gz)?");

    private static final Pattern LAYER_SPEC = Pattern.compile("\\s*(\\d{1,5})\\s*(?:/\\s*(\\d{1,5})\\s*)?");

    private StackFileReader() {
    }

    /** Whether a file is a stack file: YAML text whose first key is {@code cpodrc-stack} (content, not extension). */
    public static boolean isStackFile(Path path) {
        if (!Files.isRegularFile(path)) {
            return false;
        }
        try (var in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4096);
            String text = new String(head, StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.equals("---")) {
                    continue;
                }
                return l.startsWith(StackGrammar.MARKER + ":") || l.startsWith("\"" + StackGrammar.MARKER + "\":")
                        || l.startsWith("{\"" + StackGrammar.MARKER + "\"") || l.startsWith("{" + StackGrammar.MARKER + ":");
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    public static StackFile read(Path path) {
        String text;
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(path + ": is a directory, not a stack file");
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (IOException e) {
            throw new InputException(path + ": cannot read: " + e.getMessage());
        }
        return parse(path, text);
    }

    static StackFile parse(Path path, String text) {
        YamlFile yaml = YamlFile.parse(path.toString(), text);
        MapReader top = new MapReader(yaml, yaml.root(), "the stack file");
        top.allowOnly(StackGrammar.names(StackGrammar.TOP_KEYS));
        Scalar version = top.required(StackGrammar.MARKER, "the format version 1");
        if (!version.value().strip().equals(StackGrammar.FORMAT_VERSION)) {
            throw version.error("unsupported stack format version '" + version.value() + "' (this cpodrc reads "
                    + StackGrammar.MARKER + ": " + StackGrammar.FORMAT_VERSION + ")");
        }
        String name = top.required("name", "a package name").value().strip();
        return parse(yaml, top, path, name, null);
    }

    /**
     * Draws a die written inline in another YAML file (a deck test case's stack) instead of naming a
     * layout file: the stack package places it like a file's layout, the caller knows the shape syntax.
     */
    public interface DieDrawing {
        /** The die key holding the drawing (instead of {@code file} or {@code shapes}). */
        String key();

        /**
         * Draws the die in its own coordinates.
         *
         * @param layers filled with the die's layer names and their layers in the returned layout
         * @return a layout with one top cell
         */
        Layout draw(String die, Node drawing, Map<String, LayerKey> layers);
    }

    /**
     * A stack written inline as a node of another YAML file: the stack-file keys except the version
     * marker, {@code name} optional, and dies may be drawn through {@code drawing}.
     *
     * @param path where the YAML file is (die files resolve against its folder)
     */
    public static StackFile parseInline(YamlFile yaml, Node node, Path path, String defaultName, DieDrawing drawing) {
        MapReader top = new MapReader(yaml, node, "the stack");
        top.allowOnly(StackGrammar.names(StackGrammar.TOP_KEYS).stream().filter(k -> !k.equals(StackGrammar.MARKER))
                .toList());
        String name = top.scalar("name", "a package name").map(s -> s.value().strip()).orElse(defaultName);
        return parse(yaml, top, path, name, drawing);
    }

    private static StackFile parse(YamlFile yaml, MapReader top, Path path, String name, DieDrawing drawing) {
        String description = top.scalar("description", "a description").map(Scalar::value).orElse(null);
        String stack = top.scalar("stack", "a stack kind").map(s -> word(s, StackGrammar.stacks(), "stack")).orElse(null);
        if (!top.has("dies")) {
            throw yaml.error(top.node(), "missing key 'dies' in the stack file (at least one die)");
        }
        Node diesNode = top.get("dies").get();
        if (!(diesNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            throw yaml.error(diesNode, "'dies' must be a list of at least one die (- name: ...), found a "
                    + YamlNodes.kind(diesNode));
        }
        Path folder = path.toAbsolutePath().getParent();
        List<StackFile.Die> dies = new ArrayList<>();
        Map<String, Scalar> seen = new LinkedHashMap<>();
        for (Node n : seq.getValue()) {
            StackFile.Die d = die(yaml, n, folder, drawing);
            Scalar first = seen.putIfAbsent(d.dieName(), d.name());
            if (first != null) {
                throw d.name().error("duplicate die name '" + d.dieName() + "' (first at " + yaml.lineColumn(first.node()) + ")");
            }
            dies.add(d);
        }
        Map<String, Scalar> layers = new LinkedHashMap<>();
        if (top.has("layers")) {
            MapReader lm = new MapReader(yaml, top.get("layers").get(), "'layers'");
            for (Map.Entry<String, NodeTuple> e : lm.entries().entrySet()) {
                Scalar key = Scalar.of(yaml, e.getValue().getKeyNode(), "a deck layer name");
                if (!StackGrammar.NAME.matcher(e.getKey()).matches()) {
                    throw key.error("bad deck layer name '" + e.getKey() + "' (letters, digits and '_')");
                }
                Scalar v = Scalar.of(yaml, e.getValue().getValueNode(), "a die layer DIE.NAME for '" + e.getKey() + "'");
                dieLayer(v, seen.keySet(), dies);
                layers.put(e.getKey(), v);
            }
        }
        return new StackFile(yaml, path, name, description, stack, List.copyOf(dies), layers);
    }

    /** Checks a {@code DIE.NAME} reference against the dies and their layer maps. */
    private static void dieLayer(Scalar v, java.util.Collection<String> dieNames, List<StackFile.Die> dies) {
        String ref = v.value().strip();
        int dot = ref.indexOf('.');
        if (dot < 0) {
            throw v.error("expected a die layer DIE.NAME such as PIC.OUTLINE, found '" + ref + "'");
        }
        String die = ref.substring(0, dot);
        String layer = ref.substring(dot + 1);
        StackFile.Die d = dies.stream().filter(x -> x.dieName().equals(die)).findFirst().orElse(null);
        if (d == null) {
            throw v.error("unknown die '" + die + "' in '" + ref + "'" + Suggest.hint(die, dieNames)
                    + " (dies: " + String.join(", ", dieNames) + ")");
        }
        List<String> known = new ArrayList<>(d.layers().keySet());
        known.addAll(d.shapes().keySet());
        if (!known.contains(StackGrammar.OUTLINE)) {
            known.add(StackGrammar.OUTLINE);
        }
        if (!known.contains(layer)) {
            throw v.errorAt(v.value().indexOf('.') + 1, "die '" + die + "' has no layer '" + layer + "'"
                    + Suggest.hint(layer, known) + " (its layers: " + String.join(", ", known) + ")");
        }
    }

    private static StackFile.Die die(YamlFile yaml, Node node, Path folder, DieDrawing drawing) {
        MapReader m = new MapReader(yaml, node, "a die");
        List<String> keys = new ArrayList<>(StackGrammar.names(StackGrammar.DIE_KEYS));
        if (drawing != null) {
            keys.add(drawing.key());
        }
        m.allowOnly(keys);
        Scalar name = m.required("name", "a die name");
        String n = name.value().strip();
        if (!StackGrammar.NAME.matcher(n).matches()) {
            throw name.error("bad die name '" + n + "' (use letters, digits and '_', not starting with a digit)");
        }
        String what = "die '" + n + "'";
        Optional<Scalar> file = m.scalar("file", "a layout file");
        boolean hasShapes = m.has("shapes");
        boolean drawn = drawing != null && m.has(drawing.key());
        if ((file.isPresent() ? 1 : 0) + (hasShapes ? 1 : 0) + (drawn ? 1 : 0) != 1) {
            throw yaml.error(m.node(), what + " needs exactly one of 'file' (a .gds or .gds.gz layout) or 'shapes' (boxes)"
                    + (drawing == null ? "" : " or '" + drawing.key() + "' (shapes drawn in die coordinates)"));
        }
        if (drawn) {
            for (String k : List.of("cell", "layers")) {
                if (m.has(k)) {
                    throw yaml.error(m.keyNode(k), what + ": '" + k + "' names parts of a layout file; '"
                            + drawing.key() + "' names its layers itself");
                }
            }
        }
        Path filePath = file.map(f -> folder.resolve(f.value().strip()).normalize()).orElse(null);
        Optional<Scalar> cell = m.scalar("cell", "a cell name");
        if (hasShapes) {
            for (String k : List.of("cell", "at", "flip", "rotate")) {
                if (m.has(k)) {
                    throw yaml.error(m.keyNode(k), what + ": '" + k + "' needs a 'file'; 'shapes' are drawn in package"
                            + " coordinates");
                }
            }
        }
        String role = word(m.required("role", "a die role"), StackGrammar.roles(), "role");
        int tier = integer(m.required("tier", "an integer tier"), "tier");
        BigDecimal[] at = {BigDecimal.ZERO, BigDecimal.ZERO};
        Scalar[] atScalars = new Scalar[2];
        if (m.has("at")) {
            Node a = m.get("at").get();
            if (!(a instanceof SequenceNode s) || s.getValue().size() != 2) {
                throw yaml.error(a, what + ": 'at' must be [x, y] (two lengths, bare numbers in um)");
            }
            for (int i = 0; i < 2; i++) {
                atScalars[i] = Scalar.of(yaml, s.getValue().get(i), "a length");
                at[i] = length(atScalars[i]);
            }
        }
        boolean flip = m.scalar("flip", "true or false").map(s -> bool(s)).orElse(false);
        int rotate = 0;
        Optional<Scalar> rot = m.scalar("rotate", "0, 90, 180 or 270");
        if (rot.isPresent()) {
            String r = rot.get().value().strip().replaceAll("(deg|°)$", "").strip();
            try {
                rotate = Integer.parseInt(r);
            } catch (NumberFormatException e) {
                rotate = -1;
            }
            if (!StackGrammar.rotations().contains(rotate)) {
                throw rot.get().error("bad rotate '" + rot.get().value().strip() + "' for " + what
                        + ": a die turns by 0, 90, 180 or 270 degrees counter-clockwise");
            }
        }
        Double thickness = m.scalar("thickness", "a length").map(s -> length(s).doubleValue()).orElse(null);
        Map<String, LayerKey> layers = new LinkedHashMap<>();
        if (m.has("layers")) {
            MapReader lm = new MapReader(yaml, m.get("layers").get(), what + "'s layers");
            for (Map.Entry<String, NodeTuple> e : lm.entries().entrySet()) {
                layerName(yaml, e.getValue().getKeyNode());
                Scalar v = Scalar.of(yaml, e.getValue().getValueNode(), "LAYER/DATATYPE for '" + e.getKey() + "'");
                Matcher lmatch = LAYER_SPEC.matcher(v.value());
                if (!lmatch.matches() || Integer.parseInt(lmatch.group(1)) > 65535
                        || (lmatch.group(2) != null && Integer.parseInt(lmatch.group(2)) > 65535)) {
                    throw v.error("bad layer '" + v.value().strip() + "' for '" + e.getKey()
                            + "': expected LAYER/DATATYPE such as 1/0 (0..65535)");
                }
                layers.put(e.getKey(), new LayerKey(Integer.parseInt(lmatch.group(1)),
                        lmatch.group(2) == null ? 0 : Integer.parseInt(lmatch.group(2))));
            }
        }
        if (hasShapes && !layers.isEmpty()) {
            throw yaml.error(m.keyNode("layers"), what + ": 'layers' maps a layout file's layers; a 'shapes' die"
                    + " names its layers in 'shapes'");
        }
        Map<String, List<StackFile.Box>> shapes = new LinkedHashMap<>();
        if (hasShapes) {
            MapReader sm = new MapReader(yaml, m.get("shapes").get(), what + "'s shapes");
            for (Map.Entry<String, NodeTuple> e : sm.entries().entrySet()) {
                layerName(yaml, e.getValue().getKeyNode());
                shapes.put(e.getKey(), boxes(yaml, e.getValue().getValueNode(), e.getKey()));
            }
            if (shapes.isEmpty()) {
                throw yaml.error(m.get("shapes").get(), what + ": 'shapes' names no layer");
            }
        }
        Layout drawnLayout = drawn ? drawing.draw(n, m.get(drawing.key()).get(), layers) : null;
        String fileText = file.map(f -> f.value().strip()).orElse(null);
        if (fileText != null && !LAYOUT_FILE.matcher(fileText).matches()) {
            throw file.get().error(what + ": '" + fileText + "' is not a layout file name (.gds, .oas, optionally .gz)");
        }
        return new StackFile.Die(new Scalar(yaml, name.node()), filePath, file.orElse(null),
                cell.map(c -> c.value().strip()).orElse(null), cell.orElse(null), role, tier, at, atScalars, flip,
                rotate, thickness, layers, shapes, drawnLayout);
    }

    private static void layerName(YamlFile yaml, Node keyNode) {
        Scalar k = Scalar.of(yaml, keyNode, "a layer name");
        if (!StackGrammar.NAME.matcher(k.value()).matches()) {
            throw k.error("bad layer name '" + k.value() + "' (use letters, digits and '_', not starting with a digit)");
        }
    }

    private static List<StackFile.Box> boxes(YamlFile yaml, Node node, String layer) {
        if (!(node instanceof SequenceNode seq)) {
            throw yaml.error(node, "'" + layer + "' needs a list of boxes [[x1, y1, x2, y2], ...] in um");
        }
        List<StackFile.Box> out = new ArrayList<>();
        for (Node b : seq.getValue()) {
            if (!(b instanceof SequenceNode bs) || bs.getValue().size() != 4) {
                throw yaml.error(b, "a box is [x1, y1, x2, y2] (four lengths, bare numbers in um)");
            }
            BigDecimal[] v = new BigDecimal[4];
            Scalar first = null;
            for (int i = 0; i < 4; i++) {
                Scalar s = Scalar.of(yaml, bs.getValue().get(i), "a length");
                first = first == null ? s : first;
                v[i] = length(s);
            }
            if (v[0].compareTo(v[2]) >= 0 || v[1].compareTo(v[3]) >= 0) {
                throw first.error("empty box [" + v[0].toPlainString() + ", " + v[1].toPlainString() + ", "
                        + v[2].toPlainString() + ", " + v[3].toPlainString() + "]: need x1 < x2 and y1 < y2");
            }
            out.add(new StackFile.Box(v, first));
        }
        return out;
    }

    static BigDecimal length(Scalar s) {
        try {
            return Quantity.parse(QuantityKind.LENGTH, s.value());
        } catch (TextProblem p) {
            throw s.errorAt(p.offset(), p.getMessage());
        }
    }

    private static String word(Scalar s, List<String> allowed, String what) {
        String v = s.value().strip();
        if (!allowed.contains(v)) {
            throw s.error("unknown " + what + " '" + v + "': expected " + String.join(" | ", allowed)
                    + Suggest.hint(v, allowed));
        }
        return v;
    }

    private static int integer(Scalar s, String what) {
        try {
            return new BigInteger(s.value().strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw s.error("'" + what + "' must be an integer, found '" + s.value().strip() + "'");
        }
    }

    private static boolean bool(Scalar s) {
        String v = s.value().strip();
        if (v.equals("true")) {
            return true;
        }
        if (v.equals("false")) {
            return false;
        }
        throw s.error("expected true or false, found '" + v + "'");
    }

}
