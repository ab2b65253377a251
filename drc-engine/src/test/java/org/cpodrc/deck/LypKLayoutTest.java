package org.cpodrc.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cpodrc.layout.LayerKey;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .lyp importer reads a file written by KLayout the way KLayout itself reads it back. */
class LypKLayoutTest {
    @TempDir
    Path dir;

    private static boolean klayoutInstalled() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "klayout"))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a KLayout Python script in batch mode, with a time limit so a hung KLayout cannot stall the build. */
    private void klayout(Path script, String... defines) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("klayout", "-b", "-r", script.toString()));
        for (String d : defines) {
            cmd.add("-rd");
            cmd.add(d);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("klayout.log").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("KLayout did not finish within 120 s");
        }
        assertEquals(0, p.exitValue(), () -> "KLayout failed: " + read(dir.resolve("klayout.log")));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void readsWhatKLayoutWrites() throws Exception {
        Assumptions.assumeTrue(klayoutInstalled(), "KLayout not installed: skipping the .lyp round trip");
        Path script = dir.resolve("write_lyp.py");
        try (InputStream in = getClass().getResourceAsStream("write_lyp.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path lyp = dir.resolve("tech.lyp");
        klayout(script, "out=" + lyp);

        // KLayout's view of its own file: every leaf that has a name or a source name
        List<LayerKey> klayoutOrder = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(lyp + ".txt"))) {
            String[] f = line.split("\t", -1);
            if (!f[2].isEmpty() || !f[3].isEmpty()) {
                klayoutOrder.add(new LayerKey(Integer.parseInt(f[0]), Integer.parseInt(f[1])));
            }
        }
        Map<String, LayerKey> imported = LypFile.parse(lyp.toString(), Files.readString(lyp));
        assertEquals(List.of("WG", "SLAB", "Heater", "M1", "M2"), new ArrayList<>(imported.keySet()));
        assertEquals(klayoutOrder, new ArrayList<>(imported.values()));
        assertTrue(imported.containsValue(new LayerKey(42, 7)), "group members are imported");
    }
}
