package org.cpodrc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.cpodrc.InputException;
import org.cpodrc.stack.StackFileReader;
import org.cpodrc.stack.StackSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

/**
 * The shipped stack.schema.json is the generated one, and it agrees with the stack reader: valid
 * test stacks pass both; invalid ones (in a way a schema can express) fail both, the reader with
 * the message in their first line. The die files need not exist: form is checked before they are read.
 */
class StackSchemaTest {
    private static final String SHIPPED = "org/cpodrc/rules/stack.schema.json";
    private static final Path STACKS = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/stacks");
    private static final JsonSchema SCHEMA = SchemaCases.schema(StackSchema.json());

    @Test
    void shippedSchemaIsTheGeneratedOne() throws IOException {
        String shipped = SchemaCases.resource(SHIPPED);
        assertEquals(StackSchema.json(), shipped, SHIPPED + " is stale; regenerate it from the repository root with:\n"
                + "  mvn -q -o package -pl cli -am -DskipTests && java -jar cli/target/cpodrc.jar deck schema --stack"
                + " > rules/src/main/resources/" + SHIPPED + "\n");
    }

    private static Set<ValidationMessage> schemaErrors(Path stack) throws IOException {
        return SchemaCases.errors(SCHEMA, stack);
    }

    static Stream<String> valid() throws IOException {
        return SchemaCases.files(STACKS, "valid");
    }

    static Stream<String> invalid() throws IOException {
        return SchemaCases.files(STACKS, "invalid");
    }

    @ParameterizedTest
    @MethodSource("valid")
    void validStacksPassSchemaAndReader(String name) throws IOException {
        Path stack = STACKS.resolve(name);
        assertEquals(Set.of(), schemaErrors(stack));
        assertTrue(StackFileReader.isStackFile(stack));
        StackFileReader.read(stack);
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidStacksFailSchemaAndReader(String name) throws IOException {
        Path stack = STACKS.resolve(name);
        String first = Files.readAllLines(stack).get(0);
        assertTrue(first.startsWith("# reader: "), "invalid stacks state the reader's message in their first line");
        InputException e = assertThrows(InputException.class, () -> StackFileReader.read(stack));
        assertEquals(first.substring("# reader: ".length()), e.getMessage().replace(STACKS + java.io.File.separator, ""));
        assertFalse(schemaErrors(stack).isEmpty(), "the schema rejects it too");
    }
}
