package org.cpodrc.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.flatten.Flattener;
import org.cpodrc.gds.GdsWriter;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;
import org.cpodrc.testutil.KLayout;
import org.cpodrc.testutil.MiniJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STACK-SPEC §2 against KLayout: hierarchical die layouts (a rotated, mirrored subcell, a path, a
 * polygon, texts) are placed by KLayout with {@code DCplxTrans(1, rotate + (flip ? 180 : 0), flip,
 * x, y)} and by a stack file; per die layer the shape and text counts, merged areas and boxes in
 * package coordinates must agree exactly, for all 8 rotation × flip combinations, and for a die
 * whose database unit is 5x the package's (mixed units).
 */
class PlacementVsKLayoutTest {
    @TempDir
    Path dir;

    private static final List<LayerKey> LAYERS = List.of(new LayerKey(0, 0), new LayerKey(5, 0), new LayerKey(6, 2),
            new LayerKey(7, 0));

    @Test
    void everyRotationAndFlipMatchesKLayout() throws Exception {
        KLayout.assumeInstalled();
        writeDie(dir.resolve("a.gds"), 0.001, "A_TOP");
        writeDie(dir.resolve("b.gds"), 0.005, "B_TOP");
        StringBuilder yaml = new StringBuilder("cpodrc-stack: 1\nname: orientations\ndies:\n");
        StringBuilder json = new StringBuilder("{\"dbu\": 0.001, \"dies\": [");
        int n = 0;
        for (int rotate : new int[] {0, 90, 180, 270}) {
            for (boolean flip : new boolean[] {false, true}) {
                for (String file : new String[] {"a.gds", "b.gds"}) {
                    String x = Integer.toString(1000 * n) + ".125";
                    String y = Integer.toString(-700 * n) + ".5";
                    yaml.append("  - {name: D").append(n).append(", file: ").append(file)
                            .append(", role: other, tier: ").append(n % 3).append(", at: [").append(x).append(", ")
                            .append(y).append("], flip: ").append(flip).append(", rotate: ").append(rotate)
                            .append(", layers: {OUTLINE: 0/0, M: 5/0, P: 6/2, T: 7/0}}\n");
                    json.append(n == 0 ? "" : ", ").append("{\"file\": \"").append(dir.resolve(file))
                            .append("\", \"flip\": ").append(flip ? "true" : "false").append(", \"rotate\": ")
                            .append(rotate).append(", \"x\": ").append(x).append(", \"y\": ").append(y)
                            .append(", \"layers\": [[0, 0], [5, 0], [6, 2], [7, 0]]}");
                    n++;
                }
            }
        }
        json.append("]}");
        Path stackFile = dir.resolve("stack.yaml");
        Files.writeString(stackFile, yaml);
        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> oracle = (List<List<Map<String, Object>>>) MiniJson.parse(
                KLayout.run("stack_placement.py", json.toString(), dir));
        StackInfo info = StackInfo.of(Stack.load(stackFile, Flattener.defaultMaxShapes()));
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<StackInfo.Layer> ours = info.dies().get(i).layers();
            for (int k = 0; k < LAYERS.size(); k++) {
                StackInfo.Layer l = ours.get(k);
                Map<String, Object> o = oracle.get(i).get(k);
                String what = l.name() + " (" + info.dies().get(i).die().placement() + ")";
                if (l.shapes() != ((Number) o.get("shapes")).longValue()) {
                    diffs.add(what + ": shapes " + l.shapes() + " != " + o.get("shapes"));
                }
                if (l.texts() != ((Number) o.get("texts")).longValue()) {
                    diffs.add(what + ": texts " + l.texts() + " != " + o.get("texts"));
                }
                double area = l.areaDbu2() * 1e-6;
                if (Math.abs(area - ((Number) o.get("area_um2")).doubleValue()) > 1e-6) {
                    diffs.add(what + ": area " + area + " != " + o.get("area_um2"));
                }
                Object bb = o.get("bbox_um");
                List<Long> mine = l.bboxDbu() == null ? null : List.of(l.bboxDbu()[0], l.bboxDbu()[1], l.bboxDbu()[2],
                        l.bboxDbu()[3]);
                List<Long> theirs = bb == null ? null : ((List<?>) bb).stream()
                        .map(v -> Math.round(((Number) v).doubleValue() * 1000)).toList();
                if (!java.util.Objects.equals(mine, theirs)) {
                    diffs.add(what + ": bbox " + mine + " != " + theirs);
                }
            }
        }
        assertEquals(List.of(), diffs, String.join("\n", diffs));
        assertEquals(16, n);
    }

    /** A die with hierarchy: shapes in the top, a subcell placed rotated and mirrored, a path, texts. */
    static void writeDie(Path file, double dbuUm, String topName) throws Exception {
        Layout ly = new Layout();
        ly.setUnits(dbuUm, dbuUm * 1e-6);
        Cell top = ly.getOrCreateCell(topName);
        Cell sub = ly.getOrCreateCell(topName + "_SUB");
        top.shapes(new LayerKey(0, 0)).addBox(0, 0, 40000, 30000);
        top.shapes(new LayerKey(5, 0)).addBox(1000, 2000, 3000, 2500);
        top.shapes(new LayerKey(6, 2)).addPolygon(new int[] {5000, 5000, 9000, 5000, 9000, 9000, 7000, 7000, 5000, 9000},
                0, 5);
        top.shapes(new LayerKey(6, 2)).addPath(new int[] {10000, 1000, 15000, 1000, 15000, 6000}, 0, 3, 400, 2, 0, 0);
        top.addText(new LayerKey(7, 0), new Text("VDD", 1200, 2200, 0, new Trans(false, 0, 1, 1200, 2200), 0, 0, 0,
                List.of()));
        sub.shapes(new LayerKey(5, 0)).addBox(0, 0, 1500, 700);
        sub.shapes(new LayerKey(5, 0)).addBox(1000, 0, 2500, 300); // overlaps: merged area counts it once
        sub.addText(new LayerKey(7, 0), new Text("GND", 100, 100, 0, new Trans(false, 0, 1, 100, 100), 0, 0, 0,
                List.of()));
        top.addInstance(Instance.single(sub.name(), new Trans(true, 90, 1, 20000, 15000)));
        top.addInstance(Instance.single(sub.name(), new Trans(false, 270, 1, 30000, 5000)));
        GdsWriter.write(ly, file);
    }
}
