package org.cpodrc.decktest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cpodrc.InputException;
import org.cpodrc.deck.DeckLoader;

/**
 * Finds the tests of a deck when none are named on the command line.
 *
 * <ul>
 * <li>A deck file {@code DIR/NAME.yaml}: {@code DIR/NAME.test.yaml} and every
 *     {@code DIR/tests/*.test.yaml} (sorted by name).</li>
 * <li>{@code builtin:NAME}: the resource {@code org/cpodrc/rules/decks/NAME.test.yaml} and the
 *     tests of the shipped decks it extends (their rules are its rules), base first.</li>
 * </ul>
 */
public final class DeckTestFiles {
    public static final String SUFFIX = ".test.yaml";
    private static final String BUILTIN = "builtin:";
    private static final String DECKS = "org/cpodrc/rules/decks/";

    private DeckTestFiles() {
    }

    public static List<TestSource> find(DeckLoader loader, String deckRef, ClassLoader resources) {
        if (deckRef.startsWith(BUILTIN)) {
            List<String> chain = new ArrayList<>(loader.chain(deckRef));
            java.util.Collections.reverse(chain);
            List<TestSource> out = new ArrayList<>();
            for (String name : chain) {
                if (name.startsWith(BUILTIN)) {
                    String resource = DECKS + name.substring(BUILTIN.length()) + SUFFIX;
                    if (exists(resources, resource)) {
                        out.add(TestSource.resource(resource, name + SUFFIX, resources, deckRef));
                    }
                }
            }
            return out;
        }
        return beside(Path.of(deckRef));
    }

    /** DIR/NAME.test.yaml and DIR/tests/*.test.yaml for the deck DIR/NAME.yaml. */
    public static List<TestSource> beside(Path deck) {
        String file = deck.getFileName().toString();
        String stem = file.replaceFirst("\\.(yaml|yml)$", "");
        Path dir = deck.getParent() == null ? Path.of("") : deck.getParent();
        List<TestSource> out = new ArrayList<>();
        Path own = dir.resolve(stem + SUFFIX);
        if (Files.isRegularFile(own)) {
            out.add(TestSource.of(own));
        }
        Path tests = dir.resolve("tests");
        if (Files.isDirectory(tests)) {
            try (Stream<Path> s = Files.list(tests)) {
                s.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p)).sorted()
                        .forEach(p -> out.add(TestSource.of(p)));
            } catch (IOException e) {
                throw new InputException(tests + ": cannot list test files: " + e.getMessage());
            }
        }
        return out;
    }

    private static boolean exists(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }
}
