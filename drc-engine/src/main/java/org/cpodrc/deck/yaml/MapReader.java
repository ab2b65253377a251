package org.cpodrc.deck.yaml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cpodrc.deck.syntax.Suggest;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A YAML mapping read with its keys in order; duplicate keys, non-scalar keys and (on request)
 * unknown keys are located errors.
 */
public final class MapReader {
    private final YamlFile file;
    private final MappingNode node;
    private final String what;
    private final LinkedHashMap<String, NodeTuple> entries = new LinkedHashMap<>();

    /** @param what how messages name this mapping, e.g. "the deck" or "rule 'W.1'" */
    public MapReader(YamlFile file, Node node, String what) {
        this.file = file;
        this.what = what;
        if (!(node instanceof MappingNode m)) {
            throw file.error(node, "expected " + what + " to be a mapping (key: value), found a "
                    + YamlNodes.kind(node));
        }
        this.node = m;
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw file.error(t.getKeyNode(), "keys in " + what + " must be plain words");
            }
            NodeTuple prev = entries.putIfAbsent(k.getValue(), t);
            if (prev != null) {
                throw file.error(k, "duplicate key '" + k.getValue() + "' in " + what + " (first at "
                        + file.lineColumn(prev.getKeyNode()) + ")");
            }
        }
    }

    public YamlFile file() {
        return file;
    }

    public MappingNode node() {
        return node;
    }

    public String what() {
        return what;
    }

    /** Fails at the first key not in allowed, with a "did you mean" hint. */
    public void allowOnly(Collection<String> allowed) {
        for (NodeTuple t : entries.values()) {
            String k = ((ScalarNode) t.getKeyNode()).getValue();
            if (!allowed.contains(k)) {
                throw file.error(t.getKeyNode(), "unknown key '" + k + "' in " + what + Suggest.hint(k, allowed));
            }
        }
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The key node of an entry, for errors about the key itself. */
    public ScalarNode keyNode(String key) {
        return (ScalarNode) entries.get(key).getKeyNode();
    }

    /** A scalar entry; absent or empty values are missing. */
    public Optional<Scalar> scalar(String key, String expected) {
        Optional<Node> n = get(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Scalar s = Scalar.of(file, n.get(), expected + " for '" + key + "'");
        return s.isNull() ? Optional.empty() : Optional.of(s);
    }

    /** A scalar entry that must be present and non-empty. */
    public Scalar required(String key, String expected) {
        if (has(key)) {
            Scalar s = Scalar.of(file, get(key).get(), expected + " for '" + key + "'");
            if (s.isNull()) {
                throw s.error("'" + key + "' needs a value (" + expected + ")");
            }
            return s;
        }
        throw file.error(node, "missing key '" + key + "' in " + what);
    }

    /** Entries in file order: key node and value node. */
    public Map<String, NodeTuple> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }
}
