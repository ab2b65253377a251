package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpodrc.check.CheckRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cpodrc deck validate|doc|list}: output and exit codes. */
class DeckCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private Path deck(String text) throws IOException {
        Path p = dir.resolve("deck.yaml");
        Files.writeString(p, text);
        return p;
    }

    private static final String DECK = """
            cpodrc: 1
            name: cli-deck
            params: {w: 1um}
            layers: {WG: 1/0}
            rules:
              - {id: W.1, check: test_width, layer: WG, min: "${w}"}
            """;

    @Test
    void validatePrintsNameAndRuleCount() throws IOException {
        Result r = run("deck", "validate", deck(DECK).toString());
        assertEquals(new Result(0, "OK: cli-deck, 1 rule\n", ""), r);
        Result two = run("deck", "validate", deck(DECK + "  - {id: W.2, check: test_width, layer: WG, min: 2}\n").toString());
        assertEquals("OK: cli-deck, 2 rules\n", two.out());
    }

    @Test
    void validateReportsTheLocatedMistakeWithExitCode3() throws IOException {
        Path p = deck(DECK.replace("layer: WG,", "layer: WGX,"));
        Result r = run("deck", "validate", p.toString());
        assertEquals(3, r.code());
        assertEquals("", r.out());
        assertEquals("cpodrc: " + p + ":6:41: undefined layer 'WGX'; did you mean 'WG'?\n", r.err());
    }

    @Test
    void validateAcceptsParamOverridesAndRejectsUnknownOnes() throws IOException {
        Path p = deck(DECK);
        assertEquals(0, run("deck", "validate", p.toString(), "--param", "w=3um").code());
        Result bad = run("deck", "validate", p.toString(), "--param", "x=3um");
        assertEquals(3, bad.code());
        assertEquals("cpodrc: --param x=3um: unknown param 'x' (the deck declares: w)\n", bad.err());
        Result badValue = run("deck", "validate", p.toString(), "--param", "w=3 parsecs");
        assertEquals(3, badValue.code());
        assertEquals("cpodrc: " + p + ":6:51: unknown length unit 'parsecs' in '3 parsecs' (accepted: mm, nm, um, µm, μm;"
                + " a bare number is µm)\n", badValue.err(), "reported at the ${ that brought the value in");
    }

    @Test
    void validateOfAMissingFileIsAnInputError() {
        Result r = run("deck", "validate", dir.resolve("none.yaml").toString());
        assertEquals(3, r.code());
        assertEquals("cpodrc: " + dir.resolve("none.yaml") + ": cannot read deck: no such file\n", r.err());
    }

    @Test
    void listShowsBuiltinDecksWithTheirDescription() {
        Result r = run("deck", "list");
        assertEquals(0, r.code());
        // names are padded to one column; other builtin decks may be on the class path too
        assertTrue(r.out().lines().anyMatch(l -> l.matches("builtin:test-base +Tiny builtin deck for tests")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches(
                "builtin:test-child +Builtin deck extending its neighbour by a relative path")), r.out());
    }

    @Test
    void docPrintsTheGeneratedReference() {
        Result r = run("deck", "doc");
        assertEquals(0, r.code());
        assertEquals(DeckCommand.reference(CheckRegistry.standard()), r.out());
        assertTrue(r.out().contains("## Stack files (multi-die packages)"), "the stack-file reference follows");
        assertTrue(r.out().contains("### `test_all_types`"), "registered checks are listed");
        assertTrue(r.out().contains("| `with_area(X, MIN, MAX)` |"), "expression functions are listed");
    }

    @Test
    void schemaPrintsTheGeneratedJsonSchema() {
        Result r = run("deck", "schema");
        assertEquals(0, r.code());
        assertEquals(org.cpodrc.deck.DeckSchema.json(CheckRegistry.standard()), r.out());
    }

    @Test
    void deckWithoutSubcommandIsAUsageError() {
        assertEquals(2, run("deck").code());
    }
}
