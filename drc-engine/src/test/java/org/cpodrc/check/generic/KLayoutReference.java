package org.cpodrc.check.generic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs a KLayout batch script from test resources with a timeout; skips visibly when KLayout is absent. */
public final class KLayoutReference {
    private static final long TIMEOUT_SECONDS = 300;

    private KLayoutReference() {
    }

    public static void assumeInstalled() {
        String path = System.getenv("PATH");
        boolean found = path != null && java.util.Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "klayout")));
        Assumptions.assumeTrue(found, "KLayout not installed: klayout is not on PATH, reference comparison skipped");
    }

    /** Runs /klayout/SCRIPT on the input text; returns the output's lines as KEY -> rest of line. */
    public static Map<String, String> run(String script, String input, Path dir) throws IOException, InterruptedException {
        Path py = dir.resolve(script);
        try (InputStream in = KLayoutReference.class.getResourceAsStream("/klayout/" + script)) {
            assertNotNull(in, "missing script " + script);
            Files.write(py, in.readAllBytes());
        }
        Path in = Files.writeString(dir.resolve("input.txt"), input);
        Path out = dir.resolve("output.txt");
        Path log = dir.resolve("klayout.log");
        Process p = new ProcessBuilder("klayout", "-b", "-r", py.toString(), "-rd", "input=" + in,
                "-rd", "output=" + out).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("KLayout did not finish within " + TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, p.exitValue(), () -> "KLayout failed:\n" + readQuietly(log));
        Map<String, String> answers = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out)) {
            int sp = line.indexOf(' ');
            answers.put(line.substring(0, sp), line.substring(sp + 1).trim());
        }
        return answers;
    }

    /** The space-separated items of an answer, empty list for none. */
    public static List<String> items(String answer) {
        return answer.isEmpty() ? List.of() : List.of(answer.split(" "));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
