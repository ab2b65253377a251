package org.cpodrc.check.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Metric;
import org.cpodrc.geom.Region;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The packaging checks on real photonic designs of the corpus. KLayout (the reference reader)
 * extracts one marker per grating coupler: SiEPIC files carry a fiber-target circle on layer
 * 81/0 per coupler; gdsfactory files have no such layer, so the bounding box of each
 * {@code grating_coupler_ellipti*} instance is used. The couplers sit at 127 µm.
 */
class KLayoutCorpusTest {
    @TempDir
    static Path tmp;
    private static final Map<String, List<Polygon>> MARKERS = new LinkedHashMap<>();

    /** name -> (corpus file, extraction mode) */
    private static final String[][] JOBS = {
            {"loss_deembedding", "gplugins_loss_deembedding_ch14_23.gds", "cell:grating_coupler_ellipti"},
            {"spiral", "gplugins_spiral_inner_io_add_gra_f2760628.gds", "cell:grating_coupler_ellipti"},
            {"ring_mzi", "siepic_openEBL_lukasc_RingMZI.gds", "layer:81/0"},
            {"ring_mzi_floorplan", "siepic_openEBL_lukasc_RingMZI.gds", "layer:99/0"},
            {"mzi", "siepic_MZI_KLayout.gds", "layer:81/0"},
            {"netlist_trim", "siepic_test_netlist_trim.gds", "layer:81/0"},
            {"faml", "siepic_EBeam_LukasChrostowski_MZI2_FaML.gds", "layer:81/0"},
    };

    @BeforeAll
    static void extract() throws IOException, InterruptedException {
        Assumptions.assumeTrue(KLayout.onPath(), "KLayout not installed: skipping the corpus fiber-array tests");
        Path corpus = Path.of(System.getProperty("cpodrc.shared", "../../shared")).resolve("corpus");
        Path script = tmp.resolve("extract_markers.py");
        try (InputStream in = KLayoutCorpusTest.class.getResourceAsStream("extract_markers.py")) {
            Files.copy(in, script);
        }
        StringBuilder jobs = new StringBuilder();
        for (String[] job : JOBS) {
            jobs.append(corpus.resolve(job[1]).toAbsolutePath()).append('\t').append(job[2]).append('\t')
                    .append(tmp.resolve(job[0] + ".txt")).append('\n');
        }
        Path jobFile = Files.writeString(tmp.resolve("jobs.txt"), jobs);
        KLayout.run(script, Map.of("jobs", jobFile.toString()), tmp);
        for (String[] job : JOBS) {
            MARKERS.put(job[0], read(tmp.resolve(job[0] + ".txt")));
        }
    }

    private static List<Polygon> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("dbu 0.001", lines.get(0), file + ": TestContext works in 1 nm units");
        List<Polygon> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.trim().split(" ");
            Coordinate[] ring = new Coordinate[v.length / 2 + 1];
            for (int i = 0; i < v.length / 2; i++) {
                ring[i] = new Coordinate(Long.parseLong(v[2 * i]), Long.parseLong(v[2 * i + 1]));
            }
            ring[ring.length - 1] = ring[0];
            out.add(Region.FACTORY.createPolygon(ring));
        }
        return out;
    }

    private static RecordingSink fiberArrays(String name) {
        TestContext ctx = new TestContext().addAll("GC", MARKERS.get(name));
        RecordingSink sink = new RecordingSink();
        new FiberArrayCheck().run(Rules.rule("fiber_array", "layer", "GC", "pitch", 127.0, "tolerance", 0.5,
                "collinearity", 0.1), ctx, sink);
        assertEquals(List.of(), sink.messages(), name);
        return sink;
    }

    private static double field(Metric m, String f) {
        return ((Number) m.fields().get(f)).doubleValue();
    }

    @Test
    void gdsfactoryLossDeembeddingIsOneArrayOfFourAt127() {
        RecordingSink sink = fiberArrays("loss_deembedding");
        assertEquals(List.of(4), sink.arrayCounts());
        Metric m = sink.metrics.get(0);
        assertEquals(127.0, field(m, "pitch_mean_um"), 1e-9);
        assertEquals(381.0, field(m, "span_um"), 1e-9);
        assertEquals(0.0, field(m, "x_um"), 1e-9);
    }

    @Test
    void gdsfactorySpiralHasTwoCouplers127Apart() {
        RecordingSink sink = fiberArrays("spiral");
        assertEquals(List.of(2), sink.arrayCounts());
        assertEquals(127.0, field(sink.metrics.get(0), "pitch_mean_um"), 1e-9);
    }

    @Test
    void ringMziIsTwoStaggeredColumns() {
        RecordingSink sink = fiberArrays("ring_mzi");
        assertEquals(List.of(4, 3), sink.arrayCounts());
        assertEquals(19.6, field(sink.metrics.get(0), "x_um"));
        assertEquals(12.0, field(sink.metrics.get(0), "y_um"), 1e-9);
        assertEquals(79.6, field(sink.metrics.get(1), "x_um"));
        assertEquals(55.0, field(sink.metrics.get(1), "y_um"), 1e-9);
        for (Metric m : sink.metrics) {
            assertEquals(127.0, field(m, "pitch_mean_um"), 1e-9);
            assertEquals(90.0, field(m, "angle_deg"), 1e-9);
        }
    }

    @Test
    void siepicMziAndFamlHaveOnePairEach() {
        assertEquals(List.of(2), fiberArrays("mzi").arrayCounts());
        assertEquals(List.of(2), fiberArrays("faml").arrayCounts());
    }

    @Test
    void netlistTrimHasColumnsOfThreeAndTwo() {
        RecordingSink sink = fiberArrays("netlist_trim");
        assertEquals(List.of(3, 2), sink.arrayCounts());
        assertEquals(-20.7, field(sink.metrics.get(0), "x_um"), 1e-9);
        assertEquals(191.6, field(sink.metrics.get(1), "x_um"), 1e-9);
    }

    @Test
    void ringMziPortsGoToTheirNearestFloorplanEdge() {
        // die = the SiEPIC floor plan (99/0, 610 x 405 um). Of the column 19.6 um from the west edge, the
        // outer couplers (y = 12 and 393) are nearer the south and north edges (12 um); the column at
        // 79.6 um is beyond max_edge_distance 50 um.
        TestContext ctx = new TestContext().addAll("DIE", MARKERS.get("ring_mzi_floorplan"))
                .addAll("P", MARKERS.get("ring_mzi"));
        RecordingSink sink = new RecordingSink();
        new EdgeBandwidthCheck().run(Rules.rule("edge_bandwidth", "die", "DIE", "ports", "P", "gbps_per_lane", 200.0,
                "max_edge_distance", 50.0, "pitch", 127.0, "target", "cpo-today"), ctx, sink);
        List<List<Object>> edges = sink.metrics.stream()
                .map(m -> List.of(m.fields().get("edge"), m.fields().get("ports"))).toList();
        assertEquals(List.of(List.of("north", 1), List.of("south", 1), List.of("west", 2)), edges);
        Metric west = sink.metrics.get(2);
        assertEquals(0.254, field(west, "shoreline_mm"), 1e-9);
        assertEquals(400 / 0.254 / 1000, field(west, "value"), 1e-9);
        assertTrue(sink.violations.isEmpty());
    }
}
