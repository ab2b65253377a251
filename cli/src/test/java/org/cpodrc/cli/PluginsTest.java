package org.cpodrc.cli;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.RunResult;
import org.cpodrc.testing.Decks;
import org.cpodrc.testing.MemoryLayerSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsTest {
    @TempDir
    Path dir;

    @Test
    void aPluginJarAddsItsCheckNextToTheBuiltInOnesAndTheEngineRunsIt() throws Exception {
        assertFalse(CheckRegistry.standard().find(PluginJar.CHECK_NAME).isPresent());
        Path jar = PluginJar.build(dir);
        CheckRegistry registry = Plugins.registry(List.of(jar));
        assertTrue(registry.find(PluginJar.CHECK_NAME).isPresent());
        assertTrue(registry.find("area").isPresent(), "built-in checks stay available");

        MemoryLayerSource design = new MemoryLayerSource(0.001, "TOP")
                .add("1/0", rect(0, 0, 10, 10), rect(100, 0, 110, 10));
        RunResult r = new DrcEngine(registry, 2).run(
                Decks.builder().layer("M", "1/0").rule(rule("PLUG.1", PluginJar.CHECK_NAME, "layer", "M")).build(),
                design, new InputInfo("t.gds", "TOP", 0.001), Severity.ERROR);
        assertEquals(2, r.violations().size());
        assertEquals("plugin saw a shape", r.violations().get(0).message());
    }

    @Test
    void aJarThatNamesAMissingClassIsAnInputError() throws Exception {
        Path jar = dir.resolve("broken.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("META-INF/services/org.cpodrc.check.Check"));
            out.write("com.example.Missing\n".getBytes());
            out.closeEntry();
        }
        InputException e = assertThrows(InputException.class, () -> Plugins.registry(List.of(jar)));
        assertTrue(e.getMessage().contains("broken.jar") && e.getMessage().contains("com.example.Missing"),
                e.getMessage());
    }
}
