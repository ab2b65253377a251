package org.cpodrc.check.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs KLayout batch scripts from tests, with a timeout; output goes to a file so the pipe never blocks. */
final class KLayout {
    private static final long TIMEOUT_SECONDS = 180;

    private KLayout() {
    }

    static boolean onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "klayout"))) {
                return true;
            }
        }
        return false;
    }

    static void run(Path script, Map<String, String> vars, Path workDir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("klayout", "-b", "-r", script.toString()));
        vars.forEach((k, v) -> {
            cmd.add("-rd");
            cmd.add(k + "=" + v);
        });
        Path log = workDir.resolve("klayout.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(done, "KLayout did not finish in " + TIMEOUT_SECONDS + " s: " + output);
        assertEquals(0, p.exitValue(), "KLayout failed: " + output);
    }
}
