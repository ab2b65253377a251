package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cpodrc deck test}: the shipped decks pass their shipped tests with every rule covered
 * (the CI gate for the decks), a broken rule value is caught, JUnit output validates, bad test
 * files exit 3 with a located line, and {@code --watch} reports a change.
 */
class DeckTestCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"builtin:photonic-3d", "builtin:fopop"})
    void shippedDecksPassTheirTestsWithEveryRuleCovered(String deck) throws Exception {
        Path junit = dir.resolve("deck-tests.xml");
        Cli r = Cli.run("deck", "test", deck, "--fail-on-uncovered", "--report", "junit=" + junit);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains(" 0 failed"), r::toString);
        assertTrue(r.out().contains("rules with no failing case: none\nrules with no passing case: none\n"), r::toString);
        String xml = Files.readString(junit);
        validate(xml);
        assertTrue(xml.contains("failures=\"0\""), xml);
    }

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();

    /** The CI gate of docs/deck-authoring.md: the example deck's tests with the shipped ones, every rule covered. */
    @Test
    void docsExampleDeckPassesTheGate() throws Exception {
        String deck = ROOT.resolve("docs/examples/tsv-pads.yaml").toString();
        Cli own = Cli.run("deck", "test", deck);
        assertEquals(0, own.code(), own::toString);
        assertTrue(own.out().startsWith("2 cases, 2 expectations: 2 passed, 0 failed\n"), own::toString);
        Path junit = dir.resolve("deck-tests.xml");
        Cli gate = Cli.run("deck", "test", deck, "builtin:photonic-3d",
                ROOT.resolve("docs/examples/tsv-pads.test.yaml").toString(), "--fail-on-uncovered",
                "--report", "junit=" + junit);
        assertEquals(0, gate.code(), gate::toString);
        validate(Files.readString(junit));
        Cli broken = Cli.run("deck", "test", deck, "--param", "bump_pad_min=10um");
        assertEquals(1, broken.code(), broken::toString);
        assertTrue(broken.out().contains(": case '12 um bump pad': BUMP.SZ.1\n"), broken::toString);
    }

    /** docs/examples/photonic-ops.yaml (notch, isolated, ongrid, edge_length, rectangles, wide metal) passes its cases. */
    @Test
    void docsPhotonicOpsExamplePassesItsCases() throws Exception {
        Cli run = Cli.run("deck", "test", ROOT.resolve("docs/examples/photonic-ops.yaml").toString(),
                ROOT.resolve("docs/examples/photonic-ops.test.yaml").toString(), "--fail-on-uncovered");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().startsWith("2 cases, 12 expectations: 12 passed, 0 failed\n"), run::toString);
    }

    /**
     * samples/decks/my-photonic-3d.yaml passes its own tests; the shipped tests catch exactly the
     * two rules it changes on purpose, and skip the rule it disables.
     */
    @Test
    void sampleDeckPassesItsTestsAndTheShippedOnesSeeItsChanges() {
        String deck = ROOT.resolve("samples/decks/my-photonic-3d.yaml").toString();
        Cli own = Cli.run("deck", "test", deck);
        assertEquals(0, own.code(), own::toString);
        Cli shipped = Cli.run("deck", "test", deck, "builtin:photonic-3d");
        assertEquals(1, shipped.code(), shipped::toString);
        assertEquals(List.of("FAIL builtin:common.test.yaml: BW.EDGE.1", "FAIL builtin:photonic-3d.test.yaml: TSV.KOZ.1"),
                shipped.out().lines().filter(l -> l.startsWith("FAIL "))
                        .map(l -> l.replaceAll(":\\d+:\\d+: case '[^']*'", "")).toList());
        assertTrue(!shipped.out().contains("FAU.CLEAR.1"), "the disabled rule is left out");
    }

    /** A case may name a GDSII file: the sample designs with and without the TSV pitch defect. */
    @Test
    void casesReadGdsFiles() throws IOException {
        Path samples = ROOT.resolve("samples/gds");
        Files.copy(samples.resolve("p3d_p4_tsv_pitch.gds"), dir.resolve("pitch.gds"));
        Files.createDirectories(dir.resolve("designs"));
        Files.copy(samples.resolve("photonic3d_clean.gds"), dir.resolve("designs/clean.gds"));
        Path tests = dir.resolve("samples.test.yaml");
        Files.writeString(tests, """
                cpodrc-deck-test: 1
                cases:
                  - name: clean sample
                    gds: designs/clean.gds
                    expect: {TSV.P.1: clean, TSV.S.1: clean}
                  - name: TSVs 38 um apart at (5000, 3500)
                    gds: pitch.gds
                    top: P3D_TOP
                    expect:
                      TSV.P.1: [{bbox: [4995, 3495, 5043, 3505], value: 38}]
                """);
        Cli r = Cli.run("deck", "test", "builtin:photonic-3d", tests.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("2 cases, 3 expectations: 3 passed, 0 failed\n"), r::toString);
    }

    /**
     * A case may name a stack file (relative to the test file): the sample whose flipped, rotated EIC
     * sits below the PIC, and its inline twin drawn in die µm; a typo in an inline stack is located.
     */
    @Test
    void casesReadStackFilesAndInlineStacks() throws IOException {
        Path sample = ROOT.resolve("samples/stacks/p3d_t1_eic_below_pic");
        Path stacks = Files.createDirectories(dir.resolve("stacks"));
        try (var files = Files.list(sample)) {
            for (Path f : files.toList()) {
                Files.copy(f, stacks.resolve(f.getFileName()));
            }
        }
        Path tests = dir.resolve("stack.test.yaml");
        Files.writeString(tests, """
                cpodrc-deck-test: 1
                cases:
                  - name: sample stack, EIC on tier 0 below the PIC
                    stack: stacks/p3d_t1_eic_below_pic.stack.yaml
                    expect:
                      TIER.EIC.1: [{bbox: [2500, 1000, 4500, 3000]}]
                      TSV.P.1: clean
                  - name: the same EIC drawn inline on tier 2
                    stack:
                      dies:
                        - {name: PIC, role: pic, tier: 1, layout: {OUTLINE: [{box: [0, 0, 6000, 4000]}]}}
                        - {name: EIC, role: eic, tier: 2, at: [4500, 1000], flip: true, rotate: 90,
                           layout: {OUTLINE: [{box: [0, 0, 2000, 2000]}]}}
                      layers: {PIC: PIC.OUTLINE, EIC: EIC.OUTLINE}
                    expect: {TIER.EIC.1: clean}
                """);
        Cli r = Cli.run("deck", "test", "builtin:photonic-3d", tests.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("2 cases, 3 expectations: 3 passed, 0 failed\n"), r::toString);

        Files.writeString(tests, Files.readString(tests).replace("EIC: EIC.OUTLINE", "EIC: EIC.OUTLNE"));
        Cli bad = Cli.run("deck", "test", "builtin:photonic-3d", tests.toString());
        assertEquals(3, bad.code(), bad::toString);
        assertTrue(bad.err().contains(tests + ":14:43: die 'EIC' has no layer 'OUTLNE'; did you mean 'OUTLINE'?"),
                bad::toString);
        Files.writeString(tests, Files.readString(tests).replace("stacks/p3d", "stacks/nothing"));
        Cli missing = Cli.run("deck", "test", "builtin:photonic-3d", tests.toString());
        assertEquals(3, missing.code(), missing::toString);
        assertTrue(missing.err().contains(tests + ":4:12: no such stack file 'stacks/nothing_t1_eic_below_pic.stack.yaml'"),
                missing::toString);
    }

    @Test
    void aBrokenRuleValueIsCaught() {
        // TSV pitch limit lowered from 40 to 30 um: the 38 um failing case no longer fails
        Cli r = Cli.run("deck", "test", "builtin:photonic-3d", "--param", "tsv_pitch_min=30um");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains(": case 'TSVs at 38 um pitch': TSV.P.1\n  expected: 1 violation\n"
                + "    [-5, -5, 43, 5] value 38 +- 0.01\n  actual:   clean\n"), r::toString);
        assertTrue(r.out().contains("1 failed (1 failing case)"), r::toString);
    }

    @Test
    void aModifiedDeckCopyIsCaught() throws IOException {
        // a copy of the shipped deck whose TSV size rule allows up to 30 um, run against the shipped tests
        Path deck = dir.resolve("p3d.yaml");
        Files.writeString(deck, """
                cpodrc: 1
                name: p3d-copy
                extends: builtin:photonic-3d
                rules:
                  - id: TSV.SZ.1
                    check: size
                    layer: TSV
                    min: ${tsv_diameter_min}
                    max: 30um
                """);
        Cli r = Cli.run("deck", "test", deck.toString(), "builtin:photonic-3d");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains(": case 'TSVs of 4 and 24 um': TSV.SZ.1\n  expected: 2 violations\n"), r::toString);
        assertTrue(r.out().contains("  actual:   1 violation\n    [-2, -2, 2, 2] value 4  TSV diameter 4.0 um below"),
                r::toString);
    }

    private static final String MINI = """
            cpodrc: 1
            name: mini
            layers:
              M1: 1/0
            rules:
              - id: M1.W.1
                check: width
                layer: M1
                min: 2um
              - id: M1.A.1
                check: area
                layer: M1
                min: 1um2
            """;
    private static final String MINI_TEST = """
            cpodrc-deck-test: 1
            cases:
              - name: wide
                layout: {M1: [{box: [0, 0, 3, 3]}]}
                expect: {M1.W.1: clean}
              - name: narrow
                layout: {M1: [{box: [0, 0, 1, 3]}]}
                expect: {M1.W.1: %s}
            """;

    private Path mini() throws IOException {
        Path deck = dir.resolve("mini.yaml");
        Files.writeString(deck, MINI);
        Files.writeString(dir.resolve("mini.test.yaml"), MINI_TEST.formatted("1"));
        return deck;
    }

    @Test
    void findsTestsBesideTheDeckAndGatesOnCoverage() throws Exception {
        Path deck = mini();
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("tests/area.test.yaml"), """
                cpodrc-deck-test: 1
                cases:
                  - name: big
                    layout: {M1: [{box: [0, 0, 3, 3]}]}
                    expect: {M1.A.1: clean}
                """);
        Cli r = Cli.run("deck", "test", deck.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("3 cases, 3 expectations: 3 passed, 0 failed\n"), r::toString);
        assertTrue(r.out().contains("rules with no failing case: M1.A.1\nrules with no passing case: none\n"), r::toString);
        Path junit = dir.resolve("j.xml");
        Cli gated = Cli.run("deck", "test", deck.toString(), "--fail-on-uncovered", "--report", "junit=" + junit);
        assertEquals(1, gated.code(), gated::toString);
        String xml = Files.readString(junit);
        validate(xml);
        assertTrue(xml.contains("<failure message=\"M1.A.1: 1 passing, 0 failing cases\" type=\"coverage\"/>"), xml);
    }

    @Test
    void failingCaseExitsOneAndJunitValidates() throws Exception {
        Path deck = mini();
        Files.writeString(dir.resolve("mini.test.yaml"), MINI_TEST.formatted("clean"));
        Path junit = dir.resolve("j.xml");
        Cli r = Cli.run("deck", "test", deck.toString(), "--report", "junit=" + junit);
        assertEquals(1, r.code(), r::toString);
        String xml = Files.readString(junit);
        validate(xml);
        assertTrue(xml.contains("<testcase name=\"narrow\" classname=\"cpodrc.decktest.mini\" time=\"0\" assertions=\"1\">"
                + "\n      <failure message=\"M1.W.1 not as expected\" type=\"decktest\">FAIL "), xml);
    }

    @Test
    void junitReportsKeepTheInputsAndCommitTogether() throws Exception {
        Path deck = mini();
        Path test = dir.resolve("mini.test.yaml");
        Files.writeString(test, MINI_TEST.formatted("clean"));
        String deckText = Files.readString(deck);
        String testText = Files.readString(test);
        // over the deck or a test file: a usage error before anything runs, the inputs untouched
        Cli overDeck = Cli.run("deck", "test", deck.toString(), "--report", "junit=" + deck);
        assertEquals(2, overDeck.code(), overDeck::toString);
        assertTrue(overDeck.err().contains("the junit report would overwrite the input " + deck), overDeck::toString);
        Cli overTest = Cli.run("deck", "test", deck.toString(), "--report", "junit=" + dir.resolve("x/../mini.test.yaml"));
        assertEquals(2, overTest.code(), overTest::toString);
        assertEquals(deckText, Files.readString(deck));
        assertEquals(testText, Files.readString(test));
        Cli twice = Cli.run("deck", "test", deck.toString(), "--report", "junit=" + dir.resolve("j.xml"),
                "--report", "junit=" + dir.resolve("./j.xml"));
        assertEquals(2, twice.code(), twice::toString);
        assertTrue(twice.err().contains("two reports go to"), twice::toString);
        // the second report cannot be written (its folder is a file): neither is, one located line, exit 3
        Files.writeString(dir.resolve("old.xml"), "old");
        Files.writeString(dir.resolve("notadir"), "");
        Cli broken = Cli.run("deck", "test", deck.toString(), "--report", "junit=" + dir.resolve("old.xml"),
                "--report", "junit=" + dir.resolve("notadir/j.xml"));
        assertEquals(3, broken.code(), broken::toString);
        assertTrue(broken.err().matches("cpodrc: \\S*notadir/j\\.xml: cannot write the junit report: .*\\(no report was written\\)\n"),
                broken::toString);
        assertEquals("old", Files.readString(dir.resolve("old.xml")));
    }

    @Test
    void badTestFileExitsThreeWithALocatedLine() throws IOException {
        Path deck = mini();
        Files.writeString(dir.resolve("mini.test.yaml"), MINI_TEST.formatted("[{bbox: [0, 0, 1]}]"));
        Cli r = Cli.run("deck", "test", deck.toString());
        assertEquals(3, r.code(), r::toString);
        assertEquals("cpodrc: " + dir.resolve("mini.test.yaml") + ":8:30: bbox needs 4 numbers, found 3\n", r.err());
        assertEquals(3, Cli.run("deck", "test", dir.resolve("nothing.yaml").toString()).code());
        Files.delete(dir.resolve("mini.test.yaml"));
        Cli none = Cli.run("deck", "test", deck.toString());
        assertEquals(3, none.code(), none::toString);
        assertTrue(none.err().contains("no deck tests found"), none::toString);
        assertEquals(2, Cli.run("deck", "test", deck.toString(), "--report", "json=x").code());
    }

    @Test
    void printsTheTestSchema() throws IOException {
        Cli r = Cli.run("deck", "schema", "--test");
        assertEquals(0, r.code(), r::toString);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/cpodrc/rules/deck-test.schema.json")) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), r.out());
        }
    }

    /** Starts --watch in a thread, edits the test file twice and sees each change reported, then stops it. */
    @Test
    void watchReportsWhatChanged() throws Exception {
        Path deck = mini();
        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(sink, true);
        Supplier<String> text = () -> {
            synchronized (sink.getBuffer()) {
                return sink.toString();
            }
        };
        int[] code = {-1};
        Thread t = new Thread(() -> code[0] = Main.run(new String[] {"deck", "test", deck.toString(), "--watch",
                "--interval", "20"}, out, new PrintWriter(new StringWriter(), true)));
        t.start();
        try {
            await(text, "watching 2 files for changes");
            assertTrue(text.get().startsWith("2 cases, 2 expectations: 2 passed, 0 failed\n"), text.get());
            save(dir.resolve("mini.test.yaml"), MINI_TEST.formatted("clean"));
            await(text, "FAIL ");
            String afterBreak = text.get();
            assertTrue(afterBreak.contains(": case 'narrow': M1.W.1\n  expected: clean\n  actual:   1 violation\n"),
                    afterBreak);
            assertTrue(afterBreak.contains("2 cases, 2 expectations: 1 passed, 1 failed (1 failing case)\n"), afterBreak);
            save(dir.resolve("mini.test.yaml"), MINI_TEST.formatted("1"));
            Supplier<String> since = () -> text.get().substring(afterBreak.length());
            await(since, "rules with no failing case: M1.A.1\n");
            String fixed = since.get();
            assertEquals("fixed: " + dir.resolve("mini.test.yaml") + ":8:22: case 'narrow': M1.W.1\n"
                    + "2 cases, 2 expectations: 2 passed, 0 failed\n"
                    + "rules with no failing case: M1.A.1\n", fixed, "unchanged lines are not printed again");
        } finally {
            t.interrupt();
            t.join();
        }
        assertEquals(0, code[0]);
    }

    /** Saves as editors do, atomically, so the watcher never reads a half-written file. */
    private static void save(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits for the watcher's output (bounded, not a timing assertion: a slow machine only waits longer). */
    private static void await(Supplier<String> text, String expected) throws InterruptedException {
        for (int i = 0; i < 6000 && !text.get().contains(expected); i++) {
            Thread.sleep(20);
        }
        assertTrue(text.get().contains(expected), "no '" + expected + "' in:\n" + text.get());
    }

    static void validate(String xml) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = sf.newSchema(new StreamSource(DeckTestCommandTest.class.getResource("/org/cpodrc/report/junit.xsd")
                .toExternalForm()));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
