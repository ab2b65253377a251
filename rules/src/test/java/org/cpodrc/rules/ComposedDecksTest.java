package org.cpodrc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Rule;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.deck.DerivedLayer;
import org.cpodrc.deck.yaml.ComposedYaml;
import org.cpodrc.deck.yaml.YamlFile;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The builtin decks' YAML composed at build time ({@link ComposedYaml}, rules/pom.xml) gives the very
 * nodes and decks that composing the YAML at run time gives: for every builtin deck and every base
 * it extends, node for node (kind, tag, value, styles, marks), deck for deck (rules in order, params,
 * messages, layers, derived layers), and the same located error for a bad {@code --param} of each
 * param (which points into the deck's text through the marks).
 */
class ComposedDecksTest {
    private static final ClassLoader WITH = ComposedDecksTest.class.getClassLoader();
    /** The same class path without the composed forms: every deck is composed from its YAML. */
    private static final ClassLoader WITHOUT = new ClassLoader(WITH) {
        @Override
        public URL getResource(String name) {
            return name.endsWith(ComposedYaml.SUFFIX) ? null : super.getResource(name);
        }
    };
    private static final String DECKS = "org/cpodrc/rules/decks/";

    /**
     * The decks this module ships, as builtin:NAME: those of its own index (beside deck.schema.json;
     * drc-engine's test jar brings test decks with an index of their own).
     */
    private static List<String> shipped() throws IOException {
        URL index = new URL(WITH.getResource("org/cpodrc/rules/deck.schema.json"), "decks/index.txt");
        List<String> out = new ArrayList<>();
        try (InputStream in = index.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String n = line.replaceAll("#.*", "").strip();
                if (!n.isEmpty()) {
                    out.add("builtin:" + n);
                }
            }
        }
        assertTrue(out.contains("builtin:photonic-3d"), out.toString());
        return out;
    }

    /** The shipped decks and every deck in their extends chains (common). */
    private static List<String> allDecks() throws IOException {
        TreeSet<String> all = new TreeSet<>();
        DeckLoader loader = new DeckLoader(CheckRegistry.standard(), WITH);
        for (String deck : shipped()) {
            all.addAll(loader.chain(deck));
        }
        assertTrue(all.contains("builtin:common"), all.toString());
        return new ArrayList<>(all);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = WITH.getResourceAsStream(path)) {
            assertNotNull(in, path + " is missing (made by rules/pom.xml, execution composed-decks)");
            return in.readAllBytes();
        }
    }

    @Test
    void theBuildComposedEveryBuiltinDeckToTheSameNodes() throws IOException {
        for (String deck : allDecks()) {
            String file = DECKS + deck.substring("builtin:".length()) + ".yaml";
            String text = new String(resource(file), StandardCharsets.UTF_8);
            Node composed = YamlFile.parse(deck, text).root();
            Optional<Node> read = ComposedYaml.read(resource(file + ComposedYaml.SUFFIX), deck, text,
                    text.codePoints().toArray());
            assertTrue(read.isPresent(), deck + ": the composed form was not made from the shipped text");
            sameNode(deck, composed, read.get());
        }
    }

    @Test
    void loadingWithAndWithoutTheComposedFormGivesTheSameDeck() throws IOException {
        for (String deck : shipped()) {
            assertEquals(describe(load(WITHOUT, deck, Map.of())), describe(load(WITH, deck, Map.of())), deck);
        }
    }

    @Test
    void aBadParamIsReportedAtTheSamePlaceEitherWay() throws IOException {
        int compared = 0;
        for (String deck : shipped()) {
            for (String param : load(WITH, deck, Map.of()).params().keySet()) {
                for (String bad : List.of("?", "", "1 2", "-3um", "${" + param + "}")) {
                    String without = outcome(WITHOUT, deck, Map.of(param, bad));
                    assertEquals(without, outcome(WITH, deck, Map.of(param, bad)), deck + " --param " + param + "=" + bad);
                    compared += without.startsWith("error") ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 40, "only " + compared + " overrides were refused: the comparison of locations tests little");
    }

    @Test
    void aFormOfOtherTextOrDamagedIsNotUsed() throws IOException {
        String file = DECKS + "photonic-3d.yaml";
        String text = new String(resource(file), StandardCharsets.UTF_8);
        byte[] form = resource(file + ComposedYaml.SUFFIX);
        String edited = text.replace("m_encl: 100um", "m_encl: 101um");
        assertFalse(edited.equals(text));
        assertTrue(ComposedYaml.read(form, "x", edited, edited.codePoints().toArray()).isEmpty());
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            byte[] damaged = form.clone();
            int at = random.nextInt(damaged.length);
            damaged[at] ^= (byte) (1 + random.nextInt(255));
            Optional<Node> read = ComposedYaml.read(damaged, "x", text, text.codePoints().toArray());
            // a flip inside a value or mark may go unnoticed; it must never throw or hang
            read.ifPresent(n -> assertTrue(n instanceof MappingNode));
        }
        byte[] cut = Arrays.copyOf(form, form.length / 2);
        assertTrue(ComposedYaml.read(cut, "x", text, text.codePoints().toArray()).isEmpty());
    }

    private static Deck load(ClassLoader resources, String deck, Map<String, String> params) {
        return new DeckLoader(CheckRegistry.standard(), resources).load(deck, params);
    }

    private static String outcome(ClassLoader resources, String deck, Map<String, String> params) {
        try {
            return "deck " + describe(load(resources, deck, params));
        } catch (InputException e) {
            return "error " + e.getMessage();
        }
    }

    /** Everything a deck holds, written out (arrays by value, expressions by their structure). */
    private static String describe(Deck d) {
        StringBuilder b = new StringBuilder();
        b.append(d.name()).append('|').append(d.description()).append('|').append(d.source()).append('|')
                .append(d.stack()).append("\nlayers ").append(d.layers()).append("\nlabels ").append(d.labelLayers())
                .append("\ntargets ").append(d.targets()).append("\nparams ").append(d.params());
        for (DerivedLayer l : d.derived().values()) {
            b.append("\nderived ").append(l.name()).append(" = ").append(l.source()).append(" -> ").append(l.expr());
        }
        for (Rule r : d.rules()) {
            b.append("\nrule ").append(r.id()).append(' ').append(r.check()).append(' ').append(r.severity())
                    .append(" [").append(r.description()).append("] [").append(r.messageTemplate()).append(']');
            new java.util.TreeMap<>(r.params()).forEach((k, v) -> b.append(' ').append(k).append('=')
                    .append(v instanceof double[] a ? Arrays.toString(a) : v + ":" + v.getClass().getSimpleName()));
        }
        return b.toString();
    }

    private static void sameNode(String where, Node expected, Node actual) {
        String at = where + " " + position(expected.getStartMark());
        assertEquals(expected.getClass(), actual.getClass(), at);
        assertEquals(expected.getTag(), actual.getTag(), at);
        assertEquals(position(expected.getStartMark()), position(actual.getStartMark()), at);
        assertEquals(position(expected.getEndMark()), position(actual.getEndMark()), at);
        assertEquals(expected.getAnchor(), actual.getAnchor(), at);
        if (expected instanceof ScalarNode e) {
            ScalarNode a = (ScalarNode) actual;
            assertEquals(e.getValue(), a.getValue(), at);
            assertEquals(e.getScalarStyle(), a.getScalarStyle(), at);
            return;
        }
        assertEquals(((CollectionNode<?>) expected).getFlowStyle(), ((CollectionNode<?>) actual).getFlowStyle(), at);
        if (expected instanceof SequenceNode e) {
            List<Node> a = ((SequenceNode) actual).getValue();
            assertEquals(e.getValue().size(), a.size(), at);
            for (int i = 0; i < a.size(); i++) {
                sameNode(where, e.getValue().get(i), a.get(i));
            }
        } else {
            MappingNode e = (MappingNode) expected;
            MappingNode m = (MappingNode) actual;
            assertEquals(e.hasMergeTag(), m.hasMergeTag(), at);
            List<NodeTuple> a = m.getValue();
            assertEquals(e.getValue().size(), a.size(), at);
            for (int i = 0; i < a.size(); i++) {
                sameNode(where, e.getValue().get(i).getKeyNode(), a.get(i).getKeyNode());
                sameNode(where, e.getValue().get(i).getValueNode(), a.get(i).getValueNode());
            }
        }
    }

    private static String position(Optional<Mark> mark) {
        return mark.map(m -> m.getName() + "@" + m.getIndex() + "=" + m.getLine() + ":" + m.getColumn()
                + " buffer " + Arrays.hashCode(m.getBuffer()) + "/" + m.getPointer()).orElse("none");
    }
}
