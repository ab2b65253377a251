package org.cpodrc.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so readers see either the old content or the complete new one, never a torn
 * report (a CI job may pick it up while cpodrc still runs): content goes to a temporary file in
 * the same directory, which is then renamed over the target.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What writes binary content. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Text content, as UTF-8. */
    public static void write(Path target, Content content) throws IOException {
        writeBytes(target, os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * Temporary files are created owner-only (rw-------); a report is meant to be read by others
     * (CI artifact servers, colleagues), so it gets the replaced file's permissions, or rw-r--r--.
     */
    private static void readableLikeTheTarget(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** Binary content (e.g. GDS markers). */
    public static void writeBytes(Path target, BinaryContent content) throws IOException {
        Path tmp = stage(target, content);
        try {
            moveInPlace(tmp, target);
        } finally {
            discard(tmp);
        }
    }

    /**
     * Writes content to a hidden temporary file beside target and returns it; the file is removed
     * by {@link #discard} or, if the JVM is stopped first (Ctrl-C, SIGTERM), by a shutdown hook.
     */
    static Path stage(Path target, BinaryContent content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = PendingFiles.create(abs.getParent(), "." + abs.getFileName() + ".");
        try {
            try (java.io.OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(os);
            }
            readableLikeTheTarget(tmp, abs);
            return tmp;
        } catch (IOException | RuntimeException | Error e) {
            discard(tmp);
            throw e;
        }
    }

    /** Renames a staged file over its target (atomically where the file system can). */
    static void moveInPlace(Path tmp, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        PendingFiles.move(tmp, () -> {
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        });
    }

    /** Removes a staged file that will not be moved in place; never throws. */
    static void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // best effort: the shutdown hook tries again
            return;
        }
        PendingFiles.remove(tmp);
    }
}
