package org.cpodrc.engine;

import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.cpodrc.check.CheckContext;
import org.cpodrc.flatten.Flattener;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.locationtech.jts.geom.Envelope;

/**
 * Design layers of a GDS layout, flattened from the chosen top cell(s) on first use and kept, so
 * two deck names for the same layer/datatype flatten it once.
 */
public final class LayoutLayerSource implements LayerSource {
    private final Layout layout;
    private final List<Cell> tops;
    private final Flattener flattener;
    private final String topName;
    private final ConcurrentHashMap<LayerKey, Region> regions = new ConcurrentHashMap<>();
    private volatile Envelope extent;

    public LayoutLayerSource(Layout layout, List<Cell> tops, long maxShapes) {
        this(layout, tops, maxShapes, null);
    }

    /** {@code source} (the design file) names the design in flattening errors. */
    public LayoutLayerSource(Layout layout, List<Cell> tops, long maxShapes, String source) {
        this.layout = layout;
        this.tops = List.copyOf(tops);
        this.flattener = new Flattener(layout, maxShapes, source);
        this.topName = String.join(",", tops.stream().map(Cell::name).toList());
    }

    @Override
    public Region region(LayerKey layer) {
        return regions.computeIfAbsent(layer, k -> flattener.region(tops, k));
    }

    /** Merged from the kept flattened layer, or from a fresh flattening that is not kept (only the merged one is). */
    @Override
    public Region merged(LayerKey layer) {
        Region kept = regions.get(layer);
        return (kept != null ? kept : flattener.region(tops, layer)).merged();
    }

    @Override
    public List<CheckContext.Label> labels(LayerKey layer) {
        return flattener.labels(tops, layer);
    }

    @Override
    public double dbuUm() {
        return layout.dbuUm();
    }

    @Override
    public String topCell() {
        return topName;
    }

    /** Flattens every layer the layout uses (only when a check needs the extent, e.g. density). */
    @Override
    public Envelope extent() {
        Envelope e = extent;
        if (e == null) {
            TreeSet<LayerKey> keys = new TreeSet<>();
            for (Cell c : layout.cells()) {
                keys.addAll(c.shapesByLayer().keySet());
            }
            e = new Envelope();
            for (LayerKey k : keys) {
                e.expandToInclude(region(k).bbox());
            }
            extent = e;
        }
        return new Envelope(e);
    }
}
