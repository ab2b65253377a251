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

    /** The model built in code binds every option to its own field, with the defaults of the help text. */
    @Test
    void everyOptionLandsInItsField() {
        picocli.CommandLine cl = Main.commandLine(null, "check");
        cl.parseArgs("check", "d.gds", "--deck", "builtin:x", "--top", "T", "--param", "a=1", "--param", "b=2",
                "--report", "text", "--report", "json=r.json", "--fail-on", "warning", "--threads", "3", "--tile", "off",
                "--quiet", "--max-shapes", "1_000", "--plugin", "p.jar", "--plugin", "q.jar", "--waivers", "w.yaml",
                "--baseline", "b.json");
        CheckCommand c = cl.getSubcommands().get("check").getCommand();
        assertEquals(Path.of("d.gds"), c.design);
        assertEquals("builtin:x", c.deck);
        assertEquals("T", c.top);
        assertEquals(java.util.Map.of("a", "1", "b", "2"), c.params);
        assertEquals(java.util.List.of("a", "b"), java.util.List.copyOf(c.params.keySet()));
        assertEquals(java.util.List.of("text", "json=r.json"), c.reports);
        assertEquals("warning", c.failOn);
        assertEquals(3, c.threads);
        assertEquals("off", c.tile);
        assertTrue(c.quiet);
        assertEquals(1000L, c.maxShapes);
        assertEquals(java.util.List.of(Path.of("p.jar"), Path.of("q.jar")), c.plugins);
        assertEquals(Path.of("w.yaml"), c.waivers);
        assertEquals(Path.of("b.json"), c.baseline);

        cl = Main.commandLine(null, "check");
        cl.parseArgs("check", "d.gds", "--deck", "builtin:x");
        c = cl.getSubcommands().get("check").getCommand();
        assertEquals("error", c.failOn);
        assertEquals("auto", c.tile);
        assertEquals(org.cpodrc.flatten.Flattener.defaultMaxShapes(), c.maxShapes);
        assertEquals(null, c.threads);
        assertEquals(null, c.top);
        assertTrue(!c.quiet && c.params.isEmpty() && c.reports.isEmpty() && c.plugins.isEmpty());
        assertEquals(null, c.waivers);
        assertEquals(null, c.baseline);
    }

    /** check's model is built in code: an annotated option added to it would be silently ignored. */
    @Test
    void checkCommandCarriesNoPicocliAnnotations() {
        for (java.lang.reflect.Field f : CheckCommand.class.getDeclaredFields()) {
            for (java.lang.annotation.Annotation a : f.getAnnotations()) {
                assertTrue(!a.annotationType().getName().startsWith("picocli."), f.getName() + " has " + a
                        + ": add the option in CheckCommand.commandSpec instead, picocli does not read annotations there");
            }
        }
        assertTrue(CheckCommand.class.getAnnotations().length == 0, "annotations on CheckCommand are not read");
    }

    private static void assertUsage(String mention, Cli r) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(mention), r.toString());
        assertTrue(!r.err().contains("Exception"), r.toString());
    }
}
