package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code ./cpodrc}) with and without a usable class-data-sharing archive:
 * whatever lies at {@code cli/target/cpodrc.jsa} (nothing, random bytes, an archive of another
 * JVM build, an archive without our classes, one older than the jar), the run prints the same
 * stdout and stderr and exits with the same code as without it; the JVM's CDS warnings, which go
 * to stdout, never show. The launcher runs in a copy of the repository layout whose jar is a
 * manifest over this test's class path (the shaded jar does not exist yet when tests run). Either JIT
 * choice (CPODRC_JVM=small or large) prints the same.
 */
class LauncherTest {
    private static final Path REPO = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();
    private static final String SAMPLE = REPO.resolve("samples/gds/p3d_p4_tsv_pitch.gds").toString();

    @TempDir
    static Path root;
    private static Path jar;
    private static Path jsa;
    private static Run plain;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void layout() throws Exception {
        assumeTrue(new File("/bin/bash").canExecute(), "the launcher is a bash script");
        Files.copy(REPO.resolve("cpodrc"), root.resolve("cpodrc"));
        root.resolve("cpodrc").toFile().setExecutable(true);
        Path target = Files.createDirectories(root.resolve("cli/target"));
        jar = target.resolve("cpodrc.jar");
        jsa = target.resolve("cpodrc.jsa");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, List.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)).stream().map(p -> Path.of(p).toUri().toString())
                .collect(Collectors.joining(" ")));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.flush();
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        plain = launch();
        assertEquals(1, plain.exit(), plain.err());
        assertEquals("", plain.err());
    }

    @Test
    void randomBytesAreIgnored() throws Exception {
        archive(junk(9), true);
        assertEquals(plain, launch());
    }

    @Test
    void archiveOfAnotherJvmBuildIsIgnored() throws Exception {
        // the JDK's own archive with another JVM version in its header, as another java would have made it
        byte[] a = Files.readAllBytes(jdkArchive());
        byte[] version = System.getProperty("java.vm.version").getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(a, version);
        assumeTrue(at >= 0, "JVM version not found in the JDK's archive header");
        a[at] = (byte) (a[at] == '9' ? '8' : '9');
        archive(a, true);
        assertEquals(plain, launch());
    }

    @Test
    void archiveWithoutOurClassesIsHarmless() throws Exception {
        archive(Files.readAllBytes(jdkArchive()), true);
        assertEquals(plain, launch());
    }

    @Test
    void archiveOlderThanTheJarIsNotUsed() throws Exception {
        archive(junk(3), false);
        assertEquals(plain, launch());
    }

    @Test
    void jitChoiceDoesNotChangeTheOutput() throws Exception {
        Files.deleteIfExists(jsa);
        assertEquals(plain, launch(Map.of("CPODRC_JVM", "small")));
        assertEquals(plain, launch(Map.of("CPODRC_JVM", "large")));
    }

    /** Writes cli/target/cpodrc.jsa, a minute newer or older than the jar. */
    private static void archive(byte[] bytes, boolean newerThanJar) throws IOException {
        Files.write(jsa, bytes);
        long jarTime = Files.getLastModifiedTime(jar).toMillis();
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(jarTime + (newerThanJar ? 60_000 : -60_000)));
    }

    private static byte[] junk(long seed) {
        byte[] b = new byte[8192];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static Run launch() throws IOException, InterruptedException {
        return launch(Map.of());
    }

    private static Run launch(Map<String, String> extraEnv) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("cpodrc").toString(), "check", SAMPLE,
                "--deck", "builtin:photonic-3d", "--threads", "1"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.remove("CPODRC_CDS");
        env.put("JAVA_OPTS", "-Xmx512m");
        env.remove("CPODRC_JVM");
        env.putAll(extraEnv);
        // the launcher runs "java" from PATH: put this JVM first
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(out), Files.readString(err));
    }

    private static Path jdkArchive() {
        Path a = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
        assumeTrue(Files.isRegularFile(a), "this JDK ships no CDS archive");
        return a;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= Math.min(hay.length, 1 << 16); i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
