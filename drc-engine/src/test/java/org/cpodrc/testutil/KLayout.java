package org.cpodrc.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs KLayout batch scripts from tests, with a timeout; skips the test when KLayout is absent. */
public final class KLayout {
    private static final long TIMEOUT_SECONDS = 300;

    private KLayout() {
    }

    public static void assumeInstalled() {
        boolean found = false;
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, "klayout"))) {
                    found = true;
                    break;
                }
            }
        }
        Assumptions.assumeTrue(found, "KLayout not installed: klayout is not on PATH, differential test skipped");
    }

    /**
     * Copies the classpath script {@code /klayout/NAME} into dir, writes input, runs
     * {@code klayout -b -r script -rd input=... -rd output=...} and returns the output file's text.
     */
    public static String run(String scriptName, String input, Path dir) throws IOException, InterruptedException {
        Path script = dir.resolve(scriptName);
        try (InputStream in = KLayout.class.getResourceAsStream("/klayout/" + scriptName)) {
            assertTrue(in != null, "missing script " + scriptName);
            Files.write(script, in.readAllBytes());
        }
        Path inFile = dir.resolve("input.json");
        Path outFile = dir.resolve("output.json");
        Path log = dir.resolve("klayout.log");
        Files.writeString(inFile, input, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("klayout", "-b", "-r", script.toString(),
                "-rd", "input=" + inFile, "-rd", "output=" + outFile)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("KLayout did not finish within " + TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, p.exitValue(), () -> "KLayout failed: " + read(log));
        return Files.readString(outFile, StandardCharsets.UTF_8);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
