package org.cpodrc.info;

import org.cpodrc.testutil.MiniJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cpodrc.flatten.Flattener;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.layout.Layout;
import org.junit.jupiter.api.Test;

/**
 * Every file of the conformance corpus gives KLayout's answer (its {@code .expected.json}), with
 * the corpus tolerances. All files are checked and all differences reported together.
 */
class CorpusTest {
    /**
     * Per-file, per-layer area tolerances beyond the corpus' 1e-7; none is needed (t166_au layer
     * 101/0, 70 000 all-angle shapes tiling each other, matched only once shapes whose boxes
     * merely touch were snapped together, see {@code MergedArea}).
     */
    static final Map<String, Map<String, Double>> KNOWN = Map.of();

    static Path corpus() {
        return Path.of(System.getProperty("cpodrc.shared", "../../shared")).resolve("corpus");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCorpusFileMatchesKLayout() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "corpus not found or incomplete at " + corpus());
        List<String> failures = new ArrayList<>();
        for (Path expected : files) {
            String name = expected.getFileName().toString().replace(".expected.json", "");
            Path gds = expected.resolveSibling(name);
            Map<String, Object> oracle = (Map<String, Object>) MiniJson.parse(Files.readString(expected));
            Layout layout = GdsReader.read(gds);
            LayoutStatistics ours = LayoutStatistics.of(layout, layout.topCells(), Flattener.defaultMaxShapes(), name);
            for (String d : OracleComparison.differences(ours, oracle, true, KNOWN.getOrDefault(name, Map.of()))) {
                failures.add(name + ": " + d);
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }
}
