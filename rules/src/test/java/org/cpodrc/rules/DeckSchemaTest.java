package org.cpodrc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.testutil.ShippedClassPath;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.deck.DeckSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

/**
 * The shipped deck.schema.json is the one generated from this build's checks, and the schema
 * agrees with the loader: every valid test deck passes both, every invalid one (in a way a
 * schema can express) fails both. Invalid decks state the loader's message in their first line.
 */
class DeckSchemaTest {
    private static final String SHIPPED = "org/cpodrc/rules/deck.schema.json";
    private static final String REGENERATE = "mvn -q -o package -pl cli -am -DskipTests && java -jar cli/target/cpodrc.jar"
            + " deck schema > rules/src/main/resources/" + SHIPPED;
    private static final Path DECKS = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/decks");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The checks the shipped jar registers, without the test checks. */
    private static ClassLoader withoutTestResources() {
        return ShippedClassPath.withoutTestResources(DeckSchemaTest.class.getClassLoader());
    }

    @Test
    void shippedSchemaIsTheGeneratedOne() throws IOException {
        String shipped = SchemaCases.resource(SHIPPED);
        assertEquals(DeckSchema.json(CheckRegistry.load(withoutTestResources())), shipped,
                SHIPPED + " is stale; regenerate it from the repository root with:\n  " + REGENERATE + "\n");
        JSON.readTree(shipped); // and it is JSON
    }

    /** The schema for the test class path, which includes the test checks the test decks use. */
    private static final JsonSchema SCHEMA = SchemaCases.schema(DeckSchema.json(CheckRegistry.standard()));

    private static Set<ValidationMessage> schemaErrors(Path deck) throws IOException {
        return SchemaCases.errors(SCHEMA, deck);
    }

    static Stream<String> valid() throws IOException {
        return SchemaCases.files(DECKS, "valid");
    }

    static Stream<String> invalid() throws IOException {
        return SchemaCases.files(DECKS, "invalid");
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validDecksPassSchemaAndLoader(String name) throws IOException {
        Path deck = DECKS.resolve(name);
        assertEquals(Set.of(), schemaErrors(deck));
        new DeckLoader(CheckRegistry.standard()).load(deck.toString(), Map.of());
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidDecksFailSchemaAndLoader(String name) throws IOException {
        Path deck = DECKS.resolve(name);
        String first = Files.readAllLines(deck).get(0);
        assertTrue(first.startsWith("# loader: "), "invalid decks state the loader's message in their first line");
        InputException e = assertThrows(InputException.class,
                () -> new DeckLoader(CheckRegistry.standard()).load(deck.toString(), Map.of()));
        String expected = first.substring("# loader: ".length());
        String actual = e.getMessage().replace(DECKS + java.io.File.separator, "");
        if (expected.endsWith("...")) {
            // lists that grow with the registered checks are compared up to the "..."
            assertEquals(expected.substring(0, expected.length() - 3),
                    actual.substring(0, Math.min(actual.length(), expected.length() - 3)));
        } else {
            assertEquals(expected, actual);
        }
        assertFalse(schemaErrors(deck).isEmpty(), "the schema rejects it too");
    }
}
