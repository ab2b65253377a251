package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format is byte-identical across repeated runs, thread counts and {@code --tile}
 * settings, on a seeded layout whose derived layers come out of overlay, merging and sizing (so
 * markers and pictured layers are polygons with many vertices and holes, where a start vertex
 * depending on the order of work would show). Issue 13: the HTML report once differed between
 * runs.
 */
class ReportDeterminismTest {
    private static final List<String> FORMATS = List.of("text", "json", "sarif", "junit", "lyrdb", "html", "gds");
    private static final String DECK = """
            cpodrc: 1
            name: determinism
            layers:
              A: 1/0
              B: 2/0
              C: 3/0
            derived:
              AB: (A or B) not (C sized 0.5um)
              X: (A and B) or (C not A)
            rules:
              - id: W.1
                check: width
                layer: AB
                min: 3um
              - id: S.1
                check: space
                layer: X
                min: 2um
              - id: IN.1
                check: inside
                layer: C
                container: AB
            """;

    @TempDir
    Path dir;

    @Test
    void everyFormatIsByteIdenticalAcrossRunsThreadsAndTiles() throws Exception {
        Random r = new Random(29);
        TinyGds gds = new TinyGds("TOP");
        for (int layer = 1; layer <= 3; layer++) {
            for (int i = 0; i < 150; i++) {
                int x = r.nextInt(300_000);
                int y = r.nextInt(300_000);
                gds.rect(layer, 0, x, y, x + 500 + r.nextInt(20_000), y + 500 + r.nextInt(20_000));
            }
        }
        Path design = gds.write(dir.resolve("seeded.gds"));
        Path deck = Files.writeString(dir.resolve("deck.yaml"), DECK);
        List<String[]> settings = List.of(new String[] {"2", "off"}, new String[] {"2", "off"},
                new String[] {"1", "off"}, new String[] {"2", "50um"}, new String[] {"1", "20um"});
        List<Path> runs = new ArrayList<>();
        for (int i = 0; i < settings.size(); i++) {
            Path out = Files.createDirectory(dir.resolve("run" + i));
            List<String> args = new ArrayList<>(List.of("check", design.toString(), "--deck", deck.toString(), "--quiet",
                    "--threads", settings.get(i)[0], "--tile", settings.get(i)[1]));
            for (String f : FORMATS) {
                args.addAll(List.of("--report", f + "=" + out.resolve("r." + f)));
            }
            Cli c = Cli.run(args.toArray(String[]::new));
            assertEquals(Main.EXIT_VIOLATIONS, c.code(), c::toString);
            runs.add(out);
        }
        // a layout that makes polygon markers: the lyrdb holds some with more than four vertices
        String lyrdb = Files.readString(runs.get(0).resolve("r.lyrdb"));
        assertTrue(lyrdb.matches("(?s).*polygon: \\((?:[^;)]*;){5,}.*"), "no many-vertex polygon marker");
        for (String f : FORMATS) {
            byte[] first = Files.readAllBytes(runs.get(0).resolve("r." + f));
            for (int i = 1; i < runs.size(); i++) {
                byte[] other = Files.readAllBytes(runs.get(i).resolve("r." + f));
                assertTrue(Arrays.equals(first, other), f + " differs with --threads " + settings.get(i)[0] + " --tile "
                        + settings.get(i)[1] + " from --threads 2 --tile off");
            }
        }
    }
}
