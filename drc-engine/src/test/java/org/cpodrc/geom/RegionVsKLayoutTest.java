package org.cpodrc.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cpodrc.testutil.KLayout;
import org.cpodrc.testutil.Polys;
import org.cpodrc.testutil.RandomLayouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Differential test of merge (non-zero winding, slivers kept) and sizing (KLayout's default
 * corner mode) against KLayout on seeded random layouts, including self-intersecting polygons.
 */
class RegionVsKLayoutTest {

    @Test
    void mergedAndSizedMatchKLayout(@TempDir Path tmp) throws Exception {
        KLayout.assumeInstalled();
        List<List<long[]>> layers = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Long> ds = new ArrayList<>();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 160; i++) {
            RandomLayouts r = new RandomLayouts(5000 + i, 1000);
            List<long[]> layer = r.layer(r.between(1, 5));
            String kind = i % 4 == 0 ? "merged" : "sized";
            long d = i % 4 == 1 ? -r.between(1, 40) : r.between(1, 150);
            layers.add(layer);
            kinds.add(kind);
            ds.add(d);
            json.append(i == 0 ? "" : ",\n").append("{\"check\":\"").append(kind).append("\",\"d\":").append(d)
                    .append(",\"a\":").append(polys(layer)).append(",\"b\":[]}");
        }
        json.append("]");
        @SuppressWarnings("unchecked")
        List<Object> out = (List<Object>) new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
                .loadFromString(KLayout.run("edge_checks.py", json.toString(), tmp));
        List<String> failures = new ArrayList<>();
        int differentSized = 0;
        int spikes = 0; // cases with polygons touching in a point
        for (int i = 0; i < layers.size(); i++) {
            Region a = Polys.region(layers.get(i));
            Region ours = kinds.get(i).equals("merged") ? a.merged() : a.sized(ds.get(i)).merged();
            Geometry theirs = geometry((List<?>) out.get(i));
            double diff = ours.geometry().symDifference(theirs).getArea();
            if (diff > 0) {
                double hausdorff = DiscreteHausdorffDistance.distance(ours.geometry(), theirs, 0.05);
                if (kinds.get(i).equals("sized") && hausdorff <= 1.5) {
                    // corner points of slanted edges rounded one grid step apart (docs/klayout-differences.md)
                    differentSized++;
                } else if (kinds.get(i).equals("sized") && touchesAtPoint(a)) {
                    // KLayout sizes polygons that touch in a point as one contour (docs/klayout-differences.md)
                    spikes++;
                } else {
                    failures.add("case " + i + " " + kinds.get(i) + " d=" + ds.get(i) + " xor area " + diff + " "
                            + polys(layers.get(i)));
                }
            }
        }
        System.out.println("Region differential: " + layers.size() + " cases, " + differentSized
                + " sized within one grid step, " + spikes + " with polygons touching in a point, " + failures.size() + " differ");
        assertEquals(List.of(), failures);
        assertTrue(spikes <= 3, "point-touch cases: " + spikes);
        assertTrue(differentSized <= layers.size() / 10, "sized differs by a grid step in " + differentSized + " cases");
    }

    /** Whether merged polygons share a vertex (touch in a point, as the two lobes of a bow-tie). */
    private static boolean touchesAtPoint(Region r) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Polygon p : r.merged().polygons()) {
            List<List<long[]>> rings = new ArrayList<>();
            rings.add(Rings.vertices(p.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(Rings.vertices(p.getInteriorRingN(h).getCoordinates(), false));
            }
            for (List<long[]> ring : rings) {
                for (long[] v : ring) {
                    if (!seen.add(v[0] + "," + v[1])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** KLayout's polygons: a list of polygons, each a list of rings (hull first, then holes). */
    static Geometry geometry(List<?> polygons) {
        List<Polygon> ps = new ArrayList<>();
        for (Object p : polygons) {
            List<?> rings = (List<?>) p;
            LinearRing shell = ring((List<?>) rings.get(0));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int h = 1; h < rings.size(); h++) {
                holes[h - 1] = ring((List<?>) rings.get(h));
            }
            ps.add(Region.FACTORY.createPolygon(shell, holes));
        }
        return Region.FACTORY.buildGeometry(ps).union();
    }

    private static LinearRing ring(List<?> xy) {
        Coordinate[] cs = new Coordinate[xy.size() / 2 + 1];
        for (int i = 0; i < xy.size() / 2; i++) {
            cs[i] = new Coordinate(((Number) xy.get(2 * i)).doubleValue(), ((Number) xy.get(2 * i + 1)).doubleValue());
        }
        cs[cs.length - 1] = cs[0].copy();
        return Region.FACTORY.createLinearRing(cs);
    }

    static String polys(List<long[]> ps) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ps.size(); i++) {
            sb.append(i == 0 ? "[" : ",[");
            long[] p = ps.get(i);
            for (int j = 0; j < p.length; j++) {
                sb.append(j == 0 ? "" : ",").append(p[j]);
            }
            sb.append("]");
        }
        return sb.append("]").toString();
    }
}
