package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The shipped decks through the command line: listed, valid, and gating the committed samples. */
class ShippedDecksCliTest {
    private static final Path SAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("../samples/gds")
            .normalize();

    @Test
    void deckListShowsBothStacks() {
        Cli r = Cli.run("deck", "list");
        assertEquals(0, r.code());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("builtin:photonic-3d +Photonic-3D CPO package .*")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("builtin:fopop +Photonic FOPoP CPO package .*")), r.out());
    }

    @Test
    void shippedDecksValidate() {
        assertEquals(0, Cli.run("deck", "validate", "builtin:photonic-3d").code());
        assertEquals(0, Cli.run("deck", "validate", "builtin:fopop").code());
    }

    @Test
    void cleanSamplePassesAndABrokenOneFailsTheGate() {
        Cli clean = Cli.run("check", SAMPLES.resolve("fopop_clean.gds").toString(), "--deck", "builtin:fopop");
        assertEquals(0, clean.code(), clean.err());
        assertTrue(clean.out().contains("stack fopop"), clean.out());
        Cli broken = Cli.run("check", SAMPLES.resolve("fopop_f4_grating_coupler.gds").toString(),
                "--deck", "builtin:fopop");
        assertEquals(1, broken.code(), broken.err());
        assertTrue(broken.out().contains("GC.FORBID.1  error  count  1 violation"), broken.out());
        // the bandwidth rule is a warning: the gate (fail on error) passes
        Cli bw = Cli.run("check", SAMPLES.resolve("bw_16x200g.gds").toString(), "--deck", "builtin:photonic-3d");
        assertEquals(0, bw.code(), bw.err());
        assertTrue(bw.out().contains("0 errors, 1 warning"), bw.out());
    }
}
