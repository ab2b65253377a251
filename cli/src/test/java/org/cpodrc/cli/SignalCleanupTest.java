package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real signals while a large report is being written: the command line runs as a child JVM
 * checking a design with tens of thousands of violations into three reports; as soon as the first
 * hidden temporary report file appears, the child gets SIGTERM ({@link Process#destroy}) or SIGINT
 * ({@code kill -INT}, what Ctrl-C sends). The shutdown hook must leave every destination as it was
 * (the old report stays) and no {@code .NAME.*.tmp} behind; the exit code is the JVM's for the
 * signal, 128 + its number (143 for SIGTERM, 130 for SIGINT), as documented in the README.
 */
class SignalCleanupTest {
    private static final int SIGINT = 2;
    private static final int SIGTERM = 15;

    @TempDir
    Path dir;

    @Test
    void sigtermWhileWritingLeavesOldReportsAndNoTemporaryFile() throws Exception {
        interruptWhileWriting(SIGTERM);
    }

    @Test
    void sigintWhileWritingLeavesOldReportsAndNoTemporaryFile() throws Exception {
        interruptWhileWriting(SIGINT);
    }

    private void interruptWhileWriting(int signal) throws Exception {
        // 120 x 120 placements of an EIC square with no PIC: 14,400 EIC.IN violations
        Path design = HostileInputTest.arefDesign(dir.resolve("big.gds"), 120);
        Path deck = Files.writeString(dir.resolve("deck.yaml"), HostileInputTest.DECK);
        List<Path> reports = List.of(dir.resolve("r.json"), dir.resolve("r.lyrdb"), dir.resolve("r.txt"));
        for (Path r : reports) {
            Files.writeString(r, "old " + r.getFileName());
        }
        List<String> cmd = new ArrayList<>(launcher());
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.cpodrc.cli.Main",
                "check", design.toString(), "--deck", deck.toString(), "--quiet", "--threads", "1",
                "--report", "json=" + reports.get(0), "--report", "lyrdb=" + reports.get(1),
                "--report", "text=" + reports.get(2)));
        Path log = dir.resolve("child.log");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            // generous: only a hang guard (checking comes first, then the reports are written)
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (temporaryFiles().isEmpty()) {
                if (!p.isAlive()) {
                    fail("the run ended (exit " + p.exitValue() + ") before a report was being written: "
                            + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    fail("no temporary report file appeared within 300 s");
                }
                Thread.sleep(5);
            }
            if (signal == SIGTERM) {
                p.destroy();
            } else {
                Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
                assertEquals(0, kill.waitFor());
            }
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running after the signal");
        } finally {
            p.destroyForcibly();
        }
        String output = Files.readString(log);
        assertEquals(128 + signal, p.exitValue(), output);
        for (Path r : reports) {
            assertEquals("old " + r.getFileName(), Files.readString(r), "the old report at " + r + " was replaced");
        }
        assertEquals(List.of(), temporaryFiles(), output);
    }

    /**
     * Where the test JVM ignores SIGINT (started in the background by a non-interactive shell) the
     * child would inherit that and Ctrl-C could not be tried: perl resets it to the default first.
     */
    private static List<String> launcher() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:") && (Long.parseLong(line.substring(7).strip(), 16) & (1L << (SIGINT - 1))) != 0) {
                return List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec {$ARGV[0]} @ARGV or die \"$ARGV[0]: $!\"");
            }
        }
        return List.of();
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().matches("\\.r\\..*\\.tmp")).toList();
        }
    }
}
