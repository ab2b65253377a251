package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of every input kind — GDSII files, decks, waiver files, baseline reports —
 * each run in-process through {@link Main#run} with a time budget (a hang guard, not a speed
 * test) and an allocation budget for the thread that reads the inputs. Every run must end in
 * exit 0, 1 or 3; exit 3 with one line naming the mutated file; never a trace or internal error;
 * and no report file (nor temporary file) left behind when it fails.
 *
 * <p>CI runs {@value #CI_CASES} cases per kind; {@code mvn -Dcpodrc.fuzz.cases=N} runs a longer
 * campaign, {@code -Dcpodrc.fuzz.seed=S} another sequence (both passed on by the parent pom).
 */
class InputFuzzTest {
    static final int CI_CASES = 1000;
    private static final int CASES = Integer.getInteger("cpodrc.fuzz.cases", CI_CASES);
    private static final long SEED = Long.getLong("cpodrc.fuzz.seed", 13L);
    /** Per run: generous, only to turn a hang into a failure. */
    private static final long SECONDS = 60;
    /** Bytes the reading thread may allocate per run (inputs are a few KB). */
    private static final long ALLOCATION_BUDGET = 1L << 30;

    private static final String DECK = """
            cpodrc: 1
            name: fuzz
            description: "deck for ${what}"
            params:
              what: fuzzing
              w: 1um
              grow: 0.5um
            layers:
              PIC: 1/0
              EIC: 2/0
              TSV: 3/0
            derived:
              WG_NEAR: (PIC and (TSV sized ${grow})) or EIC
              OUTER: with_area(PIC, 1, inf) not EIC
            labels: [PIC]
            rules:
              - id: EIC.IN
                check: inside
                layer: EIC
                container: PIC
                description: EIC inside PIC
              - id: W.1
                check: width
                layer: WG_NEAR
                min: ${w}
                severity: warning
              - id: S.1
                check: space
                layer: TSV
                min: 2um
              - id: A.1
                check: area
                layer: OUTER
                min: 10
            """;
    private static final String WAIVERS = """
            cpodrc-waivers: 1
            waivers:
              - rule: EIC.*
                cell: TOP
                bbox_um: [90, 10, 110, 20]
                reason: the groove
                owner: jane
                expires: 2030-01-31
              - rule: S.1
                reason: "known"
                owner: joe
            """;
    private static final List<String> TOKENS = List.of("[", "]", "{", "}", ":", ": ", "- ", "\n", "\n  ", "  ", "#",
            "&a ", "*a", "!!str ", "!!binary ", "${", "${what}", "${nope}", "}", "\"", "'", "|", ">", "1e400", "-1",
            "0", ".nan", "\t", "\0", "\u00b5", "\uFFFD", "((", "))", " and ", " or ", " not ", " sized ", "1um",
            "1e9um", "-5um", ",", "null", "~", "*", "?", "%", "@", "`", "\\", "\\u", "123456789012345678901234567890",
            "1e-400", "true", "---\n", "...\n", "<<: *a\n", "[[[[[[", "]]]]]]");

    @TempDir
    static Path dir;
    private static ExecutorService runner;
    private static Path design;
    private static byte[] designBytes;
    private static Path deck;
    private static String report;

    @BeforeAll
    static void inputs() throws Exception {
        runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-run");
            t.setDaemon(true);
            return t;
        });
        design = new TinyGds("TOP").rect(1, 0, 0, 0, 100_000, 100_000).rect(2, 0, 90_000, 10_000, 110_000, 20_000)
                .rect(3, 0, 10_000, 10_000, 20_000, 20_000).rect(3, 0, 21_000, 10_000, 31_000, 20_000)
                .rect(1, 0, 200_000, 0, 200_500, 300).write(dir.resolve("d.gds"));
        designBytes = Files.readAllBytes(HostileInputTest.arefDesign(dir.resolve("a.gds"), 3));
        deck = Files.writeString(dir.resolve("deck.yaml"), DECK);
        Path json = dir.resolve("base.json");
        int code = Main.run(new String[] {"check", design.toString(), "--deck", deck.toString(), "--quiet",
                "--report", "json=" + json}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertTrue(code == 0 || code == 1);
        report = Files.readString(json);
        Files.delete(json);
    }

    @AfterAll
    static void stop() {
        runner.shutdownNow();
    }

    @Test
    void mutatedGdsFiles() throws Exception {
        Random r = new Random(SEED);
        List<byte[]> bases = List.of(Files.readAllBytes(design), designBytes,
                Files.readAllBytes(HostileInputTest.deepHierarchy(dir.resolve("h.gds"), 6)));
        Path gds = dir.resolve("fuzz.gds");
        for (int k = 0; k < CASES; k++) {
            byte[] bad = mutateBytes(bases.get(r.nextInt(bases.size())), r);
            Files.write(gds, bad);
            runCase(gds, k, "check", gds.toString(), "--deck", deck.toString());
        }
    }

    @Test
    void mutatedDecks() throws Exception {
        Random r = new Random(SEED + 1);
        Path d = dir.resolve("fuzz.yaml");
        for (int k = 0; k < CASES; k++) {
            Files.writeString(d, mutateText(DECK, r));
            runCase(d, k, "check", design.toString(), "--deck", d.toString());
        }
    }

    @Test
    void mutatedWaivers() throws Exception {
        Random r = new Random(SEED + 2);
        Path w = dir.resolve("fuzz-waivers.yaml");
        for (int k = 0; k < CASES; k++) {
            Files.writeString(w, mutateText(WAIVERS, r));
            runCase(w, k, "check", design.toString(), "--deck", deck.toString(), "--waivers", w.toString());
        }
    }

    @Test
    void mutatedBaselines() throws Exception {
        Random r = new Random(SEED + 3);
        Path b = dir.resolve("fuzz-baseline.json");
        for (int k = 0; k < CASES; k++) {
            Files.writeString(b, mutateText(report, r));
            runCase(b, k, "check", design.toString(), "--deck", deck.toString(), "--baseline", b.toString());
        }
    }

    private static String mutateText(String base, Random r) {
        StringBuilder s = new StringBuilder(base);
        int ops = 1 + r.nextInt(3);
        for (int i = 0; i < ops; i++) {
            int at = r.nextInt(s.length() + 1);
            switch (r.nextInt(5)) {
                case 0 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, (char) (32 + r.nextInt(95)));
                    }
                }
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(20)));
                case 2 -> {
                    int from = r.nextInt(s.length());
                    String part = s.substring(from, Math.min(s.length(), from + 1 + r.nextInt(60)));
                    s.insert(at, part);
                }
                default -> s.insert(at, TOKENS.get(r.nextInt(TOKENS.size())));
            }
        }
        return s.toString();
    }

    private static byte[] mutateBytes(byte[] base, Random r) {
        byte[] b = base.clone();
        int ops = 1 + r.nextInt(3);
        for (int i = 0; i < ops; i++) {
            switch (r.nextInt(4)) {
                case 0 -> b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length + 1));
                case 2 -> {
                    // a length or count field pushed to an extreme
                    int at = r.nextInt(Math.max(1, b.length - 1));
                    if (at + 1 < b.length) {
                        b[at] = (byte) (r.nextBoolean() ? 0xFF : 0x7F);
                        b[at + 1] = (byte) 0xFF;
                    }
                }
                default -> {
                    if (b.length > 8) {
                        int from = r.nextInt(b.length - 4) & ~1;
                        int len = Math.min(b.length - from, 4 + 2 * r.nextInt(16));
                        byte[] out = new byte[b.length + len];
                        int at = r.nextInt(b.length) & ~1;
                        System.arraycopy(b, 0, out, 0, at);
                        System.arraycopy(b, from, out, at, len);
                        System.arraycopy(b, at, out, at + len, b.length - at);
                        b = out;
                    }
                }
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }

    /** Runs one case with a report requested and checks the outcome. */
    private static void runCase(Path mutated, int k, String... args) throws Exception {
        Path out = dir.resolve("out.json");
        Files.deleteIfExists(out);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--threads", "1", "--quiet", "--report", "json=" + out));
        StringWriter so = new StringWriter();
        StringWriter se = new StringWriter();
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Future<long[]> f = runner.submit(() -> {
            long before = mx.getCurrentThreadAllocatedBytes();
            int code = Main.run(all.toArray(String[]::new), new PrintWriter(so, true), new PrintWriter(se, true));
            return new long[] {code, mx.getCurrentThreadAllocatedBytes() - before};
        });
        long[] res;
        try {
            res = f.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            Path kept = Files.copy(mutated, dir.resolve("hang-" + k));
            fail("case " + k + " still running after " + SECONDS + " s; input kept as " + kept);
            return;
        }
        int code = (int) res[0];
        String err = se.toString().strip();
        String what = "case " + k + " (seed " + SEED + "): exit " + code + "\n" + err + "\n--- input:\n"
                + (mutated.toString().endsWith(".gds") ? "(binary)" : Files.readString(mutated, StandardCharsets.ISO_8859_1));
        assertTrue(Set.of(0, 1, 3).contains(code), what);
        assertTrue(res[1] < ALLOCATION_BUDGET, "allocated " + res[1] + " bytes: " + what);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("internal error"), what);
        if (code == Main.EXIT_INPUT) {
            assertFalse(err.contains("\n"), what);
            assertTrue(err.startsWith("cpodrc: ") && err.contains(mutated.getFileName().toString()), what);
            assertFalse(Files.exists(out), "report left behind: " + what);
            try (Stream<Path> s = Files.list(dir)) {
                assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), what);
            }
        } else {
            assertEquals("", err, what);
            assertTrue(Files.exists(out), what);
        }
    }
}
