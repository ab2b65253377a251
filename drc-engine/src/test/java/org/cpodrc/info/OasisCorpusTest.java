package org.cpodrc.info;

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
import org.cpodrc.layout.Layout;
import org.cpodrc.layoutio.LayoutFiles;
import org.cpodrc.testutil.MiniJson;
import org.junit.jupiter.api.Test;

/** Every OASIS file of the corpus ({@code corpus/oasis}) gives KLayout's answer, as {@link CorpusTest} for GDSII. */
class OasisCorpusTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyOasisCorpusFileMatchesKLayout() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CorpusTest.corpus().resolve("oasis"))) {
            files = s.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "OASIS corpus not found at " + CorpusTest.corpus().resolve("oasis"));
        List<String> failures = new ArrayList<>();
        for (Path expected : files) {
            String name = expected.getFileName().toString().replace(".expected.json", "");
            Path file = expected.resolveSibling(name);
            assertTrue(LayoutFiles.isOasis(file), name + " is recognised as OASIS by its content");
            Map<String, Object> oracle = (Map<String, Object>) MiniJson.parse(Files.readString(expected));
            Layout layout = LayoutFiles.read(file, Flattener.defaultMaxShapes());
            LayoutStatistics ours = LayoutStatistics.of(layout, layout.topCells(), Flattener.defaultMaxShapes(), name);
            for (String d : OracleComparison.differences(ours, oracle, true, Map.of())) {
                failures.add(name + ": " + d);
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }
}
