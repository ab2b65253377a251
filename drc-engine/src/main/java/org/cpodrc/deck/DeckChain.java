package org.cpodrc.deck;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cpodrc.InputException;
import org.cpodrc.deck.expr.ExprParser;
import org.cpodrc.deck.syntax.Suggest;
import org.cpodrc.deck.yaml.MapReader;
import org.cpodrc.deck.yaml.Scalar;
import org.cpodrc.deck.yaml.YamlFile;
import org.cpodrc.deck.yaml.YamlNodes;
import org.cpodrc.layout.LayerKey;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a deck file and, first, the chain of decks it extends, merging each file onto its base:
 * params, layers, targets and derived layers override by name, labels add up, rules replace by id.
 * Checks the structure of each file (keys, kinds of values, version, names); values that may
 * contain {@code ${param}} are checked later by {@link DeckResolver}.
 */
final class DeckChain {
    private final ClassLoader loader;
    private final Deque<DeckSource> loading = new ArrayDeque<>();
    /** Every deck file read, the deck first, then its bases (what a watcher must watch). */
    private final List<DeckSource> read = new ArrayList<>();
    /** Files read (the deck, its extends chain, .lyp files), so callers can keep outputs off them. */
    private final List<java.nio.file.Path> files = new ArrayList<>();

    DeckChain(ClassLoader loader) {
        this.loader = loader;
    }

    DeckDraft load(DeckSource source) {
        String text;
        try {
            text = read(source);
        } catch (IOException e) {
            if (source instanceof DeckSource.Resource) {
                String n = source.name().substring(DeckSource.BUILTIN.length());
                List<String> known = BuiltinDecks.names(loader);
                throw new InputException(source.name() + ": no such builtin deck" + Suggest.hint(n, known)
                        + " (builtin decks: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
            }
            throw new InputException(source.name() + ": cannot read deck: " + DeckSource.reason(e));
        }
        return load(source, text);
    }

    /** The deck files read so far: the deck, then each base it extends. */
    List<DeckSource> read() {
        return List.copyOf(read);
    }

    private String read(DeckSource s) throws java.io.IOException {
        if (s instanceof DeckSource.FileSource f) {
            files.add(f.path());
        }
        return s.read();
    }

    List<java.nio.file.Path> files() {
        return List.copyOf(files);
    }

    private DeckDraft load(DeckSource source, String text) {
        read.add(source);
        YamlFile file = YamlFile.parse(source.name(), text, source.composed());
        MapReader top = new MapReader(file, file.root(), "the deck");
        top.allowOnly(DeckGrammar.names(DeckGrammar.TOP_KEYS));
        Scalar version = top.required("cpodrc", "the deck format version");
        if (!version.value().strip().equals(DeckGrammar.FORMAT_VERSION)) {
            throw version.error("unsupported deck format version '" + version.value() + "' (this cpodrc reads "
                    + "version " + DeckGrammar.FORMAT_VERSION + ": write 'cpodrc: 1')");
        }
        top.required("name", "a deck name");
        loading.push(source);
        try {
            DeckDraft draft = base(source, top);
            apply(source, top, draft);
            return draft;
        } finally {
            loading.pop();
        }
    }

    private DeckDraft base(DeckSource source, MapReader top) {
        Optional<Scalar> ext = top.scalar("extends", "a deck path or builtin:NAME");
        if (ext.isEmpty()) {
            return new DeckDraft();
        }
        String ref = ext.get().value().strip();
        DeckSource base = ref.startsWith(DeckSource.BUILTIN) ? DeckSource.of(ref, loader) : source.resolve(ref);
        for (DeckSource s : loading) {
            if (s.key().equals(base.key())) {
                List<String> chain = new ArrayList<>();
                loading.descendingIterator().forEachRemaining(d -> chain.add(d.name()));
                chain.add(base.name());
                throw ext.get().error("extends cycle: " + String.join(" -> ", chain));
            }
        }
        String text;
        try {
            text = read(base);
        } catch (IOException e) {
            throw ext.get().error("cannot read base deck '" + ref + "'"
                    + (ref.startsWith(DeckSource.BUILTIN) ? " (no such builtin deck; see 'cpodrc deck list')"
                    : " (" + base.name() + ": " + DeckSource.reason(e) + ")"));
        }
        return load(base, text);
    }

    private void apply(DeckSource source, MapReader top, DeckDraft d) {
        YamlFile file = top.file();
        d.name = top.required("name", "a deck name");
        top.scalar("description", "a description").ifPresent(s -> d.description = s);
        top.scalar("stack", "a stack name").ifPresent(s -> d.stack = s);
        section(top, "params").ifPresent(m -> {
            for (NodeTuple t : m.entries().values()) {
                Scalar key = name(file, t.getKeyNode(), "param");
                d.params.put(key.value(), Scalar.of(file, t.getValueNode(), "a value for param '" + key.value() + "'"));
            }
        });
        section(top, "layers").ifPresent(m -> layers(source, m, d));
        top.get("labels").filter(n -> !isNull(n)).ifPresent(n -> {
            for (Node item : list(file, n, "labels")) {
                Scalar s = Scalar.of(file, item, "a layer name in 'labels'");
                d.labels.putIfAbsent(s.value(), s);
            }
        });
        section(top, "targets").ifPresent(m -> {
            for (NodeTuple t : m.entries().values()) {
                String k = ((ScalarNode) t.getKeyNode()).getValue();
                d.targets.put(k, Scalar.of(file, t.getValueNode(), "a density for target '" + k + "'"));
            }
        });
        section(top, "derived").ifPresent(m -> {
            for (NodeTuple t : m.entries().values()) {
                Scalar key = name(file, t.getKeyNode(), "derived layer");
                Scalar expr = Scalar.of(file, t.getValueNode(), "an expression for derived layer '" + key.value() + "'");
                if (expr.isNull()) {
                    throw expr.error("derived layer '" + key.value() + "' needs an expression");
                }
                d.derived.put(key.value(), new DeckDraft.DerivedDef(key, expr));
            }
        });
        top.get("rules").filter(n -> !isNull(n)).ifPresent(n -> rules(file, n, d));
    }

    private void layers(DeckSource source, MapReader m, DeckDraft d) {
        YamlFile file = m.file();
        m.scalar("lyp", "a .lyp file path").ifPresent(lyp -> {
            DeckSource src = source.resolve(lyp.value().strip());
            String xml;
            try {
                xml = read(src);
            } catch (IOException e) {
                throw lyp.error("cannot read layer properties '" + lyp.value().strip() + "' (" + src.name() + ": "
                        + DeckSource.reason(e) + ")");
            }
            for (Map.Entry<String, LayerKey> e : LypFile.parse(src.name(), xml).entrySet()) {
                if (!ExprParser.RESERVED.contains(e.getKey())) {
                    d.layers.put(e.getKey(), new DeckDraft.LayerDef(lyp, e.getValue()));
                }
            }
        });
        for (NodeTuple t : m.entries().values()) {
            if (((ScalarNode) t.getKeyNode()).getValue().equals("lyp")) {
                continue;
            }
            Scalar key = name(file, t.getKeyNode(), "layer");
            Scalar value = Scalar.of(file, t.getValueNode(), "LAYER/DATATYPE for layer '" + key.value() + "'");
            if (value.isNull()) {
                throw value.error("layer '" + key.value() + "' needs LAYER/DATATYPE, e.g. 1/0");
            }
            d.layers.put(key.value(), new DeckDraft.LayerDef(value, null));
        }
    }

    private void rules(YamlFile file, Node n, DeckDraft d) {
        Map<String, Scalar> seen = new HashMap<>();
        int index = 0;
        for (Node item : list(file, n, "rules")) {
            index++;
            MapReader r = new MapReader(file, item, "rule #" + index);
            Scalar id = r.required("id", "a rule id");
            String v = id.value();
            if (!DeckGrammar.RULE_ID.matcher(v).matches()) {
                int bad = 0;
                while (bad < v.length() && DeckGrammar.RULE_ID.matcher(String.valueOf(v.charAt(bad))).matches()) {
                    bad++;
                }
                throw id.errorAt(bad, "bad character '" + (bad < v.length() ? v.charAt(bad) : ' ')
                        + "' in rule id '" + v + "' (use letters, digits, '.', '_' and '-')");
            }
            Scalar first = seen.putIfAbsent(v, id);
            if (first != null) {
                throw id.error("duplicate rule id '" + v + "' (first at " + first.where() + ")");
            }
            d.rules.put(v, new DeckDraft.RuleDraft(new MapReader(file, item, "rule '" + v + "'"), id));
        }
    }

    /** A mapping section; an empty value counts as an empty section. */
    private static Optional<MapReader> section(MapReader top, String key) {
        return top.get(key).filter(n -> !isNull(n)).map(n -> new MapReader(top.file(), n, "'" + key + "'"));
    }

    private static List<Node> list(YamlFile file, Node n, String key) {
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        throw file.error(n, "expected '" + key + "' to be a list (- item), found a " + YamlNodes.kind(n));
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode && n.getTag().equals(Tag.NULL);
    }

    /** A layer, derived-layer or param name: usable in expressions and ${...}. */
    private static Scalar name(YamlFile file, Node keyNode, String what) {
        Scalar key = Scalar.of(file, keyNode, "a " + what + " name");
        String k = key.value();
        if (!DeckGrammar.NAME.matcher(k).matches()) {
            throw key.error("bad " + what + " name '" + k + "' (use letters, digits and '_', not starting with a digit)");
        }
        if (ExprParser.RESERVED.contains(k)) {
            throw key.error("'" + k + "' is a reserved word and cannot name a " + what);
        }
        return key;
    }
}
