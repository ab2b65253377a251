package org.cpodrc.report;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The shared directory (schemas, corpus) beside the repository, from system property cpodrc.shared. */
final class Shared {
    private Shared() {
    }

    static Path dir() {
        String s = System.getProperty("cpodrc.shared");
        Assumptions.assumeTrue(s != null && Files.isDirectory(Path.of(s)),
                "shared directory not found (system property cpodrc.shared): schema test skipped");
        return Path.of(s);
    }
}
