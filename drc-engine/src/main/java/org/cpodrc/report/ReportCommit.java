package org.cpodrc.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the report files of one run all together or none: each is first written completely to
 * a temporary file in its destination folder ({@link AtomicFiles#stage}); only when all are
 * complete are they renamed in place. A failure leaves every old report as it was and no
 * temporary file behind. Failures are {@link Failed} with the user's path and the reason in words.
 */
public final class ReportCommit {
    private final Map<Path, AtomicFiles.BinaryContent> files = new LinkedHashMap<>();

    /** A report that could not be written: the path as the user gave it and why. */
    public static final class Failed extends Exception {
        private final Path path;

        Failed(Path path, String reason, Throwable cause) {
            super(reason, cause);
            this.path = path;
        }

        public Path path() {
            return path;
        }
    }

    /** Adds a file to write. */
    public ReportCommit add(Path target, AtomicFiles.BinaryContent content) {
        files.put(target, content);
        return this;
    }

    /** Writes every file, then moves all in place; on failure none is moved. */
    public void commit() throws Failed {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, AtomicFiles.BinaryContent> f : files.entrySet()) {
                try {
                    staged.put(f.getKey(), AtomicFiles.stage(f.getKey(), f.getValue()));
                } catch (IOException e) {
                    throw new Failed(f.getKey(), reason(f.getKey(), e), e);
                }
            }
            for (Map.Entry<Path, Path> s : staged.entrySet()) {
                try {
                    AtomicFiles.moveInPlace(s.getValue(), s.getKey());
                } catch (IOException e) {
                    throw new Failed(s.getKey(), reason(s.getKey(), e), e);
                }
            }
        } finally {
            staged.values().forEach(AtomicFiles::discard);
        }
    }

    /** Why writing target failed, in words, never naming the temporary file. */
    static String reason(Path target, IOException e) {
        Path dir = target.toAbsolutePath().getParent();
        if (e instanceof NoSuchFileException && dir != null && !Files.isDirectory(dir)) {
            return "the folder " + dir + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return dir != null && !Files.isWritable(dir) ? "the folder " + dir + " is not writable (permission denied)"
                    : "permission denied";
        }
        if (Files.isDirectory(target)) {
            return "it is a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
