package org.cpodrc.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an external program for a test, output to a log file, killed after a time limit. */
public final class Processes {
    private Processes() {
    }

    public static String run(List<String> cmd, Path workDir, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(workDir, "process", ".log");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish within " + timeoutSeconds + " s: " + cmd);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("exit " + p.exitValue() + " from " + cmd + ":\n" + output);
        }
        return output;
    }
}
