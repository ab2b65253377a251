package org.cpodrc.samples;

import static org.cpodrc.samples.SampleLayers.*;

/**
 * Photonic-3D sample designs (builtin:photonic-3d): the clean design and one variant per rule,
 * each the clean design plus the one defect at a known place. Numbers in um.
 *
 * <p>Clean design: PIC 6 x 4 mm (cell PIC3D_DIE) with 16 edge-coupled lanes on the west facet,
 * 4 grating couplers at 127 um along y 3500 from x 1000 with their fibers, opaque metal beside
 * them, a 4 x 4 TSV field (cell TSV_FIELD, an AREF of cell TSV, 10 um at 50 um pitch) at
 * (3000, 1500) under the EIC, each with a 26 um PIC landing pad (cell TSV_LANDING) that the EIC's
 * 20 um micro-bumps (cell EIC3D, at (2500, 1000)) land on, two I/O TSVs on RDL pads at
 * (5500, 500) and (5550, 500), a lid over the EIC.
 */
final class Photonic3dDesigns {
    static final String TOP = "P3D_TOP";

    private Photonic3dDesigns() {
    }

    static Drawing clean() {
        Drawing top = Drawing.newLayout(TOP);
        top.cell("TSV").circle(TSV, 0, 0, 10);
        top.cell("BUMP_PAD").square(BUMP, 0, 0, 20);
        top.cell("TSV_FIELD").array("TSV", 0, 0, 4, 4, 50, 50);
        top.cell("TSV_LANDING").square(PAD, 0, 0, 26);
        top.cell("GC_WINDOW").square(GC, 0, 0, 30).path(WG, 0.5, 0, -15, 0, -300);
        Parts.picWithLanes(top, "PIC3D_DIE")
                .array("GC_WINDOW", 1000, 3500, 4, 1, Parts.PITCH, 0)
                .box(OPAQUE, 600, 3400, 900, 3600)
                .place("TSV_FIELD", 3000, 1500)
                .array("TSV_LANDING", 3000, 1500, 4, 4, 50, 50)
                .place("TSV", 5500, 500).place("TSV", 5550, 500)
                .box(PAD, 5480, 480, 5570, 520);
        Parts.eic(top, "EIC3D").array("BUMP_PAD", 500, 500, 4, 4, 50, 50);
        Parts.fiberCore(top);
        top.place("PIC3D_DIE", 0, 0)
                .place("EIC3D", Parts.EIC_X, Parts.EIC_Y)
                .array("FIBER_CORE", 1000, 3500, 4, 1, Parts.PITCH, 0)
                .box(LID, 2300, 800, 4700, 3200);
        Parts.edgeFiberArray(top);
        return top;
    }

    /**
     * P5 BUMP.ALIGN.1, once per kind along y 2500 under the EIC (20 um bumps, 26 um pads): a bump
     * on no pad at x 3000 (open); a bump at 3100 across two pads (short); a bump 5 um east of its
     * pad's centre at 3200 (misaligned); a pad without bump at 3300 (unmatched pad); a bump
     * labelled TX3_P on a pad labelled TX3_N at 3400 (net mismatch).
     */
    static Drawing bumpAlignment() {
        return clean()
                .square(BUMP, 3000, 2500, 20)
                .square(BUMP, 3100, 2500, 20).box(PAD, 3080, 2487, 3095, 2513).box(PAD, 3105, 2487, 3120, 2513)
                .square(BUMP, 3205, 2500, 20).square(PAD, 3200, 2500, 26)
                .square(PAD, 3300, 2500, 26)
                .square(BUMP, 3400, 2500, 20).square(PAD, 3400, 2500, 26)
                .text(BUMP_NET, "TX3_P", 3400, 2500).text(PAD_NET, "TX3_N", 3400, 2500);
    }

    /** C1: an edge-coupler port (with its fiber) recessed 20 um from the facet. */
    static Drawing ecOffEdge() {
        return clean().box(EC, 20, 500, 24, 502).circle(FIBER, 22, 501, 9);
    }

    /** C2: a lid corner 100 um east and 95 um north of the FAU footprint's corner (0, 3005). */
    static Drawing fauBlocked() {
        return clean().box(LID, 100, 3100, 300, 3300);
    }

    /** C3: a fifth grating coupler and fiber 128 um (not 127) after the fourth, at x 1509. */
    static Drawing fiberOffPitch() {
        return clean().square(GC, 1509, 3500, 30).circle(FIBER, 1509, 3500, 9);
    }

    /** C4: opaque metal over the second grating-coupler window (centre 1127, 3500). */
    static Drawing opaqueOverGc() {
        return clean().box(OPAQUE, 1117, 3490, 1137, 3510);
    }

    /** C5: a ring 140 um west of the EIC hot spot (ring at (3100, 2000), hot spot from x 3250). */
    static Drawing ringNearHotspot() {
        return clean().circle(RING, 3100, 2000, 20);
    }

    /** P1: a second EIC chiplet (5850..5990, 200..400) reaching into the 100 um PIC margin. */
    static Drawing eicOverPicEdge() {
        return clean().box(EIC, 5850, 200, 5990, 400);
    }

    /** P2: a grating coupler (with fiber) at (2450, 3050), its corner 49.5 um from the EIC corner. */
    static Drawing gcNextToEic() {
        return clean().square(GC, 2450, 3050, 30).circle(FIBER, 2450, 3050, 9);
    }

    /** P3: a second EIC (300..600, 300..600) 497 um from the first edge-coupler port. */
    static Drawing eicNearEcEdge() {
        return clean().box(EIC, 300, 300, 600, 600);
    }

    /** P4 TSV.IN (and TSV.EDGE): a TSV straddling the east PIC edge at (6000, 500), on its pad. */
    static Drawing tsvOutsidePic() {
        return clean().circle(TSV, 6000, 500, 10).box(PAD, 5980, 480, 6020, 520);
    }

    /** P4 TSV.EDGE: a TSV at (5980, 2000), on its pad, 15 um from the east PIC edge. */
    static Drawing tsvNearEdge() {
        return clean().circle(TSV, 5980, 2000, 10).square(PAD, 5980, 2000, 30);
    }

    /** P4 TSV.SZ: a 24 um TSV at (5500, 3500) on its pad. */
    static Drawing tsvTooLarge() {
        return clean().circle(TSV, 5500, 3500, 24).square(PAD, 5500, 3500, 40);
    }

    /** P4 TSV.P: two 10 um TSVs 38 um apart at (5000, 3500) and (5038, 3500), on one pad. */
    static Drawing tsvPitch() {
        return clean().circle(TSV, 5000, 3500, 10).circle(TSV, 5038, 3500, 10).box(PAD, 4980, 3480, 5060, 3520);
    }

    /**
     * P4 TSV.S (and TSV.P): two 19 um square TSVs 35 um apart (16 um space) at (5000, 500) and
     * (5035, 500). Square, so the space marker is one edge pair: round shapes give one per pair of
     * facing facets, as in KLayout.
     */
    static Drawing tsvSpace() {
        return clean().square(TSV, 5000, 500, 19).square(TSV, 5035, 500, 19).box(PAD, 4980, 480, 5060, 520);
    }

    /** P4 TSV.KOZ: a TSV at (1560, 1000), 30 um east of the first lane's ring. */
    static Drawing tsvNearRing() {
        return clean().circle(TSV, 1560, 1000, 10).square(PAD, 1560, 1000, 40);
    }

    /** P5: a TSV at (5500, 2000) on no pad. */
    static Drawing tsvUnlanded() {
        return clean().circle(TSV, 5500, 2000, 10);
    }

    /** P6: a 7 um TSV at (5500, 2500) on its pad: 80 um / 7 um = 11.4 > 10. */
    static Drawing tsvAspect() {
        return clean().circle(TSV, 5500, 2500, 7).square(PAD, 5500, 2500, 30);
    }

    /** DOMAIN 4: the clean design with every lane labelled 1x200G: 16 x 200G over 2.032 mm. */
    static Drawing bandwidth16() {
        Drawing d = clean();
        Parts.labelLanes(d, "1x200G");
        return d;
    }

    /** DOMAIN 4 variant: two laser-supply fibers (label 0G) extend the array to 18 ports, 2.286 mm. */
    static Drawing bandwidth16With2Lasers() {
        Drawing d = bandwidth16();
        for (double y : new double[] {Parts.LANE_Y - Parts.PITCH, Parts.LANE_Y + Parts.FIBERS * Parts.PITCH}) {
            d.place("EC_LANE", 0, y).place("FIBER_CORE", 2, y).text(PORT_TEXT, "0G", 2, y);
        }
        return d;
    }
}
