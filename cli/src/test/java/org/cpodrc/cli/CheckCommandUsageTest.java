package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line mistakes are caught before any file is read: exit 2 for usage, 3 for missing inputs. */
class CheckCommandUsageTest {
    @TempDir
    Path dir;

    @Test
    void usageErrorsExitTwoWithAMessage() throws Exception {
        Path gds = Files.writeString(dir.resolve("a.gds"), "");
        assertUsage("--fail-on", Cli.run("check", gds.toString(), "--deck", "d.yaml", "--fail-on", "sometimes"));
        assertUsage("--threads", Cli.run("check", gds.toString(), "--deck", "d.yaml", "--threads", "0"));
        assertUsage("unknown report format", Cli.run("check", gds.toString(), "--deck", "d.yaml", "--report", "pdf"));
        assertUsage("only one report can go to stdout",
                Cli.run("check", gds.toString(), "--deck", "d.yaml", "--report", "text", "--report", "json=-"));
        assertUsage("--deck", Cli.run("check", gds.toString()));
        assertUsage("--param", Cli.run("check", gds.toString(), "--deck", "d.yaml", "--param", "novalue"));
    }

    @Test
    void missingDesignOrPluginIsAnInputError() {
        Cli r = Cli.run("check", dir.resolve("nope.gds").toString(), "--deck", "d.yaml");
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.err().contains("nope.gds: no such file"), r.toString());
        r = Cli.run("check", dir.resolve("nope.gds").toString(), "--deck", "d.yaml", "--plugin",
                dir.resolve("gone.jar").toString());
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.err().contains("gone.jar: no such plugin jar"), r.toString());
    }

    @Test
    void helpListsTheOptions() {
        Cli r = Cli.run("check", "--help");
        assertEquals(0, r.code());
        for (String opt : new String[] {"--deck", "--top", "--param", "--report", "--fail-on", "--threads", "--quiet",
                "--max-shapes", "--plugin", "text, json"}) {
            assertTrue(r.out().contains(opt), opt + " missing in\n" + r.out());
        }
    }

    private static void assertUsage(String mention, Cli r) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(mention), r.toString());
        assertTrue(!r.err().contains("Exception"), r.toString());
    }
}
