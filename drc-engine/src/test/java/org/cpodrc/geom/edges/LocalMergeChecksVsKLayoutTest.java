package org.cpodrc.geom.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.cpodrc.flatten.Flattener;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.testutil.KLayout;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KLayout's space check on the raw (unmerged) layer of real photonic files, as a DRC deck's
 * {@code input(1, 0).space(...)} runs it, against {@link LocalMergeChecks#space}: the edge-pair
 * sets must be equal.
 */
class LocalMergeChecksVsKLayoutTest {

    @ParameterizedTest
    @CsvSource({
            "siepic_MZI_KLayout.gds, 1, 0, 200",
            "gplugins_spiral_inner_io_add_gra_f2760628.gds, 1, 0, 3000"})
    void rawSpaceAsKLayout(String file, int layer, int datatype, long d, @TempDir Path tmp) throws Exception {
        KLayout.assumeInstalled();
        Path gds = Path.of(System.getProperty("cpodrc.shared", "../shared"), "corpus", file).toAbsolutePath();
        String req = "{\"gds\":\"" + gds.toString().replace("\\", "\\\\") + "\",\"layer\":" + layer + ",\"datatype\":"
                + datatype + ",\"checks\":[[\"rawspace\"," + d + "]]}";
        TreeSet<String> want = new TreeSet<>();
        for (String line : KLayout.run("file_checks.py", req, tmp).split("\n")) {
            if (!line.startsWith("# ") && !line.isBlank()) {
                String[] f = line.trim().split(" ");
                long[] v = new long[8];
                for (int k = 0; k < 8; k++) {
                    v[k] = Long.parseLong(f[k]);
                }
                want.add(EdgeChecksVsKLayoutTest.key("space", v));
            }
        }
        Layout layout = GdsReader.read(gds);
        Region raw = new Flattener(layout, Flattener.defaultMaxShapes()).region(layout.topCells(), new LayerKey(layer, datatype));
        TreeSet<String> got = new TreeSet<>();
        for (EdgePair ep : LocalMergeChecks.space(raw, CheckOptions.of(d))) {
            got.add(EdgeChecksVsKLayoutTest.key("space", EdgeChecksVsKLayoutTest.flat(ep)));
        }
        System.out.println(file + " raw space " + d + ": KLayout " + want.size() + ", cpodrc " + got.size());
        if (System.getProperty("debugnear") != null) {
            String[] c = System.getProperty("debugnear").split(",");
            long cx = Long.parseLong(c[0]), cy = Long.parseLong(c[1]), r = 600;
            for (var s : new TreeSet[] {want, got}) {
                System.out.println(s == want ? "KLAYOUT" : "CPODRC");
                for (Object k : s) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+").matcher((String) k);
                    m.find();
                    long x = Long.parseLong(m.group());
                    m.find();
                    long y = Long.parseLong(m.group());
                    if (Math.abs(x - cx) < r && Math.abs(y - cy) < r) {
                        System.out.println("  " + k);
                    }
                }
            }
            for (Polygon p : raw.polygons()) {
                var env = p.getEnvelopeInternal();
                if (env.getMinX() < cx + r && env.getMaxX() > cx - r && env.getMinY() < cy + r && env.getMaxY() > cy - r) {
                    System.out.println("SHAPE " + p.getNumPoints() + " " + env);
                }
            }
        }
        assertEquals(List.of(), firstFew(want, got), "KLayout pairs missing in cpodrc");
        assertEquals(List.of(), firstFew(got, want), "cpodrc pairs not in KLayout");
    }

    static List<String> firstFew(TreeSet<String> a, TreeSet<String> b) {
        List<String> only = new ArrayList<>(a);
        only.removeAll(b);
        System.out.println("  only in one: " + only.size());
        return only.subList(0, Math.min(8, only.size()));
    }
}
