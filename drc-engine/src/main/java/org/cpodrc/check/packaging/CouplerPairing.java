package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs fibers with coupler ports one to one: all fiber–coupler pairs closer than
 * {@code radius} (half the fiber pitch, so a coupler can only belong to the fiber it is
 * nearest to in a regular array) are taken shortest first. Fibers and couplers left over have no
 * partner. Alignment is judged afterwards on the paired offsets, so a misaligned fiber reports
 * its offset (and loss) rather than "no coupler".
 */
final class CouplerPairing {
    /** A fiber and its coupler, {@code offset} apart (dbu). */
    record Pair(int fiber, int coupler, double offset) {
    }

    final List<Pair> pairs = new ArrayList<>();
    final int[] couplerOfFiber;
    final boolean[] couplerUsed;

    CouplerPairing(List<Port> fibers, List<Port> couplers, double radius) {
        couplerOfFiber = new int[fibers.size()];
        Arrays.fill(couplerOfFiber, -1);
        couplerUsed = new boolean[couplers.size()];
        List<Pair> candidates = new ArrayList<>();
        for (int f = 0; f < fibers.size(); f++) {
            for (int c = 0; c < couplers.size(); c++) {
                double d = fibers.get(f).distance(couplers.get(c));
                if (d < radius) {
                    candidates.add(new Pair(f, c, d));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::offset).thenComparingInt(Pair::fiber)
                .thenComparingInt(Pair::coupler));
        for (Pair p : candidates) {
            if (couplerOfFiber[p.fiber()] < 0 && !couplerUsed[p.coupler()]) {
                couplerOfFiber[p.fiber()] = p.coupler();
                couplerUsed[p.coupler()] = true;
                pairs.add(p);
            }
        }
    }

    /** Distance (dbu) from a position to the nearest of some ports; +∞ if there are none. */
    static double nearest(Port p, List<Port> others) {
        double best = Double.POSITIVE_INFINITY;
        for (Port o : others) {
            best = Math.min(best, p.distance(o));
        }
        return best;
    }
}
