package org.cpodrc.geom.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cpodrc.testutil.KLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The minimal case reduced from siepic_MZI_KLayout.gds (layer 1/0, space 200 nm): two
 * waveguide pieces whose nearly collinear edges end about 109 units apart. The end corner of
 * one piece is closer than 200 to the end edge of the other, which gives an edge pair whose
 * first edge is a single point. Whether a neighbouring edge "shields" it depended on which of
 * the two edges was taken first: the rounded crossing points of the shielding test differ
 * between the two orientations. KLayout reports the pair; cpodrc now keeps a point pair when
 * either orientation is unshielded.
 */
class PointPairShieldingTest {
    private static final long[] END_A = {7142, 62706, 7170, 62804, 7197, 62902, 7225, 62999, 7299, 62975, 7271, 62878,
            7190, 62584};
    private static final long[] END_B = {6818, 62916, 6874, 63114, 7121, 63033, 7093, 62935, 7066, 62837};

    @Test
    void pointPairNextToACornerIsReportedWhateverTheInputOrder() {
        for (List<long[]> polys : List.of(List.of(END_A, END_B), List.of(END_B, END_A))) {
            List<EdgePair> pairs = EdgePairChecks.space(EdgeChecksVsKLayoutTest.region(polys), CheckOptions.of(200));
            long points = pairs.stream().filter(p -> p.first().isDegenerate() || p.second().isDegenerate()).count();
            assertEquals(1, points, "point pairs in " + pairs);
            EdgePair point = pairs.stream().filter(p -> p.first().isDegenerate() || p.second().isDegenerate())
                    .findFirst().orElseThrow();
            Edge corner = point.first().isDegenerate() ? point.first() : point.second();
            Edge near = point.first().isDegenerate() ? point.second() : point.first();
            // the corner of A's end and the part of B's end edge within 200 of it
            assertEquals(new Edge(7225, 62999, 7225, 62999), corner);
            assertTrue(point.distance() < 200, "distance " + point.distance());
            assertEquals(new Edge(7035, 63061, 7121, 63033), near);
        }
    }

    /**
     * Space in both input orders, and separation both ways round: separation has a first layer,
     * so its pairs have one orientation and the shielding test runs once, as in KLayout.
     */
    @Test
    void sameEdgePairsAsKLayout(@TempDir Path tmp) throws Exception {
        KLayout.assumeInstalled();
        List<EdgeChecksVsKLayoutTest.Case> cases = List.of(
                spaceCase("space", List.of(END_A, END_B), List.of()),
                spaceCase("space", List.of(END_B, END_A), List.of()),
                spaceCase("separation", List.of(END_A), List.of(END_B)),
                spaceCase("separation", List.of(END_B), List.of(END_A)));
        List<Object> results = EdgeChecksVsKLayoutTest.runKLayout(cases, tmp);
        for (int i = 0; i < cases.size(); i++) {
            EdgeChecksVsKLayoutTest.Case c = cases.get(i);
            TreeSet<String> want = new TreeSet<>();
            for (Object o : (List<?>) ((Map<?, ?>) results.get(i)).get("pairs")) {
                want.add(EdgeChecksVsKLayoutTest.key(c.check(), EdgeChecksVsKLayoutTest.toLongs((List<?>) o)));
            }
            TreeSet<String> got = new TreeSet<>();
            for (EdgePair ep : EdgeChecksVsKLayoutTest.ours(c)) {
                got.add(EdgeChecksVsKLayoutTest.key(c.check(), EdgeChecksVsKLayoutTest.flat(ep)));
            }
            assertTrue(want.size() >= 6, "case " + i + ": " + want);
            assertEquals(want, got, "case " + i);
        }
    }

    private static EdgeChecksVsKLayoutTest.Case spaceCase(String check, List<long[]> a, List<long[]> b) {
        return new EdgeChecksVsKLayoutTest.Case(check, a, b, 200, "euclidian", null, false, null, null);
    }
}
