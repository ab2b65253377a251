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
 */
final class PendingFiles {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private PendingFiles() {
    }

    static void add(Path tmp) {
        hook();
        PENDING.add(tmp);
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
        Runtime.getRuntime().addShutdownHook(new Thread(PendingFiles::deleteAll, "cpodrc-remove-temporary-reports"));
        hooked = true;
    }

    static void deleteAll() {
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
