package org.cpodrc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cpodrc.check.Metric;
import org.cpodrc.engine.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Each committed sample, checked with its shipped deck through the whole pipeline, gives exactly
 * the violations the README promises: rule and bounding box (µm), nothing missing, nothing extra.
 * The boxes follow from the geometry in {@link Photonic3dDesigns} and {@link FopopDesigns}.
 */
class SampleViolationsTest {
    /** file -> expected "RULE x1 y1 x2 y2"; clean designs expect nothing. */
    private static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.ofEntries(
            Map.entry("photonic3d_clean.gds", List.of()),
            // the recessed port's own box, entirely outside the 5 um shore band
            Map.entry("p3d_c1_ec_off_edge.gds", List.of("EC.EDGE.1 20 500 24 502")),
            // shortest segment from the FAU corner (0, 3005) to the lid corner (100, 3100)
            Map.entry("p3d_c2_fau_blocked.gds", List.of("FAU.CLEAR.1 0 3005 100 3100")),
            // the pair of fiber cores (9 um) at x 1381 and 1509
            Map.entry("p3d_c3_fiber_off_pitch.gds", List.of("FIB.ARRAY.1 1376.5 3495.5 1513.5 3504.5")),
            // the covered grating-coupler window
            Map.entry("p3d_c4_opaque_over_gc.gds", List.of("GC.OPAQUE.1 1112 3485 1142 3515")),
            // ring's east vertex (3110, 2000) to the hot spot's west edge
            Map.entry("p3d_c5_ring_near_hotspot.gds", List.of("RING.HOT.1 3110 2000 3250 2000")),
            // the part of the second EIC beyond x 5900
            Map.entry("p3d_p1_eic_over_pic_edge.gds", List.of("EIC.ENC.1 5900 200 5990 400")),
            // GC corner (2465, 3035) to EIC corner (2500, 3000)
            Map.entry("p3d_p2_gc_next_to_eic.gds", List.of("GC.EIC.1 2465 3000 2500 3035")),
            // EIC corner (300, 600) to the first port's corner (4, 999)
            Map.entry("p3d_p3_eic_near_ec_edge.gds", List.of("EIC.EC.1 4 600 300 999")),
            // the half of the TSV east of x 6000; all of it lies in the 50 um edge band
            Map.entry("p3d_p4_tsv_outside_pic.gds", List.of("TSV.IN.1 6000 495 6005 505",
                    "TSV.EDGE.1 5995 495 6005 505")),
            // the whole TSV lies beyond x 5950
            Map.entry("p3d_p4_tsv_near_edge.gds", List.of("TSV.EDGE.1 5975 1995 5985 2005")),
            Map.entry("p3d_p4_tsv_too_large.gds", List.of("TSV.SZ.1 5488 3488 5512 3512")),
            // both TSVs of the pair
            Map.entry("p3d_p4_tsv_pitch.gds", List.of("TSV.P.1 4995 3495 5043 3505")),
            // the pair, and the edge pair between the facing sides of the two squares
            Map.entry("p3d_p4_tsv_space.gds", List.of("TSV.P.1 4990.5 490.5 5044.5 509.5",
                    "TSV.S.1 5009.5 490.5 5025.5 509.5")),
            // ring's east vertex (1525, 1000) to the TSV's west vertex (1555, 1000)
            Map.entry("p3d_p4_tsv_near_ring.gds", List.of("TSV.KOZ.1 1525 1000 1555 1000")),
            Map.entry("p3d_p5_tsv_unlanded.gds", List.of("TSV.LAND.1 5495 1995 5505 2005")),
            // bump alone; bump and both pads; bump and its pad; the pad; the pad under the bump
            Map.entry("p3d_p5_bump_alignment.gds", List.of("BUMP.ALIGN.1 2990 2490 3010 2510",
                    "BUMP.ALIGN.1 3080 2487 3120 2513", "BUMP.ALIGN.1 3187 2487 3215 2513",
                    "BUMP.ALIGN.1 3287 2487 3313 2513", "BUMP.ALIGN.1 3387 2487 3413 2513")),
            Map.entry("p3d_p6_tsv_aspect.gds", List.of("TSV.AR.1 5496.5 2496.5 5503.5 2503.5")),
            // the ports (x 0..4) plus half a pitch beyond each end: the shoreline the array occupies
            Map.entry("bw_16x200g.gds", List.of("BW.EDGE.1 0 936.5 4 2968.5")),
            Map.entry("bw_16x200g_2laser.gds", List.of("BW.EDGE.1 0 809.5 4 3095.5")),
            Map.entry("fopop_clean.gds", List.of()),
            Map.entry("fopop_f1_eic_over_pic_edge.gds", List.of("EIC.IN.1 5900 200 5990 400")),
            // the pillar's west vertex (4510, 2025) to the EIC's east edge
            Map.entry("fopop_f2_pillar_near_eic.gds", List.of("PIL.EIC.1 4500 2025 4510 2025")),
            // a pillar on no pad is also an open pillar
            Map.entry("fopop_f2_pillar_off_pad.gds", List.of("PIL.PAD.1 1770 470 1830 530",
                    "PIL.ALIGN.1 1770 470 1830 530")),
            Map.entry("fopop_f3_pillar_too_large.gds", List.of("PIL.SZ.1 1755 3455 1845 3545")),
            Map.entry("fopop_f3_pillar_pitch.gds", List.of("PIL.P.1 970 470 1140 530")),
            Map.entry("fopop_f3_pillar_space.gds", List.of("PIL.P.1 970 3470 1125 3530",
                    "PIL.S.1 1030 3470 1065 3530")),
            // count without a container marks the bounding box of the layer: the one window
            Map.entry("fopop_f4_grating_coupler.gds", List.of("GC.FORBID.1 985 3485 1015 3515"))));

    @Test
    void everySampleGivesExactlyItsViolations() {
        assertEquals(Sample.all().stream().map(Sample::file).collect(Collectors.toCollection(TreeSet::new)),
                EXPECTED.keySet(), "every sample has an expectation");
        StringBuilder wrong = new StringBuilder();
        for (Sample s : Sample.all()) {
            RunResult r = SamplePipeline.check(SampleFiles.gds().resolve(s.file()), s.deck());
            List<String> actual = r.violations().stream().map(SamplePipeline::located).sorted().toList();
            List<String> expected = EXPECTED.get(s.file()).stream().sorted().toList();
            if (!actual.equals(expected)) {
                wrong.append(s.file()).append(" with ").append(s.deck()).append(":\n  expected ").append(expected)
                        .append("\n  actual   ").append(actual).append('\n');
            }
        }
        assertEquals("", wrong.toString());
    }

    @Test
    void edgeBandwidthExampleOfDomainSection4() {
        Metric m = westEdge(SamplePipeline.check(SampleFiles.gds().resolve("bw_16x200g.gds"), Sample.P3D));
        assertEquals(16, m.fields().get("ports"));
        assertEquals(3200.0, m.fields().get("gbps"));
        assertEquals(2.032, m.fields().get("shoreline_mm"));
        assertEquals(3.0, m.fields().get("target"));
        assertEquals("chiplet-3tbps", m.fields().get("target_name"));
        assertEquals(3.2 / 2.032, (double) m.fields().get("value"), 1e-9);
        assertEquals(1.575, round((double) m.fields().get("value"), 3));
        assertEquals(0.525, round((double) m.fields().get("ratio"), 3));
    }

    @Test
    void twoLaserFibersWidenTheShorelineWithoutAddingBandwidth() {
        Metric m = westEdge(SamplePipeline.check(SampleFiles.gds().resolve("bw_16x200g_2laser.gds"), Sample.P3D));
        assertEquals(18, m.fields().get("ports"));
        assertEquals(3200.0, m.fields().get("gbps"));
        assertEquals(2.286, m.fields().get("shoreline_mm"));
        assertEquals(3.2 / 2.286, (double) m.fields().get("value"), 1e-9);
        assertEquals(1.40, round((double) m.fields().get("value"), 2));
    }

    @Test
    void unlabelledLanesCountTheDecksWavelengthsPerFiber() {
        // the clean design has no rate labels: 16 ports x 2 wavelengths x 200G over 2.032 mm
        Metric m = westEdge(SamplePipeline.check(SampleFiles.gds().resolve("photonic3d_clean.gds"), Sample.P3D));
        assertEquals(6400.0, m.fields().get("gbps"));
        assertEquals(6.4 / 2.032, (double) m.fields().get("value"), 1e-9);
        Metric one = westEdge(SamplePipeline.check(SampleFiles.gds().resolve("photonic3d_clean.gds"), Sample.P3D,
                Map.of("wavelengths_per_fiber", "1")));
        assertEquals(3200.0, one.fields().get("gbps"));
    }

    private static Metric westEdge(RunResult r) {
        List<Metric> bw = r.metrics().stream().filter(m -> m.name().equals("edge_bandwidth")).toList();
        assertEquals(1, bw.size(), bw.toString());
        assertEquals("west", bw.get(0).fields().get("edge"));
        return bw.get(0);
    }

    private static double round(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
