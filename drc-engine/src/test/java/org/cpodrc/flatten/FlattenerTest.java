package org.cpodrc.flatten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckContext;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;
import org.junit.jupiter.api.Test;

/** Flattening on hand-built layouts whose answers follow from the definitions (KLayout's). */
class FlattenerTest {
    static final LayerKey L1 = new LayerKey(1, 0);

    static List<String> polygons(Flattener f, List<Cell> tops, LayerKey layer) {
        List<String> out = new ArrayList<>();
        f.forEachPolygon(tops, layer, (xy, n) -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? "" : ";").append(xy[2 * i]).append(',').append(xy[2 * i + 1]);
            }
            out.add(b.toString());
        });
        return out;
    }

    @Test
    void sref_with_rotation_mirror_and_magnification_rounds_only_at_the_end() {
        Layout ly = new Layout();
        Cell leaf = ly.getOrCreateCell("LEAF");
        leaf.shapes(L1).addBox(0, 0, 10, 5);
        Cell mid = ly.getOrCreateCell("MID");
        mid.addInstance(Instance.single("LEAF", new Trans(false, 90, 1, 0.5, 0)));
        Cell top = ly.getOrCreateCell("TOP");
        top.addInstance(Instance.single("MID", new Trans(true, 0, 2, 0.25, 0)));
        // point (10, 5): MID r90 + (0.5, 0) -> (-4.5, 10); TOP m0 *2 + (0.25, 0) -> (-8.75, -20)
        List<String> p = polygons(new Flattener(ly, 1000), List.of(top), L1);
        assertEquals(1, p.size());
        // box corners (0,0),(0,5),(10,5),(10,0) -> x = 2*(0.5 - y) + 0.25, y = -2*x
        assertEquals("1,0;-9,0;-9,-20;1,-20", p.get(0));
    }

    @Test
    void box_under_30_degrees_becomes_a_rotated_polygon() {
        Layout ly = new Layout();
        ly.getOrCreateCell("LEAF").shapes(L1).addBox(0, 0, 1000, 0 + 1000);
        Cell top = ly.getOrCreateCell("TOP");
        top.addInstance(Instance.single("LEAF", new Trans(false, 30, 1, 0, 0)));
        List<String> p = polygons(new Flattener(ly, 1000), List.of(top), L1);
        // (0,1000) -> (-500, 866.03); (1000,1000) -> (366.03, 1366.03); (1000,0) -> (866.03, 500)
        assertEquals("0,0;-500,866;366,1366;866,500", p.get(0));
    }

    @Test
    void aref_lattice_vectors_are_in_parent_coordinates_and_may_be_skewed() {
        Layout ly = new Layout();
        ly.getOrCreateCell("LEAF").shapes(L1).addBox(0, 0, 1, 1);
        Cell top = ly.getOrCreateCell("TOP");
        top.addInstance(Instance.array("LEAF", new Trans(false, 90, 1, 100, 0), 3, 2, 10, 1, -2, 20));
        List<String> p = polygons(new Flattener(ly, 1000), List.of(top), L1);
        assertEquals(6, p.size());
        // placement (i=2, j=1): displacement (100 + 20 - 2, 0 + 2 + 20) = (118, 22); r90 maps (0,0)
        assertTrue(p.contains("118,22;117,22;117,23;118,23"), p.toString());
    }

    @Test
    void texts_move_with_their_cell() {
        Layout ly = new Layout();
        LayerKey t = new LayerKey(5, 2);
        ly.getOrCreateCell("LEAF").addText(t, new Text("opt_in", 10, 0, 2, Trans.IDENTITY, 0, 0, 0, List.of()));
        Cell top = ly.getOrCreateCell("TOP");
        top.addInstance(Instance.single("LEAF", new Trans(false, 180, 1, 1000, 7)));
        List<CheckContext.Label> labels = new Flattener(ly, 1000).labels(List.of(top), t);
        assertEquals(List.of(new CheckContext.Label("opt_in", 990, 7, t)), labels);
    }

    @Test
    void paths_are_converted_in_their_cell_then_transformed() {
        Layout ly = new Layout();
        // width 5, PATHTYPE 2: half-width 2.5 rounds to 3 across the path, extension 5/2 = 2
        ly.getOrCreateCell("LEAF").shapes(L1).addPath(new int[] {0, 0, 100, 0}, 0, 2, 5, 2, 2, 2);
        Cell top = ly.getOrCreateCell("TOP");
        top.addInstance(Instance.single("LEAF", new Trans(false, 0, 2, 0, 0)));
        List<String> p = polygons(new Flattener(ly, 1000), List.of(top), L1);
        assertEquals("-4,6;204,6;204,-6;-4,-6", p.get(0));
    }

    @Test
    void too_many_shapes_are_refused_before_expanding_naming_the_cell() {
        Layout ly = new Layout();
        ly.getOrCreateCell("LEAF").shapes(L1).addBox(0, 0, 1, 1);
        ly.getOrCreateCell("BIG").addInstance(Instance.array("LEAF", Trans.IDENTITY, 60000, 60000, 2, 0, 0, 2));
        Cell top = ly.getOrCreateCell("TOP");
        top.addInstance(Instance.single("BIG", Trans.IDENTITY));
        InputException e = assertThrows(InputException.class,
                () -> new Flattener(ly, 1_000_000, "x.gds").forEachPolygon(List.of(top), L1, (xy, n) -> { }));
        assertEquals("x.gds: cell BIG flattens into 3600000000 shapes, more than --max-shapes 1000000", e.getMessage());
    }

    @Test
    void reference_cycles_are_an_input_error_not_a_hang() {
        Layout ly = new Layout();
        ly.getOrCreateCell("A").addInstance(Instance.single("B", Trans.IDENTITY));
        ly.getOrCreateCell("B").addInstance(Instance.single("A", Trans.IDENTITY));
        ly.getOrCreateCell("B").shapes(L1).addBox(0, 0, 1, 1);
        Cell a = ly.cell("A");
        InputException e = assertThrows(InputException.class,
                () -> new Flattener(ly, 1000, "c.gds").region(List.of(a), L1));
        assertTrue(e.getMessage().startsWith("c.gds: cell ") && e.getMessage().contains("recursive"), e.getMessage());
    }

    @Test
    void region_polygons_have_no_repeated_points() {
        Layout ly = new Layout();
        Cell top = ly.getOrCreateCell("TOP");
        // a round-ended path of width 1: its end caps collapse into repeated points
        top.shapes(L1).addPath(new int[] {0, 0, 100, 0}, 0, 2, 1, 1, 0, 0);
        var r = new Flattener(ly, 1000).region(List.of(top), L1);
        var coords = r.polygons().get(0).getExteriorRing().getCoordinates();
        for (int i = 1; i < coords.length; i++) {
            assertTrue(!coords[i].equals2D(coords[i - 1]), "repeated point " + coords[i]);
        }
        // as in KLayout, the half-width 0.5 rounds to 1 on either side: 100 x 2
        assertEquals(200.0, r.area(), 1e-9);
    }

    @Test
    void region_holds_one_jts_polygon_per_shape() {
        Layout ly = new Layout();
        Cell top = ly.getOrCreateCell("TOP");
        top.shapes(L1).addBox(0, 0, 10, 10);
        top.shapes(L1).addBox(5, 5, 15, 15);
        var r = new Flattener(ly, 1000).region(List.of(top), L1);
        assertEquals(2, r.size());
        assertEquals(175.0, r.area(), 1e-9);
    }
}
