package org.cpodrc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.decktest.DeckTestRunner;
import org.cpodrc.decktest.TestSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

/**
 * deck-test.schema.json agrees with the deck test reader: the shipped test files pass both, each
 * invalid example (first line: the reader's message) fails both.
 */
class DeckTestSchemaTest {
    private static final String DECKS = "org/cpodrc/rules/decks/";
    private static final Path INVALID = Path.of(System.getProperty("basedir", "."))
            .resolve("src/test/resources/decktests/invalid");
    private static final JsonSchema SCHEMA = SchemaCases.schema(SchemaCases.resource("org/cpodrc/rules/deck-test.schema.json"));

    private static Set<ValidationMessage> schemaErrors(String yaml) {
        return SchemaCases.errors(SCHEMA, yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "photonic-3d", "fopop"})
    void shippedTestsPassSchemaAndReader(String name) throws IOException {
        String text = SchemaCases.resource(DECKS + name + ".test.yaml");
        assertEquals(Set.of(), schemaErrors(text));
        String deck = name.equals("common") ? "builtin:photonic-3d" : "builtin:" + name;
        new DeckTestRunner(CheckRegistry.standard(), deck, Map.of()).read(List.of(
                TestSource.resource(DECKS + name + ".test.yaml", name, getClass().getClassLoader(), deck)));
    }

    static Stream<String> invalid() throws IOException {
        return SchemaCases.files(INVALID.getParent(), "invalid");
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidTestsFailSchemaAndReader(String name) throws IOException {
        Path file = INVALID.resolveSibling(name);
        String text = Files.readString(file);
        String first = text.lines().findFirst().orElse("");
        assertTrue(first.startsWith("# loader: "), "invalid files state the reader's message in their first line");
        InputException e = assertThrows(InputException.class, () -> new DeckTestRunner(CheckRegistry.standard(),
                "builtin:photonic-3d", Map.of()).read(List.of(TestSource.of(file))));
        assertEquals(first.substring("# loader: ".length()), e.getMessage().replace(INVALID + java.io.File.separator, ""));
        assertFalse(schemaErrors(text).isEmpty(), "the schema rejects it too");
    }
}
