package org.cpodrc.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/** Runs KLayout Python scripts in batch mode for tests, with a time limit; skips visibly without KLayout. */
public final class KLayout {
    private KLayout() {
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(onPath("klayout"), "KLayout not installed: klayout is not on PATH, test skipped");
    }

    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** {@code klayout -b -r script -rd k=v...} in workDir; returns stdout and stderr; fails on a non-zero exit. */
    public static String run(Path script, Path workDir, String... defines) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("klayout", "-b", "-r", script.toString()));
        for (String d : defines) {
            cmd.add("-rd");
            cmd.add(d);
        }
        return Processes.run(cmd, workDir, 300);
    }
}
