package org.cpodrc.deck.yaml;

import org.cpodrc.InputException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** A scalar value together with its file and position, so any later fault in it can be located. */
public record Scalar(YamlFile file, ScalarNode node) {

    /** The node as a scalar, or a located error naming what was expected. */
    public static Scalar of(YamlFile file, Node node, String what) {
        if (node instanceof ScalarNode s) {
            return new Scalar(file, s);
        }
        throw file.error(node, "expected " + what + ", found a " + YamlNodes.kind(node));
    }

    public String value() {
        return node.getValue();
    }

    /** An empty value, {@code ~} or {@code null} written without quotes. */
    public boolean isNull() {
        return node.getTag().equals(Tag.NULL);
    }

    public String where() {
        return file.where(node);
    }

    public InputException error(String message) {
        return file.error(node, message);
    }

    public InputException errorAt(int offset, String message) {
        return file.errorAt(node, offset, message);
    }
}
