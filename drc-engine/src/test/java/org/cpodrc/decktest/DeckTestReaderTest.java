package org.cpodrc.decktest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.engine.LayoutLayerSource;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deck test files: each inline shape becomes the GDS element cpodrc flattens, each mistake is one
 * located line, and the runner holds expectations against the real engine's result.
 */
class DeckTestReaderTest {
    static final String DECK = """
            cpodrc: 1
            name: mini
            params:
              w_min: 2um
            layers:
              M1: 1/0
              M2: 2/0
              TXT: 3/0
            derived:
              BOTH: M1 and M2
            rules:
              - id: M1.W.1
                check: width
                layer: M1
                min: ${w_min}
              - id: M1.S.1
                check: space
                layer: M1
                min: 1um
            """;

    @TempDir
    Path dir;

    private DeckTestRunner runner() throws IOException {
        Path deck = dir.resolve("mini.yaml");
        Files.writeString(deck, DECK);
        return new DeckTestRunner(CheckRegistry.standard(), deck.toString(), Map.of());
    }

    private DeckTestFile read(String text) throws IOException {
        Path t = dir.resolve("mini.test.yaml");
        Files.writeString(t, text);
        return runner().read(List.of(TestSource.of(t))).get(0);
    }

    private String error(String text) {
        InputException e = assertThrows(InputException.class, () -> read(text));
        return e.getMessage().replace(dir.resolve("mini.test.yaml").toString(), "T");
    }

    @Test
    void inlineShapesBecomeGdsElements() throws IOException {
        DeckTestFile f = read("""
                cpodrc-deck-test: 1
                cases:
                  - name: all kinds
                    layout:
                      M1: [{box: [0, 0, 10, 2]}, {polygon: [0, 10, 4, 10, 0, 14]}, {path: [0, 20, 10, 20], width: 1}]
                      M2: [{circle: [50, 50], diameter: 10um}, {path: [0, 0, 10, 0], width: 2, ends: square}]
                      TXT: [{text: 8x200G, at: [1.5, 2.5]}]
                      5/1: [{box: ["0.5um", 500nm, 1, 1]}]
                    expect: {M1.W.1: clean}
                """);
        TestCase c = f.cases().get(0);
        assertEquals("all kinds", c.name());
        Shapes m1 = c.top().shapes(new LayerKey(1, 0));
        assertEquals(3, m1.size());
        assertEquals(List.of(0, 0, 10000, 2000), List.of(m1.x(0, 0), m1.y(0, 0), m1.x(0, 2), m1.y(0, 2)));
        assertEquals(1000, m1.pathWidth(2));
        Shapes m2 = c.top().shapes(new LayerKey(2, 0));
        assertEquals(InlineLayout.CIRCLE_VERTICES, m2.pointCount(0));
        assertEquals(55000, m2.x(0, 0), "one vertex at angle 0, on the diameter");
        assertEquals(2, m2.pathType(1));
        assertEquals(1000, m2.pathBeginExtension(1));
        assertEquals("8x200G", c.top().textsByLayer().get(new LayerKey(3, 0)).get(0).string());
        assertEquals(1500, c.top().textsByLayer().get(new LayerKey(3, 0)).get(0).x());
        assertEquals(500, c.top().shapes(new LayerKey(5, 1)).x(0, 0));
        // flattened as a design file is: the square-ended path is 14 x 2 um
        Region r = new LayoutLayerSource(c.layout(), List.of(c.top()), 1000).region(new LayerKey(2, 0));
        assertEquals(-1000, r.bbox().getMinX(), 0);
    }

    @Test
    void runsTheEngineAndComparesMarkers() throws IOException {
        DeckTestRunner runner = runner();
        Path t = dir.resolve("mini.test.yaml");
        Files.writeString(t, """
                cpodrc-deck-test: 1
                cases:
                  - name: narrow and close
                    layout:
                      M1: [{box: [0, 0, 1.5, 10]}, {box: [2, 0, 10, 10]}]
                    expect:
                      M1.W.1: [{bbox: [0, 0, 1.5, 10], value: 1.5}]
                      M1.S.1: 1
                  - name: wrong marker
                    layout:
                      M1: [{box: [0, 0, 1.5, 10]}]
                    expect:
                      M1.W.1: [{bbox: [0, 0, 1.6, 10]}]
                  - name: wider rule by param
                    params: {w_min: 1um}
                    layout:
                      M1: [{box: [0, 0, 1.5, 10]}]
                    expect: {M1.W.1: clean, M1.S.1: clean}
                """);
        DeckTestResult r = runner.run(runner.read(List.of(TestSource.of(t))));
        assertTrue(r.cases().get(0).passed(), () -> String.join("\n", DeckTestText.failures(r)));
        assertFalse(r.cases().get(1).passed());
        assertTrue(r.cases().get(2).passed(), "the case's param override reaches the rule");
        assertEquals(1, r.failedCases());
        String failure = DeckTestText.failures(r).get(0);
        assertTrue(failure.startsWith("FAIL " + t + ":13:15: case 'wrong marker': M1.W.1\n"), failure);
        assertTrue(failure.contains("[0, 0, 1.6, 10] +- 0.01"), failure);
        assertTrue(failure.contains("[0, 0, 1.5, 10] value 1.5"), failure);
        assertEquals(List.of(), r.coverage().withoutFailingCase());
        assertEquals(List.of(), r.coverage().withoutPassingCase());
    }

    @Test
    void tolerancesAreInclusiveBoundsOnBboxAndValue() throws IOException {
        String base = """
                cpodrc-deck-test: 1
                cases:
                  - name: c
                    layout:
                      M1: [{box: [0, 0, 1.5, 10]}]
                    expect:
                      M1.W.1: [{bbox: [0, 0, %s, 10], value: %s, tolerance: 0.05}]
                """;
        DeckTestRunner runner = runner();
        Path t = dir.resolve("tol.test.yaml");
        for (String[] v : new String[][] {{"1.55", "1.5", "true"}, {"1.56", "1.5", "false"},
                {"1.5", "1.45", "true"}, {"1.5", "1.44", "false"}}) {
            Files.writeString(t, base.formatted(v[0], v[1]));
            DeckTestResult r = runner.run(runner.read(List.of(TestSource.of(t))));
            assertEquals(Boolean.parseBoolean(v[2]), r.passed(), String.join(",", v));
        }
    }

    @Test
    void mistakesAreLocatedWithHints() {
        String head = "cpodrc-deck-test: 1\ncases:\n  - name: c\n";
        assertEquals("T:2:1: unknown key 'case' in the test file; did you mean 'cases'?",
                error("cpodrc-deck-test: 1\ncase: []\n"));
        assertEquals("T:1:19: unsupported deck test format version '2' (this cpodrc reads version 1: "
                + "write 'cpodrc-deck-test: 1')", error("cpodrc-deck-test: 2\ncases: []\n"));
        assertEquals("T:5:7: unknown layer 'M3' (not a layer of deck mini, nor LAYER/DATATYPE); did you mean 'M1'?",
                error(head + "    layout:\n      M3: [{box: [0, 0, 1, 1]}]\n    expect: {M1.W.1: clean}\n"));
        assertEquals("T:5:7: 'BOTH' is a derived layer of deck mini; draw the layers it is made of",
                error(head + "    layout:\n      BOTH: [{box: [0, 0, 1, 1]}]\n    expect: {M1.W.1: clean}\n"));
        assertEquals("T:5:14: unknown rule 'M1.W.2' (not an enabled rule of deck mini); did you mean 'M1.W.1'?",
                error(head + "    layout: {}\n    expect: {M1.W.2: clean}\n"));
        assertEquals("T:5:18: box needs 4 numbers, found 3",
                error(head + "    layout:\n      M1: [{box: [0, 0, 1]}]\n    expect: {M1.W.1: clean}\n"));
        assertEquals("T:5:26: unknown length unit 'px' in '1px' (accepted: mm, nm, um, µm, μm; "
                + "a bare number is µm)",
                error(head + "    layout:\n      M1: [{box: [0, 0, 1px, 1]}]\n    expect: {M1.W.1: clean}\n"));
        assertEquals("T:5:13: a shape needs one of box, polygon, path, circle, text; found 'bx'; did you mean 'box'?",
                error(head + "    layout:\n      M1: [{bx: [0, 0, 1, 1]}]\n    expect: {M1.W.1: clean}\n"));
        assertEquals("T:5:12: missing key 'diameter' in a shape",
                error(head + "    layout:\n      M1: [{circle: [0, 0]}]\n    expect: {M1.W.1: clean}\n"));
        assertEquals("T:5:22: expected clean, a violation count (0 or more) or a list of markers, not 'clen'"
                + "; did you mean 'clean'?", error(head + "    layout: {}\n    expect: {M1.W.1: clen}\n"));
        assertEquals("T:5:7: unknown param 'w_max' of deck mini; did you mean 'w_min'?",
                error(head + "    params:\n      w_max: 3um\n    layout: {}\n    expect: {M1.W.1: clean}\n"));
        assertEquals("T:3:5: case 'c' needs one of 'layout' (shapes per layer), 'gds' (a file) or 'stack' (a stack file or an inline stack)",
                error(head + "    expect: {M1.W.1: clean}\n"));
        assertEquals("T:4:10: no such GDSII file 'nope.gds' (paths are relative to the test file)",
                error(head + "    gds: nope.gds\n    expect: {M1.W.1: clean}\n"));
        assertEquals("T:1:1: the test file is empty", error(""));
    }

    @Test
    void aBadParamValueNamesTheCase() throws IOException {
        DeckTestRunner runner = runner();
        Path t = dir.resolve("p.test.yaml");
        Files.writeString(t, "cpodrc-deck-test: 1\ncases:\n  - name: c\n    params: {w_min: wide}\n"
                + "    layout: {}\n    expect: {M1.W.1: clean}\n");
        List<DeckTestFile> files = runner.read(List.of(TestSource.of(t)));
        InputException e = assertThrows(InputException.class, () -> runner.run(files));
        assertTrue(e.getMessage().startsWith(t + ":4:13: params: "), e.getMessage());
    }

    @Test
    void watcherPrintsOnlyWhatChanged() {
        String a = "FAIL t:1:1: case 'a': R.1\n  expected: clean\n";
        String b = "FAIL t:9:1: case 'b': R.2\n  expected: clean\n";
        assertEquals(List.of("fixed: t:1:1: case 'a': R.1", b, "2 cases"),
                DeckTestWatcher.changes(List.of(a, "1 case"), List.of(b, "2 cases")));
        assertEquals(List.of("no change in the results"), DeckTestWatcher.changes(List.of(a), List.of(a)));
        assertEquals(List.of("ERROR t:1:1: bad"), DeckTestWatcher.changes(List.of(a), List.of("ERROR t:1:1: bad")),
                "a failure hidden by a bad file is not 'fixed'");
    }
}
