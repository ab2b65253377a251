package org.cpodrc.gds;

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

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance corpus: KLayout's answers (NAME.expected.json, computed by oracle.py) against
 * what this reader reads, and against what KLayout reads from files this writer wrote.
 */
class CorpusTest {
    @TempDir
    Path tmp;

    static List<Path> corpusFiles(Path shared) throws IOException {
        try (Stream<Path> s = Files.list(shared.resolve("corpus"))) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".gds") || n.endsWith(".gds.gz");
            }).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> expected(Path gds) throws IOException {
        return (Map<String, Object>) MiniJson.parse(Files.readString(Path.of(gds + ".expected.json")));
    }

    /** Counts per layer after flattening (by multiplicity), top cells, cell count and dbu. */
    @Test
    @SuppressWarnings("unchecked")
    void readerAgreesWithKLayoutOnEveryCorpusFile() throws IOException {
        Path shared = KLayoutRunner.sharedDir();
        List<String> problems = new ArrayList<>();
        List<Path> files = corpusFiles(shared);
        assertTrue(files.size() >= 20, "corpus files found: " + files.size());
        for (Path f : files) {
            Layout ly = GdsReader.read(f);
            Map<String, Object> exp = expected(f);
            String name = f.getFileName().toString();
            if (Math.abs(ly.dbuUm() - (Double) exp.get("dbu_um")) > 1e-12) {
                problems.add(name + ": dbu " + ly.dbuUm() + " vs " + exp.get("dbu_um"));
            }
            List<String> tops = ly.topCells().stream().map(Cell::name).sorted().toList();
            if (!tops.equals(exp.get("top_cells"))) {
                problems.add(name + ": top cells " + tops + " vs " + exp.get("top_cells"));
            }
            if (ly.cellCount() != ((Double) exp.get("cells")).intValue()) {
                problems.add(name + ": cells " + ly.cellCount() + " vs " + exp.get("cells"));
            }
            compareCounts(name, ly, exp, problems);
        }
        assertEquals(List.of(), problems);
    }

    @SuppressWarnings("unchecked")
    static void compareCounts(String name, Layout ly, Map<String, Object> exp, List<String> problems) {
        Map<LayerKey, HierarchyCounts.Count> counts = new HierarchyCounts(ly).total();
        counts.values().removeIf(c -> c.shapes() == 0 && c.texts() == 0);
        List<Map<String, Object>> layers = (List<Map<String, Object>>) exp.get("layers");
        for (Map<String, Object> l : layers) {
            LayerKey k = new LayerKey(((Double) l.get("layer")).intValue(), ((Double) l.get("datatype")).intValue());
            HierarchyCounts.Count c = counts.remove(k);
            long shapes = ((Double) l.get("shapes")).longValue();
            long texts = ((Double) l.get("texts")).longValue();
            if (c == null || c.shapes() != shapes || c.texts() != texts) {
                problems.add(name + ": layer " + k + " " + c + " vs shapes=" + shapes + " texts=" + texts);
            }
        }
        if (!counts.isEmpty()) {
            problems.add(name + ": layers KLayout does not have: " + counts);
        }
    }

    /**
     * Read with this reader, write with this writer, let KLayout's oracle.py read the written file:
     * its answer must be the corpus' expected answer (counts exact, areas 1e-7 relative, bbox
     * within one database unit). Proves the round trip loses nothing KLayout sees. Also shows that
     * the geometry stored for PCell/library cells, which this reader uses, is what KLayout
     * regenerates for them.
     */
    @Test
    @SuppressWarnings("unchecked")
    void klayoutReadsWrittenCorpusFilesAsTheOriginals() throws Exception {
        KLayoutRunner.assumeInstalled();
        Path shared = KLayoutRunner.sharedDir();
        List<Path> files = corpusFiles(shared);
        StringBuilder list = new StringBuilder();
        List<Path> withContext = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path written = tmp.resolve(name); // names ending in .gz are written gzipped
            Layout ly = GdsReader.read(f);
            GdsWriter.write(ly, written);
            list.append(written).append('\t').append(tmp.resolve(name + ".json")).append('\n');
            if (ly.contextInfoCell() != null) {
                // without the context information KLayout cannot regenerate PCell and library cells and
                // uses the geometry stored in the file, as this reader does: it must be the same
                withContext.add(f);
                ly.setContextInfoCell(null);
                Path plain = tmp.resolve("nocontext_" + name);
                GdsWriter.write(ly, plain);
                list.append(plain).append('\t').append(tmp.resolve("nocontext_" + name + ".json")).append('\n');
            }
        }
        assertTrue(withContext.size() >= 5, "corpus files with KLayout context information: " + withContext);
        // a hand-built file of elements KLayout drops, keeps or snaps: KLayout reads the original
        Path edge = tmp.resolve("edge_original.gds");
        Files.write(edge, edgeCases().bytes());
        Path edgeWritten = tmp.resolve("edge_written.gds");
        GdsWriter.write(GdsReader.read(edge), edgeWritten);
        list.append(edge).append('\t').append(tmp.resolve("edge_original.json")).append('\n');
        list.append(edgeWritten).append('\t').append(tmp.resolve("edge_written.json")).append('\n');
        Path pairs = tmp.resolve("pairs.txt");
        Files.writeString(pairs, list);
        Path script = tmp.resolve("batch_oracle.py");
        // runs the unchanged oracle.py once per file in one KLayout process
        Files.writeString(script, String.join("\n",
                "oracle = open(globals()['oracle']).read()",
                "for line in open(globals()['pairs']).read().splitlines():",
                "    i, o = line.split('\\t')",
                "    exec(oracle, {'in': i, 'out': o, '__name__': '__main__'})",
                ""));
        KLayoutRunner.run(script, tmp, "oracle=" + shared.resolve("corpus/oracle.py"), "pairs=" + pairs);
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Map<String, Object> exp = expected(f);
            Map<String, Object> got = (Map<String, Object>) MiniJson.parse(Files.readString(tmp.resolve(name + ".json")));
            compare(name, exp, got, problems);
        }
        for (Path f : withContext) {
            String name = f.getFileName().toString();
            compare("nocontext_" + name, expected(f),
                    (Map<String, Object>) MiniJson.parse(Files.readString(tmp.resolve("nocontext_" + name + ".json"))),
                    problems);
        }
        Map<String, Object> edgeExpected = (Map<String, Object>) MiniJson.parse(
                Files.readString(tmp.resolve("edge_original.json")));
        compareCounts("edge cases", GdsReader.read(edge), edgeExpected, problems);
        compare("edge cases written", edgeExpected,
                (Map<String, Object>) MiniJson.parse(Files.readString(tmp.resolve("edge_written.json"))), problems);
        assertTrue(((List<?>) edgeExpected.get("layers")).size() >= 8, edgeExpected.toString());
        assertEquals(List.of(), problems);
    }

    @SuppressWarnings("unchecked")
    static void compare(String name, Map<String, Object> exp, Map<String, Object> got, List<String> problems) {
        for (String key : List.of("dbu_um", "top_cells", "cells")) {
            if (!exp.get(key).equals(got.get(key))) {
                problems.add(name + ": " + key + " " + got.get(key) + " vs " + exp.get(key));
            }
        }
        double dbu = (Double) exp.get("dbu_um");
        List<Map<String, Object>> el = (List<Map<String, Object>>) exp.get("layers");
        List<Map<String, Object>> gl = (List<Map<String, Object>>) got.get("layers");
        if (el.size() != gl.size()) {
            problems.add(name + ": " + gl.size() + " layers vs " + el.size());
            return;
        }
        for (int i = 0; i < el.size(); i++) {
            Map<String, Object> e = el.get(i);
            Map<String, Object> g = gl.get(i);
            String where = name + " " + e.get("layer") + "/" + e.get("datatype") + ": ";
            for (String key : List.of("layer", "datatype", "shapes", "texts")) {
                if (!e.get(key).equals(g.get(key))) {
                    problems.add(where + key + " " + g.get(key) + " vs " + e.get(key));
                }
            }
            double ea = (Double) e.get("area_um2");
            double ga = (Double) g.get("area_um2");
            if (Math.abs(ea - ga) > Math.max(1e-6, 1e-7 * Math.abs(ea))) {
                problems.add(where + "area " + ga + " vs " + ea);
            }
            List<Object> eb = (List<Object>) e.get("bbox_um");
            List<Object> gb = (List<Object>) g.get("bbox_um");
            if (eb == null || gb == null) {
                if (eb != gb) {
                    problems.add(where + "bbox " + gb + " vs " + eb);
                }
                continue;
            }
            for (int k = 0; k < 4; k++) {
                if (Math.abs((Double) eb.get(k) - (Double) gb.get(k)) > dbu * 1.000001) {
                    problems.add(where + "bbox " + gb + " vs " + eb);
                    break;
                }
            }
        }
    }

    /**
     * Elements at the edges of what KLayout accepts: degenerate polygons and boxes, point-less and
     * one-point paths, unsupported path types, explicit extensions on flush paths, near-90° angles,
     * off-grid arrays, several XY records, a missing ENDEL, NODEs and properties.
     */
    static GdsBytes edgeCases() {
        GdsBytes b = new GdsBytes().libStart().beginCell("C").square(1, 0, 0, 10)
                .rec(GdsRecordType.TEXT).i2(GdsRecordType.LAYER, 1).i2(GdsRecordType.TEXTTYPE, 0)
                .i2(GdsRecordType.STRANS, 0x8000).r8(GdsRecordType.ANGLE, 30).xy(2, 2).str(GdsRecordType.STRING, "c")
                .rec(GdsRecordType.ENDEL).endCell();
        b.beginCell("TOP")
                .boundary(2, 0, 0, 0, 5, 5, 0, 0)
                .boundary(2, 0, 0, 0, 0, 0)
                .boundary(2, 1, 0, 0, 0, 0, 0, 0, 0, 0)
                .boundary(2, 2, 0, 0, 50, 0, 50, 0, 0, 0)
                .boundary(2, 3, 0, 0, 40, 0, 40, 40, 40, 40, 0, 40, 0, 0, 0, 0)
                .rec(GdsRecordType.BOX).i2(GdsRecordType.LAYER, 3).i2(GdsRecordType.BOXTYPE, 0)
                .xy(0, 0, 30, 0, 30, 20, 0, 20, 0, 0).rec(GdsRecordType.ENDEL)
                .rec(GdsRecordType.BOX).i2(GdsRecordType.LAYER, 3).i2(GdsRecordType.BOXTYPE, 1).xy(5, 5)
                .rec(GdsRecordType.ENDEL)
                .rec(GdsRecordType.BOX).i2(GdsRecordType.LAYER, 3).i2(GdsRecordType.BOXTYPE, 2).xy()
                .rec(GdsRecordType.ENDEL);
        for (int[] p : new int[][] {{0, 10, -1, -1}, {1, 10, -1, -1}, {2, 9, -1, -1}, {4, 10, 3, 7}, {3, 10, -1, -1},
                {0, 10, 6, 2}, {2, -10, -1, -1}}) {
            b.rec(GdsRecordType.PATH).i2(GdsRecordType.LAYER, 4).i2(GdsRecordType.DATATYPE, p[0] == 3 ? 9 : p[0])
                    .i2(GdsRecordType.PATHTYPE, p[0]).i4(GdsRecordType.WIDTH, p[1]);
            if (p[2] >= 0) {
                b.i4(GdsRecordType.BGNEXTN, p[2]).i4(GdsRecordType.ENDEXTN, p[3]);
            }
            b.xy(0, 0, 100, 0, 100, 77).rec(GdsRecordType.ENDEL);
        }
        b.rec(GdsRecordType.PATH).i2(GdsRecordType.LAYER, 5).i2(GdsRecordType.DATATYPE, 0).i4(GdsRecordType.WIDTH, 10)
                .xy().rec(GdsRecordType.ENDEL)
                .rec(GdsRecordType.PATH).i2(GdsRecordType.LAYER, 5).i2(GdsRecordType.DATATYPE, 1)
                .i2(GdsRecordType.PATHTYPE, 1).i4(GdsRecordType.WIDTH, 10).xy(7, 7).rec(GdsRecordType.ENDEL)
                .rec(GdsRecordType.PATH).i2(GdsRecordType.LAYER, 5).i2(GdsRecordType.DATATYPE, 2)
                .i4(GdsRecordType.WIDTH, 10).xy(7, 7).rec(GdsRecordType.ENDEL);
        int n = 3000;
        int[] first = new int[2 * 2500];
        int[] rest = new int[2 * (n - 2500)];
        for (int i = 0; i < n; i++) {
            int[] dst = i < 2500 ? first : rest;
            int k = i < 2500 ? i : i - 2500;
            dst[2 * k] = i * 10;
            dst[2 * k + 1] = (i % 2) * 100 + (i == 0 || i == n - 1 ? -500 : 0);
        }
        b.rec(GdsRecordType.BOUNDARY).i2(GdsRecordType.LAYER, 6).i2(GdsRecordType.DATATYPE, 0).xy(first).xy(rest)
                .i2(GdsRecordType.PROPATTR, 1).str(GdsRecordType.PROPVALUE, "prop").rec(GdsRecordType.ENDEL);
        b.rec(GdsRecordType.NODE).i2(GdsRecordType.LAYER, 7).i2(GdsRecordType.NODETYPE, 0).xy(0, 0, 1, 1)
                .rec(GdsRecordType.ENDEL);
        b.rec(GdsRecordType.BOUNDARY).i2(GdsRecordType.LAYER, 7).i2(GdsRecordType.DATATYPE, 0)
                .xy(0, 0, 10, 0, 10, 10, 0, 0); // no ENDEL: KLayout accepts that before an SREF
        b.rec(GdsRecordType.SREF).str(GdsRecordType.SNAME, "C").r8(GdsRecordType.MAG, 1.0000000000001)
                .r8(GdsRecordType.ANGLE, 89.99999999999).xy(1001, 1001).rec(GdsRecordType.ENDEL);
        b.rec(GdsRecordType.SREF).str(GdsRecordType.SNAME, "C").i2(GdsRecordType.STRANS, 0x8000)
                .r8(GdsRecordType.MAG, 1.5).r8(GdsRecordType.ANGLE, 33.3).xy(-3001, 2001).rec(GdsRecordType.ENDEL);
        b.rec(GdsRecordType.AREF).str(GdsRecordType.SNAME, "C").i2(GdsRecordType.COLROW, 7, 3)
                .xy(5000, 5000, 5000 + 1000, 5000 + 333, 5000 - 101, 5000 + 200).rec(GdsRecordType.ENDEL);
        b.rec(GdsRecordType.AREF).str(GdsRecordType.SNAME, "C").i2(GdsRecordType.COLROW, 4, 4)
                .xy(-5000, 0, -5000, 0, -5000, 400).rec(GdsRecordType.ENDEL);
        return b.endCell().endLib();
    }
}
