package org.cpodrc.deck.yaml;

import java.util.Optional;

import org.cpodrc.InputException;
import org.cpodrc.io.BoundedYaml;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * One YAML file composed into nodes that keep their source positions, and the single place that
 * formats deck errors as {@code FILE:LINE:COL: message} (1-based line and column).
 */
public final class YamlFile {
    private final String name;
    private final int[] codePoints;
    private final Node root;

    private YamlFile(String name, int[] codePoints, Node root) {
        this.name = name;
        this.codePoints = codePoints;
        this.root = root;
    }

    /** The text's code points; a loop, not {@code codePoints().toArray()}: a stream's first use costs milliseconds. */
    static int[] codePoints(String text) {
        int[] out = new int[text.codePointCount(0, text.length())];
        for (int i = 0, at = 0; i < out.length; i++) {
            out[i] = text.codePointAt(at);
            at += Character.charCount(out[i]);
        }
        return out;
    }

    /**
     * Parses text; malformed YAML becomes an {@link InputException} at snakeyaml's problem mark.
     *
     * @param name the file name used in messages
     */
    public static YamlFile parse(String name, String text) {
        return parse(name, text, "the deck");
    }

    /**
     * As {@link #parse(String, String)}, from the node tree composed at build time when there is one
     * and it was made from this very text ({@link ComposedYaml}): the same nodes, without composing.
     *
     * @param composed the {@link ComposedYaml} form, or null
     */
    public static YamlFile parse(String name, String text, byte[] composed) {
        if (composed != null) {
            int[] codePoints = codePoints(text);
            Optional<Node> root = ComposedYaml.read(composed, name, text, codePoints);
            if (root.isPresent()) {
                return new YamlFile(name, codePoints, root.get());
            }
        }
        return parse(name, text);
    }

    /** As {@link #parse(String, String)}; {@code what} names the document when it is empty ("the test file"). */
    public static YamlFile parse(String name, String text, String what) {
        Optional<Node> root;
        try {
            root = BoundedYaml.compose(LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(true)
                    .setUseMarks(true), text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().or(e::getContextMark);
            String where = m.map(mark -> name + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
                    .orElse(name);
            String problem = e.getProblem() == null ? "" : e.getProblem().strip();
            String context = e.getContext() == null ? "" : " (" + e.getContext().strip() + ")";
            throw new InputException(where + ": malformed YAML: " + problem + context);
        } catch (YamlEngineException e) {
            throw new InputException(name + ": malformed YAML: " + e.getMessage());
        }
        if (root.isEmpty()) {
            throw new InputException(name + ":1:1: " + what + " is empty");
        }
        return new YamlFile(name, codePoints(text), root.get());
    }

    public String name() {
        return name;
    }

    public Node root() {
        return root;
    }

    /** "FILE:LINE:COL" of a node's start. */
    public String where(Node node) {
        return node.getStartMark().map(m -> name + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                .orElse(name);
    }

    /** "LINE:COL" of a node's start, for "first defined at" notes. */
    public String lineColumn(Node node) {
        return node.getStartMark().map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("?");
    }

    public InputException error(Node node, String message) {
        return new InputException(where(node) + ": " + message);
    }

    /** An error at character offset of a scalar's value (quotes, escapes and folding accounted for). */
    public InputException errorAt(ScalarNode node, int offset, String message) {
        Optional<Mark> m = node.getStartMark();
        if (m.isEmpty()) {
            return new InputException(name + ": " + message);
        }
        Mark mark = m.get();
        int[] lc = ScalarPositions.locate(codePoints, mark.getIndex(), mark.getLine(), mark.getColumn(),
                node.getScalarStyle(), Math.max(0, offset));
        return new InputException(name + ":" + (lc[0] + 1) + ":" + (lc[1] + 1) + ": " + message);
    }
}
