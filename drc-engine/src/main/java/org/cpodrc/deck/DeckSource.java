package org.cpodrc.deck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.cpodrc.deck.yaml.ComposedYaml;
import org.cpodrc.io.InputFiles;

/**
 * Where a deck (or a file it refers to, such as a .lyp) comes from: a file, or a classpath
 * resource for {@code builtin:NAME}. Relative references resolve against the referring file's folder.
 */
abstract class DeckSource {
    static final String BUILTIN = "builtin:";
    static final String DECKS = "org/cpodrc/rules/decks/";

    /** How messages name it: the path as given, or builtin:NAME. */
    abstract String name();

    /** Identity for cycle detection. */
    abstract String key();

    /** The text, UTF-8. */
    abstract String read() throws IOException;

    abstract DeckSource resolve(String relative);

    /** Its YAML composed at build time ({@link org.cpodrc.deck.yaml.ComposedYaml}), or null: only builtin decks have one. */
    byte[] composed() {
        return null;
    }

    static DeckSource of(String pathOrBuiltin, ClassLoader loader) {
        if (pathOrBuiltin.startsWith(BUILTIN)) {
            String n = pathOrBuiltin.substring(BUILTIN.length());
            return new Resource(DECKS + n + ".yaml", pathOrBuiltin, loader);
        }
        return new FileSource(Path.of(pathOrBuiltin));
    }

    /** A deck or data file on disk. */
    static final class FileSource extends DeckSource {
        private final Path path;

        FileSource(Path path) {
            this.path = path;
        }

        Path path() {
            return path;
        }

        @Override
        String name() {
            return path.toString();
        }

        @Override
        String key() {
            return path.toAbsolutePath().normalize().toString();
        }

        @Override
        String read() throws IOException {
            return InputFiles.readText(path);
        }

        @Override
        DeckSource resolve(String relative) {
            Path parent = path.getParent();
            Path p = parent == null ? Path.of(relative) : parent.resolve(relative);
            return new FileSource(p.normalize());
        }
    }

    /** A classpath resource: builtin decks and what they refer to. */
    static final class Resource extends DeckSource {
        private final String resource;
        private final String name;
        private final ClassLoader loader;

        Resource(String resource, String name, ClassLoader loader) {
            this.resource = resource;
            this.name = name;
            this.loader = loader;
        }

        @Override
        String name() {
            return name;
        }

        @Override
        String key() {
            return "classpath:" + resource;
        }

        @Override
        String read() throws IOException {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new NoSuchFileException(name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        @Override
        byte[] composed() {
            try (InputStream in = loader.getResourceAsStream(resource + ComposedYaml.SUFFIX)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null; // the YAML is composed instead
            }
        }

        @Override
        DeckSource resolve(String relative) {
            int slash = resource.lastIndexOf('/');
            String dir = slash < 0 ? "" : resource.substring(0, slash + 1);
            String r = Path.of(dir + relative).normalize().toString().replace('\\', '/');
            // named as users write builtin decks: builtin:NAME for a deck beside the others
            String n;
            if (r.startsWith(DECKS)) {
                String rest = r.substring(DECKS.length());
                n = BUILTIN + (rest.endsWith(".yaml") ? rest.substring(0, rest.length() - ".yaml".length()) : rest);
            } else {
                n = "classpath:" + r;
            }
            return new Resource(r, n, loader);
        }
    }

    /** A short reason for a read failure. */
    static String reason(IOException e) {
        return InputFiles.reason(e);
    }
}
