package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cpodrc deck import}: the deck on stdout or in a file, untranslated statements located, exit codes. */
class DeckImportCommandTest {
    @TempDir
    Path dir;

    private Path script() throws Exception {
        return Files.writeString(dir.resolve("deck.drc"), String.join("\n",
                "report('demo')",
                "M1 = input(11, 0)",
                "M2 = input(12, 0)",
                "M1.width(3.0).output('M1_width', 'M1 width 3 um')",
                "M2.overlap(M1, 2.999).output('M2_M1_overlap', 'overlap')",
                "M1.sized(1, 2).output('grow')",
                ""));
    }

    @Test
    void writesADeckThatValidatesAndListsTheRest() throws Exception {
        Path out = dir.resolve("deck.yaml");
        Cli r = Cli.run("deck", "import", script().toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("deck.drc:6: not translated (anisotropic or mode-specific sizing): M1.sized(1, 2).output('grow')"),
                r.toString());
        assertTrue(r.err().contains("warning: 1 statement(s) not translated; 2 rule(s) written to "), r.toString());
        Cli v = Cli.run("deck", "validate", out.toString());
        assertEquals(0, v.code(), v.toString());
        assertEquals("OK: deck, 2 rules", v.out().strip());
        assertTrue(Files.readString(out).contains("check: overlap_edges"));
    }

    @Test
    void strictFailsWithExitThreeAndStdoutWithoutOutputOption() throws Exception {
        Cli r = Cli.run("deck", "import", script().toString(), "--strict");
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.out().contains("id: M1_width"), r.toString());
    }

    @Test
    void missingOrMalformedFilesAreInputErrors() throws Exception {
        Cli missing = Cli.run("deck", "import", dir.resolve("nope.drc").toString());
        assertEquals(3, missing.code(), missing.toString());
        assertTrue(missing.err().contains("nope.drc: no such file"), missing.toString());
        Path bad = Files.writeString(dir.resolve("bad.lydrc"), "<klayout-macro><text>A = input(1, 0)</klayout-macro>");
        Cli malformed = Cli.run("deck", "import", bad.toString());
        assertEquals(3, malformed.code(), malformed.toString());
        assertTrue(malformed.err().startsWith("cpodrc: " + bad + ":1:"), malformed.toString());
        assertEquals(2, Cli.run("deck", "import").code(), "usage error without a file");
    }

    @Test
    void includedFilesAreFollowedAndTheirStatementsLocatedInThem() throws Exception {
        Files.writeString(dir.resolve("layers.drc"), "M1 = input(11, 0)\nM1.sized(1, 2).output('grow')\n");
        Path main = Files.writeString(dir.resolve("main.drc"), "# %include layers.drc\nM1.width(3.0).output('w')\n"
                + "# %include missing.drc\n");
        Cli r = Cli.run("deck", "import", main.toString());
        assertEquals(3, r.code(), "a missing include is an input error: " + r);
        assertTrue(r.err().contains(main + ":3: %include missing.drc: no such file"), r.toString());
        Files.writeString(main, "# %include layers.drc\nM1.width(3.0).output('w')\n");
        r = Cli.run("deck", "import", main.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains(dir.resolve("layers.drc") + ":2: not translated (anisotropic or mode-specific sizing)"),
                r.toString());
        assertTrue(r.out().contains("id: w"), r.toString());
    }
}
