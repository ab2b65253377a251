package org.cpodrc.samples;

import static org.cpodrc.samples.SampleLayers.*;

/**
 * Photonic FOPoP sample designs (builtin:fopop): the clean design and one variant per FOPoP rule,
 * each the clean design plus one defect at a known place. Numbers in um.
 *
 * <p>Clean design: PIC 6 x 4 mm (cell FOPOP_PIC) with the 16 edge-coupled lanes and pillar
 * landing pads, the EIC (cell EIC_FO) embedded below at (2500, 1000), and two columns of ten
 * 60 um copper pillars at 150 um pitch (cell PILLAR_COLUMN, an AREF of cell PILLAR) at x 2350 and
 * x 4650 from y 1200, 120 um from the EIC. No grating couplers (F4).
 */
final class FopopDesigns {
    static final String TOP = "FOPOP_TOP";

    private FopopDesigns() {
    }

    static Drawing clean() {
        Drawing top = Drawing.newLayout(TOP);
        top.cell("PILLAR").circle(PILLAR, 0, 0, 60);
        top.cell("PILLAR_PAD").square(PAD, 0, 0, 80);
        top.cell("PILLAR_COLUMN").array("PILLAR", 0, 0, 1, 10, 0, 150);
        Parts.picWithLanes(top, "FOPOP_PIC")
                .array("PILLAR_PAD", 2350, 1200, 1, 10, 0, 150)
                .array("PILLAR_PAD", 4650, 1200, 1, 10, 0, 150);
        Parts.eic(top, "EIC_FO");
        top.place("FOPOP_PIC", 0, 0)
                .place("EIC_FO", Parts.EIC_X, Parts.EIC_Y)
                .place("PILLAR_COLUMN", 2350, 1200)
                .place("PILLAR_COLUMN", 4650, 1200);
        Parts.edgeFiberArray(top);
        return top;
    }

    /** F1: a second EIC (5850..5990, 200..400) reaching into the 100 um PIC margin. */
    static Drawing eicOverPicEdge() {
        return clean().box(EIC, 5850, 200, 5990, 400);
    }

    /** F2: a pillar at (4540, 2025), on its pad, 10 um from the EIC's east edge. */
    static Drawing pillarNearEic() {
        return clean().circle(PILLAR, 4540, 2025, 60).square(PAD, 4540, 2025, 80);
    }

    /** F2: a pillar at (1800, 500) on no PIC pad. */
    static Drawing pillarOffPad() {
        return clean().circle(PILLAR, 1800, 500, 60);
    }

    /** F3 PIL.SZ: a 90 um pillar at (1800, 3500) on its pad. */
    static Drawing pillarTooLarge() {
        return clean().circle(PILLAR, 1800, 3500, 90).square(PAD, 1800, 3500, 100);
    }

    /** F3 PIL.P: two pillars 110 um apart at (1000, 500) and (1110, 500) (space 50 um passes), each on its pad. */
    static Drawing pillarPitch() {
        return clean().circle(PILLAR, 1000, 500, 60).circle(PILLAR, 1110, 500, 60)
                .square(PAD, 1000, 500, 80).square(PAD, 1110, 500, 80);
    }

    /**
     * F3 PIL.S (and PIL.P): two 60 um square pillars 95 um apart (35 um space) at (1000, 3500) and
     * (1095, 3500). Square, so the space marker is one edge pair: round shapes give one per pair
     * of facing facets, as in KLayout.
     */
    static Drawing pillarSpace() {
        return clean().square(PILLAR, 1000, 3500, 60).square(PILLAR, 1095, 3500, 60)
                .square(PAD, 1000, 3500, 80).square(PAD, 1095, 3500, 80);
    }

    /** F4: a grating coupler (with its fiber) at (1000, 3500). */
    static Drawing gratingCoupler() {
        return clean().square(GC, 1000, 3500, 30).circle(FIBER, 1000, 3500, 9);
    }
}
