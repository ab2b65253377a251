package org.cpodrc.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary report files not yet moved in place. A shutdown hook (installed with the first one)
 * deletes whatever is left when the JVM stops early — Ctrl-C or SIGTERM while a large report is
 * written — so no hidden partial file of hundreds of MB stays behind.
 *
 * <p>The writing thread keeps running while the hook runs, so creating a temporary file, moving
 * one in place and the hook's clean-up exclude each other: once the hook has started, no new
 * temporary file is created (it would outlive the hook) and none is moved in place (the run was
 * interrupted; the old report stays).
 */
final class PendingFiles {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;
    private static boolean stopping;

    private PendingFiles() {
    }

    /** Creates a hidden temporary file in dir, registered for removal. */
    static synchronized Path create(Path dir, String prefix) throws IOException {
        refuseWhenStopping();
        hook();
        Path tmp = Files.createTempFile(dir, prefix, ".tmp");
        PENDING.add(tmp);
        return tmp;
    }

    /** Runs the move of a temporary file in place, unless the JVM is stopping. */
    static synchronized void move(Path tmp, IoAction move) throws IOException {
        refuseWhenStopping();
        move.run();
        PENDING.remove(tmp);
    }

    /** A file operation that may fail. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    private static void refuseWhenStopping() throws IOException {
        if (stopping) {
            throw new IOException("cpodrc was interrupted");
        }
    }

    static void remove(Path tmp) {
        PENDING.remove(tmp);
    }

    /** Files pending now (tests). */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }

    private static synchronized void hook() {
        if (hooked) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(PendingFiles::stop, "cpodrc-remove-temporary-reports"));
        hooked = true;
    }

    /** The shutdown hook's work: no more temporary files, and those left are deleted. */
    static synchronized void stop() {
        stopping = true;
        deleteAll();
    }

    /** Undoes {@link #stop} (tests, which run the hook's work in a JVM that goes on). */
    static synchronized void restart() {
        stopping = false;
    }

    static synchronized void deleteAll() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more can be done while the JVM stops
            }
            PENDING.remove(p);
        }
    }
}
