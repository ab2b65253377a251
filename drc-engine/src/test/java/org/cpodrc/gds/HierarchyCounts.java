package org.cpodrc.gds;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;

/**
 * Per-layer shape and text counts of a layout as if flattened from its top cells: each cell's own
 * elements plus its children's counts times their placements. Enough to compare counts with
 * KLayout without a flattener.
 */
final class HierarchyCounts {
    record Count(long shapes, long texts) {
        Count plus(Count o, long times) {
            return new Count(shapes + times * o.shapes, texts + times * o.texts);
        }
    }

    private final Layout layout;
    private final Map<String, Map<LayerKey, Count>> memo = new HashMap<>();

    HierarchyCounts(Layout layout) {
        this.layout = layout;
    }

    Map<LayerKey, Count> total() {
        Map<LayerKey, Count> total = new TreeMap<>();
        for (Cell top : layout.topCells()) {
            add(total, of(top), 1);
        }
        return total;
    }

    private Map<LayerKey, Count> of(Cell c) {
        Map<LayerKey, Count> m = memo.get(c.name());
        if (m != null) {
            return m;
        }
        m = new TreeMap<>();
        for (var e : c.shapesByLayer().entrySet()) {
            m.merge(e.getKey(), new Count(e.getValue().size(), 0), (a, b) -> a.plus(b, 1));
        }
        for (var e : c.textsByLayer().entrySet()) {
            m.merge(e.getKey(), new Count(0, e.getValue().size()), (a, b) -> a.plus(b, 1));
        }
        for (Instance i : c.instances()) {
            add(m, of(layout.cell(i.cellName())), i.placements());
        }
        memo.put(c.name(), m);
        return m;
    }

    private static void add(Map<LayerKey, Count> into, Map<LayerKey, Count> from, long times) {
        for (var e : from.entrySet()) {
            into.merge(e.getKey(), new Count(0, 0).plus(e.getValue(), times), (a, b) -> a.plus(b, 1));
        }
    }
}
