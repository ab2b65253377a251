package org.cpodrc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.gds.GdsWriter;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.Rings;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.testing.KLayout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Booleans, sizing and selections polygon for polygon against KLayout's DRC engine run in batch
 * mode (flat): the output polygons of both tools, each as its sorted vertices (outline and holes),
 * must be the same lists per rule, except the known differences in {@link #KNOWN}, which must stay
 * within their distance of KLayout's polygons. Real curved photonic files of the corpus (SiEPIC
 * waveguides and device outlines, gdsfactory spiral, grating couplers and cladding), seeded random
 * all-angle layouts (tapers, pins with corners a fraction of a unit beyond slanted edges, slanted
 * straps over boxes) and keep_out and point contacts at the exact distances. One KLayout run per
 * file and layer pair (about 3 s of KLayout CPU time each, mostly its start).
 */
class GridBooleansVsKLayoutDrcTest {
    /** rule id, cpodrc rule body, KLayout DRC statement on layers a and b. */
    private static final String[][] RULES = {
        {"AND", "{check: forbidden, layer: a_and_b}", "(a & b)"},
        {"NOT", "{check: forbidden, layer: a_not_b}", "(a - b)"},
        {"B_NOT", "{check: forbidden, layer: b_not_a}", "(b - a)"},
        {"OR", "{check: forbidden, layer: a_or_b}", "(a | b)"},
        {"XOR", "{check: forbidden, layer: a_xor_b}", "(a ^ b)"},
        {"GROW", "{check: forbidden, layer: a_grow}", "a.sized(0.25.um).merged"},
        {"GROW_RAW", "{check: forbidden, layer: a_grow, input: unmerged}", "a.sized(0.25.um)"},
        {"SHRINK", "{check: forbidden, layer: a_shrink}", "a.sized(-0.1.um).merged"},
        {"B_GROW_AND", "{check: forbidden, layer: b_grow_and_a}", "(b.sized(0.3.um) & a)"},
        {"IN", "{check: forbidden, layer: a_in_b}", "a.inside(b)"},
        {"NOT_IN", "{check: forbidden, layer: a_not_in_b}", "a.not_inside(b)"},
        {"OUT", "{check: forbidden, layer: a_out_b}", "a.outside(b)"},
        {"NOT_OUT", "{check: forbidden, layer: a_not_out_b}", "a.not_outside(b)"},
        {"INT", "{check: forbidden, layer: a_int_b}", "a.interacting(b)"},
        {"NOT_INT", "{check: forbidden, layer: a_not_int_b}", "a.not_interacting(b)"},
        {"B_INT", "{check: forbidden, layer: b_int_a}", "b.interacting(a)"},
        {"COV", "{check: covered, layer: A, by: B}", "a.not_inside(b)"},
    };

    private static final String DERIVED = String.join("\n",
            "  a_and_b: A and B", "  a_not_b: A not B", "  b_not_a: B not A", "  a_or_b: A or B", "  a_xor_b: A xor B",
            "  a_grow: A sized 0.25um", "  a_shrink: A sized -0.1um", "  b_grow_and_a: B sized 0.3um and A",
            "  a_in_b: inside(A, B)", "  a_not_in_b: not_inside(A, B)", "  a_out_b: outside(A, B)",
            "  a_not_out_b: not_outside(A, B)", "  a_int_b: interacting(A, B)", "  a_not_int_b: not_interacting(A, B)",
            "  b_int_a: interacting(B, A)");

    @TempDir
    Path dir;

    /** Corpus file, layer a, layer b. */
    private static final String[][] FILES = {
        {"gplugins_spiral_inner_io_add_gra_f2760628.gds", "1/0", "2/6"},
        {"gplugins_loss_deembedding_ch14_23.gds", "2/6", "1/0"},
        {"siepic_EBeam_LukasChrostowski_MZI2_FaML.gds", "1/0", "68/0"},
    };

    @Test
    void samePolygonsAsKLayoutDrcOnCurvedCorpusFiles() throws Exception {
        KLayout.assumeInstalled();
        String shared = System.getProperty("cpodrc.shared");
        Assumptions.assumeTrue(shared != null && Files.isDirectory(Path.of(shared)), "corpus not found");
        List<String> failures = new ArrayList<>();
        for (String[] f : FILES) {
            compare(f[0], Path.of(shared, "corpus", f[0]), f[1], f[2], failures);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void samePolygonsAsKLayoutDrcOnRandomAllAngleLayouts() throws Exception {
        KLayout.assumeInstalled();
        Path gds = DrcParity.seededLayouts(dir, "random.gds", 4, 400_000, DrcScriptVsDeckTest::randomLayout);
        List<String> failures = new ArrayList<>();
        compare("random tapers and pins", gds, "1/0", "1/10", failures);
        compare("random straps and boxes", gds, "12/0", "11/0", failures);
        assertEquals(List.of(), failures);
    }

    /**
     * The minimal case of `or` on the random tapers and pins (KLayout 177 polygons where cpodrc had
     * 195): a pin whose corner misses a taper's slanted edge by 0.005 units. Where another pin crosses
     * that edge off the grid, KLayout's edge processor bends the edge through the rounded crossing and
     * then through every vertex within half a unit of it, the pin's corner included: pin and taper touch
     * there and are one polygon (joined in that point). Without the crossing pin the edge stays straight
     * and they are two.
     */
    @Test
    void pinCornerWithinHalfAUnitOfABentEdgeJoinsAsInKLayoutDrc() throws Exception {
        KLayout.assumeInstalled();
        Layout layout = new Layout();
        Cell top = layout.getOrCreateCell("TOP");
        for (int slot = 0; slot < 2; slot++) {
            int x0 = slot * 100_000;
            top.shapes(new LayerKey(1, 0)).addPolygon(new int[] {x0 + 32626, 10, x0 + 453, 289, x0 + 453, 871, x0 + 32626, 2968}, 0, 4);
            top.shapes(new LayerKey(1, 10)).addBox(x0 + 307, 880, x0 + 591, 1164); // corner (591, 880): 0.005 above the edge
            if (slot == 1) {
                top.shapes(new LayerKey(1, 10)).addBox(x0 + 22357, 2199, x0 + 22459, 2301); // crosses the edge
            }
        }
        Path gds = dir.resolve("pin.gds");
        GdsWriter.write(layout, gds);
        List<String> failures = new ArrayList<>();
        compare("pin corner near a bent edge", gds, "1/0", "1/10", failures);
        assertEquals(List.of(), failures);
        Map<String, List<String>> ours = DrcParity.cpodrc(dir, gds, "  A: 1/0\n  B: 1/10\n", DERIVED, RULES, FORM);
        assertEquals(3, ours.get("OR").size(), "slot 0: taper and pin apart; slot 1: one polygon");
    }

    /**
     * keep_out at the distance (1 µm) and touching: box A against a B shape touching its edge, its
     * corner, exactly 1 µm away straight and diagonally (a 3-4-5 triangle), 1 dbu nearer and farther,
     * a slanted edge exactly 1 µm from A's corner and shifted by 1 dbu either way, a slanted edge
     * through A's corner, an overlap. KLayout: the shapes of A touching B or with a separation edge
     * pair (no shielding) to it. And shapes touching in a single point (layer C), which KLayout's
     * merge joins into one polygon: two boxes at a corner, a chain of three, a box and a diamond.
     */
    @Test
    void keepOutAtTheDistanceAndPointContactsAsKLayoutDrc() throws Exception {
        KLayout.assumeInstalled();
        int[][] b = {
            {1000, 0, 2000, 0, 2000, 1000, 1000, 1000}, // edge contact
            {1000, 1000, 2000, 1000, 2000, 2000, 1000, 2000}, // corner contact
            {2000, 0, 3000, 0, 3000, 1000, 2000, 1000}, // exactly 1 um
            {1999, 0, 3000, 0, 3000, 1000, 1999, 1000}, // 1 dbu nearer
            {2001, 0, 3000, 0, 3000, 1000, 2001, 1000}, // 1 dbu farther
            {1600, 1800, 2600, 1800, 2600, 2800, 1600, 2800}, // corner to corner exactly 1 um (600, 800)
            {1600, 1799, 2600, 1799, 2600, 2800, 1600, 2800}, // 999.4
            {1600, 1801, 2600, 1801, 2600, 2800, 1600, 2800}, // 1000.6
            {4000, 0, 4000, 3000, 0, 3000}, // slanted edge 0.6x + 0.8y = 2400: exactly 1 um from (1000, 1000)
            {3999, 0, 3999, 3000, -1, 3000}, // 999.4
            {4001, 0, 4001, 3000, 1, 3000}, // 1000.6
            {2000, 0, 2000, 2000, 0, 2000}, // slanted edge through A's corner
            {500, 500, 1500, 500, 1500, 1500, 500, 1500}, // overlap
        };
        Layout layout = new Layout();
        Cell top = layout.getOrCreateCell("TOP");
        for (int i = 0; i < b.length; i++) {
            int x0 = i * 10_000 + 3_000, y0 = 3_000;
            top.shapes(new LayerKey(1, 0)).addBox(x0, y0, x0 + 1_000, y0 + 1_000);
            int[] q = b[i].clone();
            for (int k = 0; k < q.length; k++) {
                q[k] += k % 2 == 0 ? x0 : y0;
            }
            top.shapes(new LayerKey(2, 0)).addPolygon(q, 0, q.length / 2);
        }
        LayerKey c = new LayerKey(3, 0);
        top.shapes(c).addBox(0, 20_000, 1_000, 21_000);
        top.shapes(c).addBox(1_000, 21_000, 2_000, 22_000);
        for (int k = 0; k < 3; k++) {
            top.shapes(c).addBox(5_000 + 1_000 * k, 20_000 + 1_000 * (k % 2), 6_000 + 1_000 * k, 21_000 + 1_000 * (k % 2));
        }
        top.shapes(c).addBox(10_000, 20_000, 11_000, 21_000);
        top.shapes(c).addPolygon(new int[] {11_000, 21_000, 11_500, 21_500, 11_000, 22_000, 10_500, 21_500}, 0, 4);
        top.shapes(c).addBox(15_000, 20_000, 16_000, 21_000); // alone: a rectangle
        Path gds = dir.resolve("touching.gds");
        GdsWriter.write(layout, gds);

        String[][] rules = {
            {"KO", "{check: keep_out, layer: A, from: B, distance: 1}",
                "(a.interacting(b) | a.interacting(a.separation(b, 1.um, transparent).first_edges))"},
            {"NRECT", "{check: forbidden, layer: nonrect}", "c.non_rectangles"},
            {"RECT", "{check: forbidden, layer: rect}", "c.rectangles"},
            {"MERGED", "{check: forbidden, layer: c_merged}", "c.merged"},
        };
        // keep_out marks each offending pair by its overlap or shortest segment: compared by the pair's slot
        DrcParity.Form form = new DrcParity.Form() {
            @Override
            public String of(Violation v) {
                return v.rule().equals("KO") ? "slot " + v.x1() / 10_000 : DrcParity.POINTS.of(v);
            }

            @Override
            public String of(String category, String value) {
                return category.equals("KO") ? "slot " + Long.parseLong(DrcParity.BOXES.of(category, value).split(",")[0]) / 10_000
                        : DrcParity.POINTS.of(category, value);
            }
        };
        Map<String, List<String>> ours = DrcParity.cpodrc(dir, gds, "  A: 1/0\n  B: 2/0\n  C: 3/0\n",
                "  nonrect: non_rectangles(C)\n  rect: rectangles(C)\n  c_merged: merged(C)", rules, form);
        Map<String, List<String>> theirs = DrcParity.klayout(dir, gds, "a = input(1, 0)\nb = input(2, 0)\nc = input(3, 0)\n",
                rules, form);
        assertEquals(List.of("slot 0", "slot 1", "slot 11", "slot 12", "slot 3", "slot 6", "slot 9"), ours.get("KO"),
                "keep_out: touching and nearer than 1 um flagged, exactly 1 um and farther pass");
        assertEquals(3, ours.get("NRECT").size(), "shapes touching in a point are one marker each group");
        for (String[] r : rules) {
            assertEquals("", DrcParity.difference(theirs.getOrDefault(r[0], List.of()), ours.get(r[0])), r[0] + ": " + r[2]);
        }
    }

    /**
     * Shapes touching a hole's ring in a point are one polygon with the shape around the hole, as
     * KLayout's merge delivers them: a diamond touching the hole's edge, a corner of the hole, a chain
     * of two diamonds touching each other and both sides of the hole (which splits the hole in two),
     * a box and a sliver in a hole, and a hole touching the outside at a corner.
     */
    @Test
    void shapesTouchingAHoleAreOnePolygonAsKLayoutDrc() throws Exception {
        KLayout.assumeInstalled();
        Layout layout = new Layout();
        Cell top = layout.getOrCreateCell("TOP");
        LayerKey c = new LayerKey(3, 0);
        int[][] islands = {
            {1000, 1500, 1300, 1200, 1600, 1500, 1300, 1800}, // touches the hole's left edge
            {1000, 1000, 1400, 1100, 1500, 1500, 1100, 1400}, // touches the hole's corner
            {1000, 1500, 1250, 1250, 1500, 1500, 1250, 1750, 1500, 1500, 1750, 1250, 2000, 1500, 1750, 1750}, // two, across
            {2000, 2000, 1800, 1800, 1600, 1600, 1800, 1700}, // a sliver from the hole's corner to a box
        };
        for (int i = 0; i < islands.length; i++) {
            int x0 = i * 10_000;
            top.shapes(c).addBox(x0, 0, x0 + 3000, 1000);
            top.shapes(c).addBox(x0, 2000, x0 + 3000, 3000);
            top.shapes(c).addBox(x0, 1000, x0 + 1000, 2000);
            top.shapes(c).addBox(x0 + 2000, 1000, x0 + 3000, 2000);
            int[] q = islands[i].clone();
            for (int k = 0; k < q.length; k += 2) {
                q[k] += x0;
            }
            for (int k = 0; k < q.length; k += 8) {
                top.shapes(c).addPolygon(q, k / 2, 4);
            }
        }
        top.shapes(c).addBox(31_400, 1400, 31_600, 1600);
        // a hole touching the outside at its corner (41000, 2000)
        top.shapes(c).addBox(40_000, 0, 43_000, 1000);
        top.shapes(c).addBox(40_000, 1000, 41_000, 2000);
        top.shapes(c).addBox(42_000, 1000, 43_000, 2000);
        top.shapes(c).addBox(41_000, 2000, 43_000, 3000);
        Path gds = dir.resolve("holes.gds");
        GdsWriter.write(layout, gds);
        String[][] rules = {{"MERGED", "{check: forbidden, layer: c_merged}", "c.merged"}};
        Map<String, List<String>> ours = DrcParity.cpodrc(dir, gds, "  C: 3/0\n", "  c_merged: merged(C)", rules, DrcParity.POINTS);
        Map<String, List<String>> theirs = DrcParity.klayout(dir, gds, "c = input(3, 0)\n", rules, DrcParity.POINTS);
        assertEquals(5, ours.get("MERGED").size(), "one polygon per frame");
        assertEquals("", DrcParity.difference(theirs.getOrDefault("MERGED", List.of()), ours.get("MERGED")));
    }

    /**
     * Rules known to differ (docs/klayout-differences.md section 13) and how far their polygons may be
     * from KLayout's (Hausdorff distance of the markers' outlines, database units): sizing of curves
     * (vertices within 2 units); on the random layouts and / not / xor where an edge inside a layer's
     * merged area crosses a slanted edge (KLayout snaps the drawn polygons, cpodrc the merged ones).
     */
    private static final Map<String, Double> KNOWN = Map.of("GROW", 2.0, "GROW_RAW", 2.0, "SHRINK", 2.0, "B_GROW_AND", 2.0,
            "random AND", 5.0, "random NOT", 5.0, "random B_NOT", 5.0, "random XOR", 5.0);

    private void compare(String name, Path gds, String a, String b, List<String> failures) throws Exception {
        Map<String, List<String>> ours = DrcParity.cpodrc(dir, gds, "  A: " + a + "\n  B: " + b + "\n", DERIVED, RULES, FORM);
        Map<String, List<String>> theirs = DrcParity.klayout(dir, gds, "a = input(" + a.replace('/', ',') + ")\nb = input("
                + b.replace('/', ',') + ")\n", RULES, FORM);
        int total = 0;
        for (String[] r : RULES) {
            List<String> k = theirs.getOrDefault(r[0], List.of()), c = ours.getOrDefault(r[0], List.of());
            List<String> kp = points(k), cp = points(c);
            total += k.size();
            if (r[0].equals("GROW_RAW") && k.size() != c.size()) {   // KLayout's sized output: one polygon per input polygon
                failures.add(name + " " + r[0] + ": KLayout " + k.size() + ", cpodrc " + c.size() + " polygons");
            }
            String d = DrcParity.difference(kp, cp);
            if (d.isEmpty()) {
                continue;
            }
            double allowed = KNOWN.getOrDefault(r[0], name.startsWith("random") ? KNOWN.getOrDefault("random " + r[0], -1.0) : -1.0);
            double h = hausdorff(k, c);
            System.out.printf("%s %s: KLayout %d, cpodrc %d polygons, %d and %d differ, Hausdorff %.2f%n", name, r[0],
                    k.size(), c.size(), DrcParity.onlyIn(kp, cp).size(), DrcParity.onlyIn(cp, kp).size(), h);
            if (h > allowed) {
                failures.add(name + " " + r[0] + " (" + r[2] + "), Hausdorff " + h + ": " + d);
            }
        }
        assertTrue(total > 10, name + ": too few polygons to compare: " + total);
    }

    /** Markers as WKT with their vertex order (ours) or as KLayout wrote them, so both can be rebuilt. */
    private static final DrcParity.Form FORM = new DrcParity.Form() {
        @Override
        public String of(Violation v) {
            return v.marker().toText();
        }

        @Override
        public String of(String category, String value) {
            StringBuilder wkt = new StringBuilder("POLYGON (");
            String[] rings = value.substring(value.indexOf('(') + 1, value.lastIndexOf(')')).split("/");
            for (int i = 0; i < rings.length; i++) {
                String[] pts = rings[i].replace("(", "").replace(")", "").split(";");
                wkt.append(i == 0 ? "(" : ", (");
                for (String pt : pts) {
                    String[] xy = pt.split(",");
                    wkt.append(Math.round(Double.parseDouble(xy[0]) * 1000)).append(' ')
                            .append(Math.round(Double.parseDouble(xy[1]) * 1000)).append(", ");
                }
                String[] first = pts[0].split(",");
                wkt.append(Math.round(Double.parseDouble(first[0]) * 1000)).append(' ')
                        .append(Math.round(Double.parseDouble(first[1]) * 1000)).append(')');
            }
            return wkt.append(')').toString();
        }
    };

    private static Geometry geometry(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalStateException(wkt, e);
        }
    }

    /** Each marker as its sorted vertices (outline and holes, collinear points dropped): the exact comparison. */
    private static List<String> points(List<String> wkts) {
        List<String> out = new ArrayList<>();
        for (String w : wkts) {
            Polygon p = (Polygon) geometry(w);
            List<String> pts = new ArrayList<>();
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                var ring = r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r);
                for (long[] q : Rings.vertices(ring.getCoordinates(), r < 0)) {
                    pts.add(q[0] + "," + q[1]);
                }
            }
            pts.sort(null);
            out.add("polygon " + pts);
        }
        out.sort(null);
        return out;
    }

    /** Hausdorff distance between the outlines of both tools' markers (each side's markers as one geometry). */
    private static double hausdorff(List<String> klayout, List<String> ours) {
        Geometry k = boundary(klayout), c = boundary(ours);
        return Math.max(farthest(k, c), farthest(c, k));
    }

    /** The largest distance from a point of a's lines (vertices and quarter points of each segment) to b. */
    private static double farthest(Geometry a, Geometry b) {
        IndexedFacetDistance to = new IndexedFacetDistance(b);
        double max = 0;
        for (Object line : LinearComponentExtracter.getLines(a)) {
            Coordinate[] c = ((Geometry) line).getCoordinates();
            for (int k = 0; k + 1 < c.length; k++) {
                for (int q = 0; q < 4; q++) {
                    double t = q / 4.0;
                    var pt = Region.FACTORY.createPoint(new Coordinate(c[k].x + t * (c[k + 1].x - c[k].x),
                            c[k].y + t * (c[k + 1].y - c[k].y)));
                    max = Math.max(max, to.distance(pt));
                }
            }
        }
        return max;
    }

    private static Geometry boundary(List<String> wkts) {
        List<Geometry> lines = new ArrayList<>();
        for (String w : wkts) {
            lines.add(geometry(w).getBoundary());
        }
        return Region.FACTORY.buildGeometry(lines);
    }
}
