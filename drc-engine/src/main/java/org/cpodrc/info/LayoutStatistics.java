package org.cpodrc.info;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.flatten.Flattener;
import org.cpodrc.geom.MergedArea;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;

/**
 * What {@code cpodrc info} reports about a layout, with the definitions of the corpus oracle
 * (KLayout): every top cell flattened, per layer/datatype the number of BOUNDARY, BOX and PATH
 * placements, the number of TEXT placements, the merged area (overlaps once, non-zero winding)
 * and the bounding box of the merged area. Layers with neither shapes nor texts are left out.
 */
public record LayoutStatistics(double dbuUm, List<String> topCells, int cells, List<LayerStatistics> layers) {

    /** Statistics of the given tops (normally {@link Layout#topCells()}). */
    public static LayoutStatistics of(Layout layout, List<Cell> tops, long maxShapes, String source) {
        Flattener f = new Flattener(layout, maxShapes, source);
        List<LayerStatistics> out = new ArrayList<>();
        for (LayerKey layer : f.layers(tops)) {
            MergedArea area = new MergedArea();
            long[] shapes = {0};
            f.forEachPolygon(tops, layer, (xy, n) -> {
                shapes[0]++;
                area.add(xy, n);
            });
            long[] texts = {0};
            f.forEachText(tops, layer, (t, x, y) -> texts[0]++);
            if (shapes[0] == 0 && texts[0] == 0) {
                continue;
            }
            MergedArea.Result r = area.compute();
            out.add(new LayerStatistics(layer, shapes[0], texts[0], r.area(), shapes[0] == 0 ? null : r.bbox()));
        }
        List<String> names = tops.stream().map(Cell::name).sorted().toList();
        return new LayoutStatistics(layout.dbuUm(), names, layout.cellCount(), List.copyOf(out));
    }
}
