package org.cpodrc.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.flatten.Flattener;
import org.cpodrc.layout.Layout;
import org.cpodrc.layoutio.LayoutFiles;
import org.cpodrc.testutil.MiniJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against KLayout on OASIS: the random hierarchies of
 * {@link KLayoutRandomLayoutTest} plus repeated shapes, circles, texts and placements, written by
 * KLayout as OASIS with every save option (compression off and on, CBLOCKs on and off, strict
 * mode on and off, standard properties), each compared with KLayout's answer for that file.
 * Counts, cells, top cells and boxes exactly; areas to the same snapping tolerance as the GDSII
 * random test (these layouts are dense with all-angle crossings, see that test).
 */
class KLayoutRandomOasisTest {
    static final int SEEDS = 2;
    static final int VARIANTS = 4;

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void randomOasisLayoutsMatchKLayout() throws Exception {
        Assumptions.assumeTrue(KLayoutRunner.available(), "KLayout not installed: random OASIS comparison skipped");
        KLayoutRunner.resource("/klayout/random_layouts.py", dir);
        Path script = KLayoutRunner.resource("/klayout/random_oasis.py", dir);
        KLayoutRunner.run(script, 600, "out=" + dir, "first=0", "count=" + SEEDS);
        List<String> failures = new ArrayList<>();
        for (int seed = 0; seed < SEEDS; seed++) {
            for (int v = 0; v < VARIANTS; v++) {
                String name = "seed" + seed + "_v" + v;
                Path oas = dir.resolve(name + ".oas");
                Map<String, Object> oracle = (Map<String, Object>) MiniJson.parse(Files.readString(dir.resolve(name + ".json")));
                Layout layout = LayoutFiles.read(oas, Flattener.defaultMaxShapes());
                LayoutStatistics ours = LayoutStatistics.of(layout, layout.topCells(), Flattener.defaultMaxShapes(), name);
                Map<String, Double> tolerance = new java.util.HashMap<>();
                ours.layers().forEach(l -> tolerance.put(l.layer().toString(), KLayoutRandomLayoutTest.SNAPPED_AREA_TOLERANCE));
                for (String d : OracleComparison.differences(ours, oracle, true, tolerance)) {
                    failures.add(name + ": " + d);
                }
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }
}
