package org.cpodrc.samples;

import static org.cpodrc.samples.SampleLayers.*;

/**
 * The parts both sample stacks share, drawn as cells so the samples exercise hierarchy: a PIC
 * with 16 edge-coupled lanes on its west facet at 127 um, the fiber array (an AREF of fiber
 * cores) and its FAU footprint, and the EIC with a hot spot. Numbers in um.
 */
final class Parts {
    static final double PIC_W = 6000;
    static final double PIC_H = 4000;
    static final int FIBERS = 16;
    static final double PITCH = 127;
    /** y of the first edge-coupled lane; lane k sits at LANE_Y + k * PITCH. */
    static final double LANE_Y = 1000;
    /** EIC placement: a 2 x 2 mm die with its lower-left corner here. */
    static final double EIC_X = 2500;
    static final double EIC_Y = 1000;
    static final double EIC_SIZE = 2000;

    private Parts() {
    }

    /**
     * One edge-coupled lane (cell EC_LANE): the port at the facet (x 0..4, 2 um tall), its
     * waveguide to x 1500 and a ring modulator of 20 um at x 1515.
     */
    static void ecLane(Drawing top) {
        top.cell("EC_LANE")
                .box(EC, 0, -1, 4, 1)
                .path(WG, 0.5, 4, 0, 1500, 0)
                .circle(RING, 1515, 0, 20);
    }

    /** A fiber core of 9 um (cell FIBER_CORE), centred on its origin; drawn once however often asked. */
    static void fiberCore(Drawing top) {
        if (!top.layout().hasCell("FIBER_CORE")) {
            top.cell("FIBER_CORE").circle(FIBER, 0, 0, 9);
        }
    }

    /** PIC die cell with the lanes as an AREF of 1 x 16 (rows at 127 um). */
    static Drawing picWithLanes(Drawing top, String name) {
        ecLane(top);
        Drawing pic = top.cell(name)
                .box(PIC, 0, 0, PIC_W, PIC_H)
                .array("EC_LANE", 0, LANE_Y, 1, FIBERS, 0, PITCH);
        return pic;
    }

    /**
     * The edge-coupled fiber array: 16 cores at the ports' centres (x 2) as an AREF, and the FAU
     * footprint butting the west facet (x -1500..0, y 900..3005).
     */
    static void edgeFiberArray(Drawing top) {
        fiberCore(top);
        top.array("FIBER_CORE", 2, LANE_Y, 1, FIBERS, 0, PITCH)
                .box(FAU, -1500, 900, 0, 3005);
    }

    /** EIC die cell (2 x 2 mm) with a 500 um hot spot in its middle. */
    static Drawing eic(Drawing top, String name) {
        return top.cell(name)
                .box(EIC, 0, 0, EIC_SIZE, EIC_SIZE)
                .box(HOTSPOT, 750, 750, 1250, 1250);
    }

    /** Rate labels on every lane's port (e.g. 1x200G), for the shoreline-bandwidth examples. */
    static void labelLanes(Drawing top, String rate) {
        for (int k = 0; k < FIBERS; k++) {
            top.text(PORT_TEXT, rate, 2, LANE_Y + k * PITCH);
        }
    }
}
