package org.cpodrc.geom.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KLayout's space check on the raw (unmerged) layer of real photonic files, as a DRC deck's
 * {@code input(1, 0).space(...)} runs it, against {@link LocalMergeChecks#space}: the edge-pair
 * sets must be equal, edge pair for edge pair (MZI 25,832, spiral 14,054).
 */
class LocalMergeChecksVsKLayoutTest {

    @ParameterizedTest
    @CsvSource({
            "siepic_MZI_KLayout.gds, 1, 0, 200, 0",
            "gplugins_spiral_inner_io_add_gra_f2760628.gds, 1, 0, 3000, 0"})
    void rawSpaceAsKLayout(String file, int layer, int datatype, long d, int allowed, @TempDir Path tmp) throws Exception {
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
        List<String> missing = firstFew(want, got), extra = firstFew(got, want);
        if (allowed == 0) {
            assertEquals(List.of(), missing, "KLayout pairs missing in cpodrc");
            assertEquals(List.of(), extra, "cpodrc pairs not in KLayout");
        } else {
            assertTrue(countOnly(want, got) <= allowed, "KLayout pairs missing in cpodrc: " + countOnly(want, got) + " " + missing);
            assertTrue(countOnly(got, want) <= allowed, "cpodrc pairs not in KLayout: " + countOnly(got, want) + " " + extra);
        }
    }

    static int countOnly(TreeSet<String> a, TreeSet<String> b) {
        int n = 0;
        for (String s : a) {
            n += b.contains(s) ? 0 : 1;
        }
        return n;
    }

    static List<String> firstFew(TreeSet<String> a, TreeSet<String> b) {
        List<String> only = new ArrayList<>(a);
        only.removeAll(b);
        return only.subList(0, Math.min(8, only.size()));
    }
}
