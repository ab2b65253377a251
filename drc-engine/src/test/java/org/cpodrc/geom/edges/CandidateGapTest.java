package org.cpodrc.geom.edges;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reduced from a curved differential case: two bends whose facing edges (632,279)-(646,268) and
 * (630,349)-(613,358) have bounding boxes exactly 70 apart in y. With the square metric the edge
 * relation alone accepts them at distance 70, but KLayout only relates edges whose boxes are
 * closer than the distance, so there is no violation at 70; at 71 there is.
 */
class CandidateGapTest {
    private static final long[] INNER = {734, 147, 727, 163, 720, 178, 711, 192, 702, 207, 692, 220, 682, 233, 670, 246,
            658, 257, 646, 268, 632, 279, 618, 288, 604, 297, 589, 305, 574, 312, 558, 319, 542, 324, 531, 288, 545, 283,
            559, 278, 572, 271, 585, 264, 598, 257, 610, 248, 621, 239, 632, 229, 643, 219, 653, 208, 662, 197, 671, 185,
            679, 173, 686, 160, 693, 147, 699, 133};
    private static final long[] OUTER = {806, 220, 796, 238, 785, 256, 773, 273, 760, 289, 746, 305, 732, 320, 717, 334,
            701, 347, 684, 360, 667, 372, 649, 382, 630, 392, 611, 401, 592, 409, 572, 415, 552, 421, 532, 426, 524, 389,
            543, 384, 561, 379, 579, 373, 596, 366, 613, 358, 630, 349, 646, 339, 662, 329, 677, 318, 691, 305, 705, 293,
            718, 279, 731, 265, 743, 250, 753, 235, 763, 219, 773, 202};

    @Test
    void edgesWhoseBoxesAreTheDistanceApartAreNotRelated() {
        assertFalse(pairsBetweenTheFacingEdges(70), "box gap 70 is not below 70");
        assertTrue(pairsBetweenTheFacingEdges(71), "box gap 70 is below 71");
    }

    private static boolean pairsBetweenTheFacingEdges(long d) {
        CheckOptions o = CheckOptions.of(d).withMetrics(Metrics.SQUARE).withAngleLimit(80);
        List<EdgePair> pairs = EdgePairChecks.space(EdgeChecksVsKLayoutTest.region(List.of(INNER, OUTER)), o);
        return pairs.stream().anyMatch(p -> touches(p, 632, 279, 646, 268) && touches(p, 630, 349, 613, 358));
    }

    private static boolean touches(EdgePair p, long x1, long y1, long x2, long y2) {
        Edge e = new Edge(x1, y1, x2, y2);
        for (Edge f : List.of(p.first(), p.second())) {
            if (e.equals(f) || e.swapped().equals(f)) {
                return true;
            }
        }
        return false;
    }
}
