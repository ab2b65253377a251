package org.cpodrc.info;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs KLayout batch scripts for differential tests, with a timeout; knows whether KLayout is installed. */
final class KLayoutRunner {
    private KLayoutRunner() {
    }

    static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "klayout"))) {
                return true;
            }
        }
        return false;
    }

    /** Copies a classpath resource to dir and returns its path. */
    static Path resource(String name, Path dir) throws IOException {
        Path target = dir.resolve(Path.of(name).getFileName().toString());
        try (InputStream in = KLayoutRunner.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Runs {@code klayout -b -r script -rd k=v ...}; fails with KLayout's output on error or timeout. */
    static void run(Path script, long timeoutSeconds, String... vars) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("klayout", "-b", "-r", script.toString()));
        for (String v : vars) {
            cmd.add("-rd");
            cmd.add(v);
        }
        // in the temporary directory, not beside the script: scripts may be shared read-only data
        // (the corpus oracle), which a test must not write into
        Path log = Files.createTempFile("klayout", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("KLayout did not finish within " + timeoutSeconds + " s: " + cmd);
            }
            if (p.exitValue() != 0) {
                throw new IOException("KLayout failed (" + p.exitValue() + "): " + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
