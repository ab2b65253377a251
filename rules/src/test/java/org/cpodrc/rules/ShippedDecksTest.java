package org.cpodrc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Rule;
import org.cpodrc.deck.BuiltinDecks;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.deck.DeckSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The shipped package decks load, declare their stack, say where each value comes from, and cover DOMAIN §2. */
class ShippedDecksTest {
    private static final DeckLoader LOADER = new DeckLoader(CheckRegistry.standard());

    @Test
    void deckListShowsBothStacksButNotTheirBase() {
        List<String> names = BuiltinDecks.names(ShippedDecksTest.class.getClassLoader());
        assertTrue(names.containsAll(List.of("photonic-3d", "fopop")), names.toString());
        assertFalse(names.contains("common"), "common is a base, not a deck to run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"photonic-3d", "fopop"})
    void loadsValidatesAndDeclaresItsStack(String name) {
        Deck deck = LOADER.load("builtin:" + name, Map.of());
        assertEquals(name, deck.name());
        assertEquals(name, deck.stack());
        assertFalse(deck.rules().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"photonic-3d", "fopop"})
    void everyRuleSaysWhereItsValueComesFrom(String name) {
        for (Rule r : LOADER.load("builtin:" + name, Map.of()).rules()) {
            String d = r.description();
            assertTrue(d != null && (d.contains("[src") || d.contains("[eng]")), r.id() + ": " + d);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "photonic-3d", "fopop"})
    void everyParamIsTaggedInItsComment(String name) throws IOException {
        // params carry no description key, so the tag lives in the comment on the same line
        Pattern param = Pattern.compile("^  ([a-z_0-9]+): *[^#\\n]+#(.*)$", Pattern.MULTILINE);
        // the params block: from "params:" to the next top-level key
        Matcher block = Pattern.compile("\nparams:\n((?:[ #].*\n|\n)*)").matcher(resource(name));
        assertTrue(block.find(), name + " declares params");
        String params = block.group(1);
        Matcher m = param.matcher(params);
        int count = 0;
        while (m.find()) {
            count++;
            assertTrue(m.group(2).matches(".*\\[(src|calc|eng|src formula)].*"), name + " param " + m.group(1));
        }
        assertEquals(params.lines().filter(l -> l.matches("  [a-z_0-9]+:.*")).count(), count,
                name + ": every param line has a tagged comment");
    }

    @Test
    void coverEveryRuleOfDomainSection2() {
        Set<String> p3d = codes("photonic-3d");
        Set<String> fopop = codes("fopop");
        for (String c : List.of("C1", "C2", "C3", "C4", "C5")) {
            assertTrue(p3d.contains(c) && fopop.contains(c), c);
        }
        for (String c : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
            assertTrue(p3d.contains(c), c);
        }
        for (String c : List.of("F1", "F2", "F3", "F4")) {
            assertTrue(fopop.contains(c), c);
        }
        assertTrue(LOADER.load("builtin:photonic-3d", Map.of()).rules().stream()
                .anyMatch(r -> r.check().equals("aspect_ratio")), "P6 uses aspect_ratio");
        assertTrue(LOADER.load("builtin:fopop", Map.of()).rules().stream()
                .anyMatch(r -> r.check().equals("edge_bandwidth")), "shoreline bandwidth rule");
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "photonic-3d", "fopop"})
    void theShippedSchemaAcceptsThem(String name) throws IOException {
        Object yaml = new Load(LoadSettings.builder().build()).loadFromString(resource(name));
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(DeckSchema.json(CheckRegistry.standard()))
                .validate(new ObjectMapper().valueToTree(yaml));
        assertEquals(Set.of(), errors);
    }

    private static Set<String> codes(String name) {
        Set<String> codes = new TreeSet<>();
        Matcher m = Pattern.compile("\\b([CPF][1-6]):").matcher("");
        for (Rule r : LOADER.load("builtin:" + name, Map.of()).rules()) {
            m.reset(r.description());
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        return codes;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ShippedDecksTest.class.getClassLoader()
                .getResourceAsStream("org/cpodrc/rules/decks/" + name + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
