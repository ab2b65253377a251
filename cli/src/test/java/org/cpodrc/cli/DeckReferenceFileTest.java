package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.deck.DeckReference;
import org.junit.jupiter.api.Test;

/** docs/deck-reference.md is exactly what {@code cpodrc deck doc} prints, so it cannot go stale. */
class DeckReferenceFileTest {
    private static final String REGENERATE = "mvn -q -o package -pl cli -am -DskipTests"
            + " && java -jar cli/target/cpodrc.jar deck doc > docs/deck-reference.md";

    /** The class path without test classes and test jars: the checks the shipped jar registers. */
    private static ClassLoader withoutTestResources() {
        return new ClassLoader(DeckReferenceFileTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                List<URL> kept = Collections.list(super.getResources(name)).stream()
                        .filter(u -> !u.toString().contains("/test-classes/") && !u.toString().contains("-tests.jar"))
                        .toList();
                return Collections.enumeration(kept);
            }
        };
    }

    @Test
    void committedReferenceEqualsGeneratedOne() throws IOException {
        Path file = Path.of(System.getProperty("basedir", ".")).resolve("../docs/deck-reference.md").normalize();
        String expected = DeckReference.markdown(CheckRegistry.load(withoutTestResources()));
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(expected, committed, file + " is stale; regenerate it from the repository root with:\n  "
                + REGENERATE + "\n");
    }
}
