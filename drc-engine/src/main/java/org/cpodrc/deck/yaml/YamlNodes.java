package org.cpodrc.deck.yaml;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Words for node kinds in messages. */
public final class YamlNodes {
    private YamlNodes() {
    }

    public static String kind(Node n) {
        if (n instanceof MappingNode) {
            return "mapping";
        }
        if (n instanceof SequenceNode) {
            return "list";
        }
        return n.getTag().equals(Tag.NULL) ? "empty value" : "scalar";
    }
}
