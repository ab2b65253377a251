package org.cpodrc.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckContext;
import org.cpodrc.flatten.Flattener;
import org.cpodrc.flatten.PolygonSink;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Placement;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * One die of a loaded stack: its layout (or its boxes), placement and layers, with every shape
 * delivered in package database units. Die layers are flattened from the die's top cell as a
 * plain layout would be, then each point is placed exactly ({@link Placement}); nothing rounds.
 */
public final class PlacedDie {
    private final StackFile.Die spec;
    private final Layout layout;
    private final List<Cell> tops;
    private final Flattener flattener;
    private final Placement placement;
    /** Layer name → box polygons in package units, for a die drawn in the stack file. */
    private final Map<String, List<long[]>> boxes;
    private volatile Envelope topBox;

    PlacedDie(StackFile.Die spec, Layout layout, List<Cell> tops, long maxShapes, Placement placement,
              Map<String, List<long[]>> boxes) {
        this.spec = spec;
        this.layout = layout;
        this.tops = tops;
        this.flattener = layout == null ? null : new Flattener(layout, maxShapes, String.valueOf(spec.file()));
        this.placement = placement;
        this.boxes = boxes;
    }

    public StackFile.Die spec() {
        return spec;
    }

    public String name() {
        return spec.dieName();
    }

    public Placement placement() {
        return placement;
    }

    public Layout layout() {
        return layout;
    }

    public List<Cell> tops() {
        return tops;
    }

    /** The top cell's name, or null for a die drawn in the stack file. */
    public String cell() {
        return tops == null ? null : String.join(",", tops.stream().map(Cell::name).toList());
    }

    /** The die's layer names in package-layer order: OUTLINE first, then its map (or shapes) in file order. */
    public List<String> layerNames() {
        List<String> out = new ArrayList<>();
        out.add(StackGrammar.OUTLINE);
        for (String n : layout == null ? boxes.keySet() : spec.layers().keySet()) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Whether OUTLINE is the top cell's bounding box (the map names no OUTLINE). */
    public boolean implicitOutline() {
        return layout == null ? !boxes.containsKey(StackGrammar.OUTLINE) : !spec.layers().containsKey(StackGrammar.OUTLINE);
    }

    /** Streams the layer's polygons in package units (x0, y0, x1, y1, ...; long). */
    public void forEachPolygon(String layer, java.util.function.BiConsumer<long[], Integer> sink) {
        forEachPolygon(layer, placement, sink);
    }

    /**
     * The layer's polygons in the die's own axes on the package grid (scaled only, not placed):
     * what the assembled package's die cell holds. A die drawn in the stack file is already in package coordinates.
     */
    public void forEachLocalPolygon(String layer, java.util.function.BiConsumer<long[], Integer> sink) {
        forEachPolygon(layer, new Placement(placement.scale(), false, 0, 0, 0), sink);
    }

    /** TEXT labels of the layer in the die's own axes on the package grid: (text, x, y). */
    public void forEachLocalText(String layer, TextSink sink) {
        LayerKey key = layout == null ? null : spec.layers().get(layer);
        if (key != null) {
            long k = placement.scale();
            flattener.forEachText(tops, key, (t, x, y) -> sink.text(t.string(), x * k, y * k));
        }
    }

    /** Receives a label: its string and position. */
    @FunctionalInterface
    public interface TextSink {
        void text(String text, long x, long y);
    }

    private void forEachPolygon(String layer, Placement placement, java.util.function.BiConsumer<long[], Integer> sink) {
        if (layout == null) {
            List<long[]> b = boxes.get(layer);
            if (b == null && layer.equals(StackGrammar.OUTLINE)) {
                Envelope e = boxExtent();
                if (!e.isNull()) {
                    sink.accept(box(e), 4);
                }
                return;
            }
            for (long[] xy : b == null ? List.<long[]>of() : b) {
                sink.accept(xy.clone(), 4);
            }
            return;
        }
        LayerKey key = spec.layers().get(layer);
        if (key == null) {
            if (layer.equals(StackGrammar.OUTLINE)) {
                Envelope e = topBox();
                if (!e.isNull()) {
                    sink.accept(placedBox(e, placement), 4);
                }
            }
            return;
        }
        PolygonSink place = (xy, n) -> {
            long[] out = new long[2 * n];
            for (int i = 0; i < n; i++) {
                long x = xy[2 * i];
                long y = xy[2 * i + 1];
                out[2 * i] = placement.x(x, y);
                out[2 * i + 1] = placement.y(x, y);
            }
            sink.accept(out, n);
        };
        flattener.forEachPolygon(tops, key, place);
    }

    /** The layer as a region in package units. */
    public Region region(String layer) {
        List<Polygon> polys = new ArrayList<>();
        forEachPolygon(layer, (xy, n) -> {
            Polygon p = polygon(xy, n);
            if (p != null) {
                polys.add(p);
            }
        });
        return Region.of(polys);
    }

    /** TEXT labels of the layer at their package positions, keyed by {@code packageKey}. */
    public List<CheckContext.Label> labels(String layer, LayerKey packageKey) {
        LayerKey key = layout == null ? null : spec.layers().get(layer);
        if (key == null) {
            return List.of();
        }
        List<CheckContext.Label> out = new ArrayList<>();
        flattener.forEachText(tops, key, (t, x, y) -> out.add(new CheckContext.Label(t.string(),
                placement.x(x, y), placement.y(x, y), packageKey)));
        return out;
    }

    /** Number of TEXT placements of the layer. */
    public long textCount(String layer) {
        LayerKey key = layout == null ? null : spec.layers().get(layer);
        if (key == null) {
            return 0;
        }
        long[] n = {0};
        flattener.forEachText(tops, key, (t, x, y) -> n[0]++);
        return n[0];
    }

    /** Bounding box of every shape under the die's top cell, in die units (null envelope when empty). */
    private Envelope topBox() {
        Envelope e = topBox;
        if (e == null) {
            e = new Envelope();
            for (LayerKey k : flattener.layers(tops)) {
                Envelope le = e;
                flattener.forEachPolygon(tops, k, (xy, n) -> {
                    for (int i = 0; i < n; i++) {
                        le.expandToInclude(xy[2 * i], xy[2 * i + 1]);
                    }
                });
            }
            topBox = e;
        }
        return e;
    }

    private Envelope boxExtent() {
        Envelope e = new Envelope();
        for (List<long[]> l : boxes.values()) {
            for (long[] b : l) {
                e.expandToInclude(b[0], b[1]);
                e.expandToInclude(b[4], b[5]);
            }
        }
        return e;
    }

    private static long[] placedBox(Envelope e, Placement placement) {
        long[] c = box(e);
        long[] out = new long[8];
        for (int i = 0; i < 4; i++) {
            out[2 * i] = placement.x(c[2 * i], c[2 * i + 1]);
            out[2 * i + 1] = placement.y(c[2 * i], c[2 * i + 1]);
        }
        return out;
    }

    /** Corners of a box counter-clockwise from the lower left. */
    static long[] box(Envelope e) {
        long x1 = (long) e.getMinX();
        long y1 = (long) e.getMinY();
        long x2 = (long) e.getMaxX();
        long y2 = (long) e.getMaxY();
        return new long[] {x1, y1, x2, y1, x2, y2, x1, y2};
    }

    /** Package coordinates must fit GDSII's 32 bits, as every layout cpodrc reads does. */
    private Polygon polygon(long[] xy, int n) {
        int[] ints = new int[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            if (xy[i] != (int) xy[i]) {
                throw new org.cpodrc.InputException(spec.name().where() + ": die '" + name()
                        + "' is placed beyond the 32-bit coordinates of the package grid");
            }
            ints[i] = (int) xy[i];
        }
        return Flattener.toJts(ints, n);
    }

    static Map<String, List<long[]>> noBoxes() {
        return new LinkedHashMap<>();
    }
}
