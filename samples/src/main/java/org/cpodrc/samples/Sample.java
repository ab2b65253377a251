package org.cpodrc.samples;

import java.util.List;
import java.util.function.Supplier;

import org.cpodrc.layout.Layout;

/**
 * One committed sample design.
 *
 * @param file   file name under {@code samples/gds/}
 * @param deck   the shipped deck it is meant for ({@code builtin:NAME})
 * @param breaks what it breaks and where (empty for a clean design), as the README says it
 */
public record Sample(String file, String deck, String breaks, Supplier<Drawing> design) {
    static final String P3D = "builtin:photonic-3d";
    static final String FOPOP = "builtin:fopop";

    public Layout layout() {
        return design.get().layout();
    }

    /** Every sample, in README order. */
    public static List<Sample> all() {
        return List.of(
                new Sample("photonic3d_clean.gds", P3D, "", Photonic3dDesigns::clean),
                new Sample("p3d_c1_ec_off_edge.gds", P3D, "EC.EDGE.1: EC port recessed 20 um at (20, 500)",
                        Photonic3dDesigns::ecOffEdge),
                new Sample("p3d_c2_fau_blocked.gds", P3D, "FAU.CLEAR.1: lid corner (100, 3100) 138 um from the FAU",
                        Photonic3dDesigns::fauBlocked),
                new Sample("p3d_c3_fiber_off_pitch.gds", P3D, "FIB.ARRAY.1: fifth GC fiber 128 um after the fourth at x 1509",
                        Photonic3dDesigns::fiberOffPitch),
                new Sample("p3d_c4_opaque_over_gc.gds", P3D, "GC.OPAQUE.1: metal over the GC window at (1127, 3500)",
                        Photonic3dDesigns::opaqueOverGc),
                new Sample("p3d_c5_ring_near_hotspot.gds", P3D, "RING.HOT.1: ring at (3100, 2000), 140 um from the hot spot",
                        Photonic3dDesigns::ringNearHotspot),
                new Sample("p3d_p1_eic_over_pic_edge.gds", P3D, "EIC.ENC.1: EIC (5850..5990, 200..400) in the 100 um margin",
                        Photonic3dDesigns::eicOverPicEdge),
                new Sample("p3d_p2_gc_next_to_eic.gds", P3D, "GC.EIC.1: GC at (2450, 3050), 49.5 um from the EIC corner",
                        Photonic3dDesigns::gcNextToEic),
                new Sample("p3d_p3_eic_near_ec_edge.gds", P3D, "EIC.EC.1: EIC (300..600, 300..600), 497 um from an EC port",
                        Photonic3dDesigns::eicNearEcEdge),
                new Sample("p3d_p4_tsv_outside_pic.gds", P3D,
                        "TSV.IN.1 and TSV.EDGE.1: TSV across the east PIC edge at (6000, 500)",
                        Photonic3dDesigns::tsvOutsidePic),
                new Sample("p3d_p4_tsv_near_edge.gds", P3D, "TSV.EDGE.1: TSV at (5980, 2000), 15 um from the PIC edge",
                        Photonic3dDesigns::tsvNearEdge),
                new Sample("p3d_p4_tsv_too_large.gds", P3D, "TSV.SZ.1: 24 um TSV at (5500, 3500)",
                        Photonic3dDesigns::tsvTooLarge),
                new Sample("p3d_p4_tsv_pitch.gds", P3D, "TSV.P.1: TSVs 38 um apart at (5000, 3500)",
                        Photonic3dDesigns::tsvPitch),
                new Sample("p3d_p4_tsv_space.gds", P3D, "TSV.S.1 and TSV.P.1: 19 um square TSVs 16 um apart at (5000, 500)",
                        Photonic3dDesigns::tsvSpace),
                new Sample("p3d_p4_tsv_near_ring.gds", P3D, "TSV.KOZ.1: TSV at (1560, 1000), 30 um from a ring",
                        Photonic3dDesigns::tsvNearRing),
                new Sample("p3d_p5_tsv_unlanded.gds", P3D, "TSV.LAND.1: TSV at (5500, 2000) on no pad",
                        Photonic3dDesigns::tsvUnlanded),
                new Sample("p3d_p5_bump_alignment.gds", P3D,
                        "BUMP.ALIGN.1 x5: open at (3000, 2500), short at (3100, 2500), misaligned 5 um at (3205, 2500), "
                                + "unmatched pad at (3300, 2500), net TX3_P on TX3_N at (3400, 2500)",
                        Photonic3dDesigns::bumpAlignment),
                new Sample("p3d_p6_tsv_aspect.gds", P3D, "TSV.AR.1: 7 um TSV at (5500, 2500), 11.4:1",
                        Photonic3dDesigns::tsvAspect),
                new Sample("bw_16x200g.gds", P3D, "BW.EDGE.1 (warning): 16 x 200G on 2.032 mm, 1.575 Tbps/mm, ratio 0.525",
                        Photonic3dDesigns::bandwidth16),
                new Sample("bw_16x200g_2laser.gds", P3D, "BW.EDGE.1 (warning): 18 ports on 2.286 mm, 1.40 Tbps/mm",
                        Photonic3dDesigns::bandwidth16With2Lasers),
                new Sample("fopop_clean.gds", FOPOP, "", FopopDesigns::clean),
                new Sample("fopop_f1_eic_over_pic_edge.gds", FOPOP, "EIC.IN.1: EIC (5850..5990, 200..400) in the 100 um margin",
                        FopopDesigns::eicOverPicEdge),
                new Sample("fopop_f2_pillar_near_eic.gds", FOPOP, "PIL.EIC.1: pillar at (4540, 2025), 10 um from the EIC",
                        FopopDesigns::pillarNearEic),
                new Sample("fopop_f2_pillar_off_pad.gds", FOPOP, "PIL.PAD.1 and PIL.ALIGN.1: pillar at (1800, 500) on no pad",
                        FopopDesigns::pillarOffPad),
                new Sample("fopop_f3_pillar_too_large.gds", FOPOP, "PIL.SZ.1: 90 um pillar at (1800, 3500)",
                        FopopDesigns::pillarTooLarge),
                new Sample("fopop_f3_pillar_pitch.gds", FOPOP, "PIL.P.1: pillars 110 um apart at (1000, 500)",
                        FopopDesigns::pillarPitch),
                new Sample("fopop_f3_pillar_space.gds", FOPOP, "PIL.S.1 and PIL.P.1: 60 um square pillars 35 um apart at (1000, 3500)",
                        FopopDesigns::pillarSpace),
                new Sample("fopop_f4_grating_coupler.gds", FOPOP, "GC.FORBID.1: grating coupler at (1000, 3500)",
                        FopopDesigns::gratingCoupler));
    }
}
