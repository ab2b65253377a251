package org.cpodrc.gds;

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
        assertEquals(List.of(), problems);
    }

    /**
     * Read with this reader, write with this writer, let KLayout's oracle.py read the written file:
     * its answer must be the corpus' expected answer (counts exact, areas 1e-7 relative, bbox
     * within one database unit). Proves the round trip loses nothing KLayout sees.
     */
    @Test
    @SuppressWarnings("unchecked")
    void klayoutReadsWrittenCorpusFilesAsTheOriginals() throws Exception {
        KLayoutRunner.assumeInstalled();
        Path shared = KLayoutRunner.sharedDir();
        List<Path> files = corpusFiles(shared);
        StringBuilder list = new StringBuilder();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path written = tmp.resolve(name); // names ending in .gz are written gzipped
            GdsWriter.write(GdsReader.read(f), written);
            list.append(written).append('\t').append(tmp.resolve(name + ".json")).append('\n');
        }
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
}
