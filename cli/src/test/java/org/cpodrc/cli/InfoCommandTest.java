package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cpodrc info}: text table, JSON of DECK-SPEC §7, --top, and errors with their exit codes. */
class InfoCommandTest {
    static final Path CORPUS = Path.of(System.getProperty("cpodrc.shared", "../../shared")).resolve("corpus");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonHasTheDocumentedFieldsInOrderAndKLayoutsNumbers() {
        Path f = CORPUS.resolve("klayout_basic_instances.gds");
        Run r = run("info", f.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        // KLayout's answer (corpus/klayout_basic_instances.gds.expected.json) in §7 order
        String expected = "{\"file\": \"" + f + "\", \"dbu_um\": 0.001, \"top_cells\": [\"TOP\"], \"cells\": 11,\n"
                + " \"layers\": [\n"
                + "  {\"layer\": 1, \"datatype\": 0, \"shapes\": 10, \"texts\": 2, \"area_um2\": 23.390854, \"bbox_um\": [0.8, 0.8, 18.8, 7.2]}\n"
                + " ]}\n";
        assertEquals(expected, r.out());
        assertEquals(r.out(), run("info", f.toString(), "--format", "json").out(), "two runs give the same bytes");
    }

    @Test
    void textIsAnAlignedTable() {
        Run r = run("info", CORPUS.resolve("synth_paths.gds").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("top cells  PATHS"), r.out());
        String[] lines = r.out().split("\n");
        String header = lines[5];
        String row = lines[6];
        assertTrue(header.matches("layer  shapes  texts +area_um2  bbox_um \\(x1, y1, x2, y2\\)"), header);
        assertTrue(row.matches("1/0 +4 +0 +78\\.856468  -0\\.1, -5\\.6, 23\\.946, 135\\.165"), row);
        assertEquals(header.indexOf("area_um2") + "area_um2".length(), row.indexOf("78.856468") + "78.856468".length(),
                "numbers are right-aligned under their heading");
    }

    @Test
    void topRestrictsToOneCell() {
        Path f = CORPUS.resolve("klayout_issue-1353.gds");
        Run all = run("info", f.toString(), "--format", "json");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().matches("(?s).*\"top_cells\": \\[\"[^\\]]+\", .*"), "several top cells: " + all.out());
        String first = all.out().replaceAll("(?s).*\"top_cells\": \\[\"([^\"]+)\".*", "$1");
        Run one = run("info", f.toString(), "--format", "json", "--top", first);
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().contains("\"top_cells\": [\"" + first + "\"]"), one.out());
    }

    @Test
    void unknownTopCellIsAUsageError() {
        Run r = run("info", CORPUS.resolve("synth_paths.gds").toString(), "--top", "NOPE");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().startsWith("cpodrc: --top: ") && r.err().contains("no cell named 'NOPE'"), r.err());
    }

    @Test
    void brokenFileIsAnInputErrorNamingFileAndOffset(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.gds");
        Files.write(bad, new byte[] {0, 6, 0, 2, 0, 3, 0, 28, 1, 2});
        Run r = run("info", bad.toString());
        assertEquals(Main.EXIT_INPUT, r.code());
        assertTrue(r.err().startsWith("cpodrc: " + bad + ": offset "), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void tooManyShapesIsAnInputErrorNamingTheCell() {
        Run r = run("info", CORPUS.resolve("klayout_arefs.gds").toString(), "--max-shapes", "10");
        assertEquals(Main.EXIT_INPUT, r.code());
        assertTrue(r.err().contains("cell ") && r.err().contains("more than --max-shapes 10"), r.err());
    }

    @Test
    void maxShapesTakesAutoOrAPositiveCount() {
        assertEquals(Main.EXIT_OK, run("info", CORPUS.resolve("klayout_arefs.gds").toString(), "--max-shapes", "auto").code());
        Run zero = run("info", CORPUS.resolve("klayout_arefs.gds").toString(), "--max-shapes", "0");
        assertEquals(Main.EXIT_USAGE, zero.code());
        assertTrue(zero.err().contains("must be at least 1"), zero.err());
        Run word = run("info", CORPUS.resolve("klayout_arefs.gds").toString(), "--max-shapes", "many");
        assertEquals(Main.EXIT_USAGE, word.code());
        assertTrue(word.err().contains("expected a whole number or 'auto'"), word.err());
    }

    @Test
    void defaultLimitFollowsTheHeap() {
        long expected = Math.max(1_000_000L, Runtime.getRuntime().maxMemory() / 200);
        assertEquals(expected, org.cpodrc.flatten.Flattener.defaultMaxShapes());
    }
}
