package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --waivers, --baseline and binary reports on the command line: errors before any design is read. */
class GateOptionsTest {
    @Test
    void malformedWaiverFileIsAnInputErrorWithPosition(@TempDir Path dir) throws Exception {
        Path design = Files.write(dir.resolve("d.gds"), new byte[] {0});
        Path waivers = Files.writeString(dir.resolve("w.yaml"), "cpodrc-waivers: 1\nwaivers:\n  - rule: A\n    resaon: x\n");
        Cli c = Cli.run("check", design.toString(), "--deck", "builtin:photonic-3d", "--waivers", waivers.toString());
        assertEquals(Main.EXIT_INPUT, c.code(), c.toString());
        assertTrue(c.err().contains(waivers + ":4:5: unknown key 'resaon' (did you mean 'reason'?)"), c.toString());
    }

    @Test
    void malformedBaselineIsAnInputError(@TempDir Path dir) throws Exception {
        Path design = Files.write(dir.resolve("d.gds"), new byte[] {0});
        Path base = Files.writeString(dir.resolve("b.json"), "{\"violations\": [}");
        Cli c = Cli.run("check", design.toString(), "--deck", "builtin:photonic-3d", "--baseline", base.toString());
        assertEquals(Main.EXIT_INPUT, c.code(), c.toString());
        assertTrue(c.err().strip().equals("cpodrc: " + base + ":1:17: Unexpected close marker '}': expected ']'"),
                c.toString());
    }

    @Test
    void gdsMarkersCannotGoToStdout(@TempDir Path dir) throws Exception {
        Path design = Files.write(dir.resolve("d.gds"), new byte[] {0});
        Cli c = Cli.run("check", design.toString(), "--deck", "x.yaml", "--report", "gds=-");
        assertEquals(Main.EXIT_USAGE, c.code(), c.toString());
        assertTrue(c.err().contains("the gds report is binary; give it a file: --report gds=cpodrc-markers.gds"),
                c.toString());
    }
}
