package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.testutil.ShippedClassPath;
import org.junit.jupiter.api.Test;

/** docs/deck-reference.md is exactly what {@code cpodrc deck doc} prints, so it cannot go stale. */
class DeckReferenceFileTest {
    private static final String REGENERATE = "mvn -q -o package -pl cli -am -DskipTests"
            + " && java -jar cli/target/cpodrc.jar deck doc > docs/deck-reference.md";

    /** The checks the shipped jar registers, without the test checks. */
    private static ClassLoader withoutTestResources() {
        return ShippedClassPath.withoutTestResources(DeckReferenceFileTest.class.getClassLoader());
    }

    @Test
    void committedReferenceEqualsGeneratedOne() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("../docs/deck-reference.md").normalize();
        String expected = DeckCommand.reference(CheckRegistry.load(withoutTestResources()));
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(expected, committed, file + " is stale; regenerate it from the repository root with:\n  "
                + REGENERATE + "\n");
    }
}
