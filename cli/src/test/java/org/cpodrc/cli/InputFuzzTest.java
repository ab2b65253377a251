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
 * Seeded mutations of every input kind — GDSII files, decks, waiver files, baseline reports,
 * stack files ({@code check STACK.yaml}) and deck-test files ({@code deck test}) — each run
 * in-process through {@link Main#run} with a time budget (a hang guard, not a speed test) and an allocation budget for the thread that reads the inputs. Every run must end in
 * exit 0, 1 or 3; exit 3 with one line naming the mutated file; never a trace or internal error;
 * and no report file (nor temporary file) left behind when it fails.
 *
 * <p>CI runs up to {@value #CI_CASES} cases per kind, stopping a kind after {@value #CI_SECONDS} s
 * once {@value #MIN_CASES} have run (the sequence is seeded, so a failure names its case and seed and
 * repeats; a slow machine only runs fewer). {@code mvn -Dcpodrc.fuzz.cases=N} runs a longer
 * campaign of exactly N per kind (no time limit), {@code -Dcpodrc.fuzz.seed=S} another sequence
 * (both passed on by the parent pom); {@code -Dcpodrc.fuzz.seconds=T} sets the time limit
 * per kind (0: none).
 */
class InputFuzzTest {
    static final int CI_CASES = 1000;
    private static final int CASES = Integer.getInteger("cpodrc.fuzz.cases", CI_CASES);
    private static final long SEED = Long.getLong("cpodrc.fuzz.seed", 13L);
    static final int CI_SECONDS = 5;
    static final int MIN_CASES = 100;
    /** Seconds per kind before a CI run stops (after {@link #MIN_CASES}); 0 for none (a campaign). */
    private static final long KIND_SECONDS = Long.getLong("cpodrc.fuzz.seconds", CASES > CI_CASES ? 0 : CI_SECONDS);
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

    /** A deck for the stack and its dies' layer names (dies PIC and EIC as in STACK-SPEC). */
    private static final String STACK_DECK = """
            cpodrc: 1
            name: fuzz-stack
            derived:
              TSV_UNDER_EIC: PIC.TSV and EIC.OUTLINE
            rules:
              - id: BUMP.IN
                check: inside
                layer: EIC.BUMP
                container: PIC.OUTLINE
              - id: TSV.EIC
                check: count
                layer: TSV_UNDER_EIC
                max: 0
              - id: TIER.1
                check: tier_order
                above: eic
                below: pic
            """;
    private static final String STACK = """
            cpodrc-stack: 1
            name: demo
            stack: photonic-3d
            dies:
              - name: PIC
                file: pic.gds
                role: pic
                tier: 0
                layers: {OUTLINE: 0/0, TSV: 10/0}
              - name: EIC
                file: eic.gds
                role: eic
                tier: 1
                at: [2000, 1500]
                flip: true
                rotate: 90
                layers: {OUTLINE: 0/0, BUMP: 20/0}
            layers:
              PIC: PIC.OUTLINE
              EIC: EIC.OUTLINE
              TSV: PIC.TSV
              BUMP: EIC.BUMP
            """;
    /** Deck tests of {@link #DECK}: every shape kind, markers with values, params, a file and an inline stack. */
    private static final String DECK_TEST = """
            cpodrc-deck-test: 1
            description: fuzzed
            dbu: 0.001
            cases:
              - name: clean
                layout:
                  PIC: [{box: [0, 0, 100, 100]}, {polygon: [0, 0, 10, 0, 10, 10]}]
                  EIC: [{box: [10, 10, 20, 20]}, {circle: [50, 50], diameter: 9}]
                  TSV: [{path: [0, 0, 0, 30], width: 3, ends: square}, {text: via, at: [1, 1]}]
                expect: {EIC.IN: clean, S.1: clean}
              - name: EIC outside
                params: {w: 2um}
                tolerance: 0.01
                layout:
                  PIC: [{box: [0, 0, 100, 100]}]
                  EIC: [{box: [90, 10, 110, 20]}]
                expect:
                  EIC.IN: [{bbox: [100, 10, 110, 20], tolerance: 0.1}]
                  S.1: 0
              - name: TSVs too close
                gds: d.gds
                top: TOP
                expect:
                  S.1: [{bbox: [20, 10, 21, 20], value: 1}]
              - name: stacked
                stack:
                  stack: photonic-3d
                  dies:
                    - {name: PIC, role: pic, tier: 0, layout: {OUTLINE: [{box: [0, 0, 3000, 3000]}]}}
                    - {name: EIC, role: eic, tier: 1, at: [2000, 1500], flip: true, rotate: 90,
                       layout: {OUTLINE: [{box: [0, 0, 1000, 800]}]}}
                  layers: {PIC: PIC.OUTLINE, EIC: EIC.OUTLINE}
                expect: {EIC.IN: clean}
            """;

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
        long start = System.nanoTime();
        List<byte[]> bases = List.of(Files.readAllBytes(design), designBytes,
                Files.readAllBytes(HostileInputTest.deepHierarchy(dir.resolve("h.gds"), 6)));
        Path gds = dir.resolve("fuzz.gds");
        for (int k = 0; more(k, start); k++) {
            byte[] bad = mutateBytes(bases.get(r.nextInt(bases.size())), r);
            Files.write(gds, bad);
            runCase(gds, k, "check", gds.toString(), "--deck", deck.toString());
        }
    }

    @Test
    void mutatedDecks() throws Exception {
        fuzzText(1, "fuzz.yaml", DECK, d -> new String[] {"check", design.toString(), "--deck", d.toString()});
    }

    @Test
    void mutatedWaivers() throws Exception {
        fuzzText(2, "fuzz-waivers.yaml", WAIVERS,
                w -> new String[] {"check", design.toString(), "--deck", deck.toString(), "--waivers", w.toString()});
    }

    @Test
    void mutatedBaselines() throws Exception {
        fuzzText(3, "fuzz-baseline.json", report,
                b -> new String[] {"check", design.toString(), "--deck", deck.toString(), "--baseline", b.toString()});
    }

    @Test
    void mutatedStackFiles() throws Exception {
        new TinyGds("PIC_TOP").rect(0, 0, 0, 0, 5_000_000, 4_000_000).rect(10, 0, 1_000_000, 1_000_000, 1_010_000, 1_010_000)
                .write(dir.resolve("pic.gds"));
        new TinyGds("EIC_TOP").rect(0, 0, 0, 0, 1_000_000, 600_000).rect(20, 0, 30_000, 40_000, 50_000, 60_000)
                .write(dir.resolve("eic.gds"));
        Path stackDeck = Files.writeString(dir.resolve("stack-deck.yaml"), STACK_DECK);
        fuzzText(4, "fuzz.stack.yaml", STACK, s -> new String[] {"check", s.toString(), "--deck", stackDeck.toString()});
    }

    /** Seeded mutations of a text input written to {@code name}, each run as {@code args(file)} until time is up. */
    private void fuzzText(int seed, String name, String base, java.util.function.Function<Path, String[]> args)
            throws Exception {
        Random r = new Random(SEED + seed);
        long start = System.nanoTime();
        Path f = dir.resolve(name);
        for (int k = 0; more(k, start); k++) {
            Files.writeString(f, mutateText(base, r));
            runCase(f, k, args.apply(f));
        }
    }

    @Test
    void mutatedDeckTestFiles() throws Exception {
        Random r = new Random(SEED + 5);
        long start = System.nanoTime();
        Path t = dir.resolve("fuzz.test.yaml");
        for (int k = 0; more(k, start); k++) {
            Files.writeString(t, mutateText(DECK_TEST, r));
            runDeckTest(t, k, "deck", "test", deck.toString(), t.toString());
        }
    }

    /** Whether case k runs: all {@link #CASES}, or fewer when the kind's time is up. */
    private static boolean more(int k, long start) {
        if (k >= CASES) {
            return false;
        }
        return KIND_SECONDS <= 0 || k < MIN_CASES || System.nanoTime() - start < KIND_SECONDS * 1_000_000_000L;
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

    /** Runs one check with a JSON report requested and checks the outcome. */
    private static void runCase(Path mutated, int k, String... args) throws Exception {
        Path out = dir.resolve("out.json");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--threads", "1", "--quiet", "--report", "json=" + out));
        run(mutated, k, out, all);
    }

    /** Runs one {@code deck test} with a JUnit report requested and checks the outcome. */
    private static void runDeckTest(Path mutated, int k, String... args) throws Exception {
        Path out = dir.resolve("out.xml");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--report", "junit=" + out));
        run(mutated, k, out, all);
    }

    private static void run(Path mutated, int k, Path out, List<String> all) throws Exception {
        Files.deleteIfExists(out);
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
