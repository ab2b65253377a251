package org.cpodrc.waiver;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cpodrc.InputException;
import org.cpodrc.io.BoundedYaml;
import org.cpodrc.io.InputFiles;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a waiver file (DECK-SPEC §8). Read as a YAML node tree rather than plain maps so every
 * mistake names its place: {@code FILE:LINE:COL: message}, lines and columns from 1. Unknown keys
 * are errors with a "did you mean" for near misses; dates are ISO (YYYY-MM-DD).
 */
public final class WaiverFile {
    private static final List<String> TOP_KEYS = List.of("cpodrc-waivers", "waivers");
    private static final List<String> WAIVER_KEYS = List.of("rule", "bbox_um", "cell", "reason", "owner", "expires");

    private final String name;

    private WaiverFile(String name) {
        this.name = name;
    }

    public static List<Waiver> load(Path file) {
        String text;
        try {
            text = InputFiles.readText(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read waiver file: " + InputFiles.reason(e), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses waiver file text; {@code name} is used in messages. */
    public static List<Waiver> parse(String name, String text) {
        return new WaiverFile(name).read(text);
    }

    private List<Waiver> read(String text) {
        Node root;
        try {
            root = BoundedYaml.compose(LoadSettings.builder().setLabel(name), text)
                    .orElseThrow(() -> new InputException(name + ":1:1: empty waiver file; expected 'cpodrc-waivers: 1'"));
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            throw new InputException(where(m) + ": " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new InputException(name + ":1:1: " + e.getMessage(), e);
        }
        MappingNode top = mapping(root, "the waiver file");
        checkKeys(top, TOP_KEYS);
        Node version = value(top, "cpodrc-waivers");
        if (version == null) {
            throw error(root, "missing 'cpodrc-waivers: 1' (the waiver file format version)");
        }
        if (!"1".equals(scalar(version, "cpodrc-waivers"))) {
            throw error(version, "unsupported waiver file version '" + scalar(version, "cpodrc-waivers")
                    + "'; this cpodrc reads version 1");
        }
        Node list = value(top, "waivers");
        if (list == null) {
            throw error(root, "missing 'waivers' (a list of waivers)");
        }
        if (list instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of(); // "waivers:" with nothing after it
        }
        if (!(list instanceof SequenceNode seq)) {
            throw error(list, "'waivers' must be a list");
        }
        List<Waiver> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            out.add(waiver(n));
        }
        return out;
    }

    private Waiver waiver(Node n) {
        MappingNode m = mapping(n, "a waiver");
        checkKeys(m, WAIVER_KEYS);
        String rule = required(m, n, "rule");
        if (rule.isBlank()) {
            throw error(value(m, "rule"), "'rule' must name a rule id or glob");
        }
        String reason = required(m, n, "reason");
        String owner = required(m, n, "owner");
        if (reason.isBlank()) {
            throw error(value(m, "reason"), "'reason' must say why the violation is acceptable");
        }
        if (owner.isBlank()) {
            throw error(value(m, "owner"), "'owner' must name who answers for the waiver");
        }
        Node cellNode = value(m, "cell");
        String cell = cellNode == null ? null : scalar(cellNode, "cell");
        Node bboxNode = value(m, "bbox_um");
        double[] bbox = bboxNode == null ? null : bbox(bboxNode);
        Node expiresNode = value(m, "expires");
        LocalDate expires = expiresNode == null ? null : date(expiresNode);
        return new Waiver(rule, bbox, cell, reason, owner, expires, name + ":" + line(n));
    }

    private double[] bbox(Node n) {
        if (!(n instanceof SequenceNode seq) || seq.getValue().size() != 4) {
            throw error(n, "'bbox_um' must be a list of four numbers [x1, y1, x2, y2] in micrometres");
        }
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            Node c = seq.getValue().get(i);
            String s = scalar(c, "bbox_um");
            try {
                b[i] = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                b[i] = Double.NaN;
            }
            if (!Double.isFinite(b[i]) || !s.matches("[-+]?[0-9.eE+-]+")) {
                throw error(c, "'" + s + "' is not a number (bbox_um is in micrometres, no unit)");
            }
        }
        if (b[0] > b[2] || b[1] > b[3]) {
            throw error(n, "'bbox_um' must be [x1, y1, x2, y2] with x1 <= x2 and y1 <= y2");
        }
        return b;
    }

    private LocalDate date(Node n) {
        String s = scalar(n, "expires");
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error(n, "'expires' must be an ISO date such as 2027-03-31, not '" + s + "'");
        }
    }

    private String required(MappingNode m, Node owner, String key) {
        Node v = value(m, key);
        if (v == null) {
            throw error(owner, "waiver without '" + key + "'");
        }
        return scalar(v, key);
    }

    private MappingNode mapping(Node n, String what) {
        if (n instanceof MappingNode m) {
            return m;
        }
        throw error(n, what + " must be a mapping of keys to values");
    }

    private String scalar(Node n, String key) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(n, "'" + key + "' must be a single value, not a list or mapping");
    }

    private void checkKeys(MappingNode m, List<String> allowed) {
        Set<String> seen = new HashSet<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "key");
            if (!allowed.contains(key)) {
                String hint = Suggest.closest(key, allowed);
                throw error(t.getKeyNode(), "unknown key '" + key + "'"
                        + (hint != null ? " (did you mean '" + hint + "'?)" : "")
                        + "; allowed: " + String.join(", ", allowed));
            }
            if (!seen.add(key)) {
                throw error(t.getKeyNode(), "duplicate key '" + key + "'");
            }
        }
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private InputException error(Node n, String message) {
        return new InputException(where(n.getStartMark().orElse(null)) + ": " + message);
    }

    private static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    private String where(Mark m) {
        return m == null ? name + ":1:1" : name + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
    }
}
