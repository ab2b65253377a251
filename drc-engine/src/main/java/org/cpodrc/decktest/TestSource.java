package org.cpodrc.decktest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.cpodrc.InputException;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.layout.Layout;

/**
 * Where a deck test file comes from: a file, or a classpath resource (the tests shipped with the
 * builtin decks). GDSII files a case names resolve against the test file's folder.
 *
 * @param name     how messages name it
 * @param file     the file, or null for a resource
 * @param resource the resource path, or null for a file
 * @param shipped  for tests shipped with a builtin deck, that deck (builtin:NAME): when they run
 *                 against a deck extending it, expectations of rules that deck disabled are left out;
 *                 null otherwise
 */
public record TestSource(String name, Path file, String resource, ClassLoader loader, String shipped) {

    public static TestSource of(Path file) {
        return new TestSource(file.toString(), file, null, null, null);
    }

    /** Tests shipped with the builtin deck {@code shipped}, read from the class path. */
    public static TestSource resource(String resource, String name, ClassLoader loader, String shipped) {
        return new TestSource(name, null, resource, loader, shipped);
    }

    /** The text, UTF-8; an unreadable file is an input error. */
    public String read() {
        try {
            if (file != null) {
                if (Files.isDirectory(file)) {
                    throw new InputException(name + ": cannot read test file: is a directory");
                }
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new NoSuchFileException(name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": cannot read test file: no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read test file: " + e.getMessage());
        }
    }

    /** Reads a GDSII file named relative to this test file; null when it does not exist. */
    Layout readGds(String relative) {
        if (file != null) {
            Path dir = file.toAbsolutePath().getParent();
            Path p = dir.resolve(relative).normalize();
            return Files.isRegularFile(p) ? GdsReader.read(p) : null;
        }
        String dir = resource.contains("/") ? resource.substring(0, resource.lastIndexOf('/') + 1) : "";
        String r = Path.of(dir + relative).normalize().toString().replace('\\', '/');
        try (InputStream in = loader.getResourceAsStream(r)) {
            return in == null ? null : GdsReader.read(in, "classpath:" + r);
        } catch (IOException e) {
            throw new InputException("classpath:" + r + ": " + e.getMessage());
        }
    }
}
