package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Every report format, byte for byte, as the release before compact violations wrote it: a
 * seeded layout through generic checks (edge-pair, polygon, box and segment markers, a rule
 * message template) and a shipped sample through the package deck. The expected SHA-256 of each
 * file is in {@code report-identity/expected.sha256}, written by the code that kept one JTS
 * geometry and one message string per violation; any change of representation must keep them.
 */
class ReportIdentityTest {
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "lyrdb", "html", "gds");
    /** Relative paths (the module directory is the working directory): reports print the paths they were given. */
    private static final Path SAMPLES = Path.of("../samples/gds");
    private static final Path WORK = Path.of("target/report-identity");

    @Test
    void everyFormatMatchesTheRecordedBytes() throws Exception {
        Path dir = Files.createDirectories(WORK);
        List<String> actual = new ArrayList<>();
        actual.addAll(run(dir, "generic", seededLayout(dir.resolve("seeded.gds")), deck(dir).toString()));
        actual.addAll(run(dir, "package", SAMPLES.resolve("p3d_p4_tsv_space.gds"), "builtin:photonic-3d"));
        actual.addAll(run(dir, "fopop", SAMPLES.resolve("fopop_f3_pillar_pitch.gds"), "builtin:fopop"));
        String got = String.join("\n", actual) + "\n";
        if (Boolean.getBoolean("cpodrc.recordIdentity")) {
            Files.writeString(Path.of(System.getProperty("basedir", "."))
                    .resolve("src/test/resources/report-identity/expected.sha256"), got);
        }
        String expected;
        try (InputStream in = ReportIdentityTest.class.getResourceAsStream("/report-identity/expected.sha256")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, got);
    }

    private static List<String> run(Path dir, String name, Path design, String deck) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--quiet", "--threads=2", "--deck=" + deck));
        for (String f : FORMATS) {
            args.add("--report=" + f + "=" + dir.resolve(name + "." + f));
        }
        args.add(design.toString());
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(1, r.code(), r.toString());
        List<String> lines = new ArrayList<>();
        for (String f : FORMATS) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name + "." + f));
            lines.add(name + "." + f + " " + bytes.length + " " + sha256(bytes));
        }
        return lines;
    }

    /** 300 seeded rectangles on three layers: narrow, close, overlapping and enclosed shapes. */
    private static Path seededLayout(Path file) throws IOException {
        Random rnd = new Random(20261129);
        TinyGds gds = new TinyGds("TOP");
        for (int i = 0; i < 200; i++) {
            int x = rnd.nextInt(100_000), y = rnd.nextInt(100_000);
            gds.rect(1, 0, x, y, x + 100 + rnd.nextInt(3_000), y + 100 + rnd.nextInt(3_000));
        }
        for (int i = 0; i < 60; i++) {
            int x = rnd.nextInt(100_000), y = rnd.nextInt(100_000);
            gds.rect(2, 0, x, y, x + 2_000 + rnd.nextInt(6_000), y + 2_000 + rnd.nextInt(6_000));
        }
        for (int i = 0; i < 40; i++) {
            int x = rnd.nextInt(100_000), y = rnd.nextInt(100_000);
            gds.rect(3, 0, x, y, x + 300 + rnd.nextInt(1_500), y + 300 + rnd.nextInt(1_500));
        }
        return gds.write(file);
    }

    private static Path deck(Path dir) throws IOException {
        return Files.writeString(dir.resolve("deck.yaml"), """
                cpodrc: 1
                name: identity
                layers:
                  M1: 1/0
                  BOX: 2/0
                  VIA: 3/0
                rules:
                  - {id: M1.W.1, check: width, layer: M1, min: 0.5um, description: "M1 width"}
                  - {id: M1.S.1, check: space, layer: M1, min: 0.7um, severity: warning}
                  - id: M1.S.2
                    check: space
                    layer: M1
                    min: 0.35um
                    metric: projection
                    message: "{rule} on {layer}: {measured} < {required} ({message})"
                  - {id: VIA.EN.1, check: enclosure, outer: BOX, inner: VIA, min: 0.4um}
                  - {id: VIA.SEP.1, check: separation, layer: VIA, other: M1, min: 0.3um, severity: info}
                  - {id: VIA.KO.1, check: keep_out, layer: VIA, from: M1, distance: 0.5um}
                  - {id: M1.A.1, check: area, layer: M1, min: 0.2um2, max: 6um2}
                  - {id: BOX.SZ.1, check: size, layer: BOX, min: 2.5um}
                """);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
