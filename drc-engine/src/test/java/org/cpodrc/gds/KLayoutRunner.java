package org.cpodrc.gds;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs a KLayout Python script in batch mode with a timeout; skips the test when KLayout is absent. */
final class KLayoutRunner {
    private KLayoutRunner() {
    }

    static void assumeInstalled() {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "klayout"))) {
                found = true;
                break;
            }
        }
        Assumptions.assumeTrue(found, "KLayout not installed: klayout is not on PATH, KLayout comparison skipped");
    }

    /** Runs {@code klayout -b -r script -rd k=v ...}; returns its output; fails on a non-zero exit. */
    static String run(Path script, Path workDir, String... defines) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("klayout", "-b", "-r", script.toString()));
        for (String d : defines) {
            cmd.add("-rd");
            cmd.add(d);
        }
        Path log = workDir.resolve("klayout.log");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("KLayout did not finish within 600 s: " + cmd);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("KLayout failed (exit " + p.exitValue() + "): " + output);
        }
        return output;
    }

    static Path sharedDir() {
        String s = System.getProperty("cpodrc.shared");
        Assumptions.assumeTrue(s != null && Files.isDirectory(Path.of(s)),
                "shared directory not found (system property cpodrc.shared): corpus tests skipped");
        return Path.of(s);
    }
}
