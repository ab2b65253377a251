package org.cpodrc.flatten;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckContext;
import org.cpodrc.geom.PolygonStore;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Shapes;
import org.cpodrc.layout.Text;
import org.locationtech.jts.geom.Polygon;

/**
 * Flattens a layer of the given top cells into polygons in the top's database units, applying
 * every instance transformation as KLayout's recursive shape iterator does: transformations are
 * concatenated in double precision from the top down and only the final points are rounded (half
 * away from zero). BOX elements become polygons (so that non-orthogonal rotations work), PATHs are
 * converted in their own cell and then transformed (see {@link PathPolygon}).
 *
 * <p>Before anything is expanded, the number of flattened shapes under the tops is counted per
 * cell (cheap: one multiplication per instance), so a huge AREF is reported as an input error
 * instead of exhausting memory; reference cycles are reported the same way.
 */
public final class Flattener {
    /**
     * The least heap a flattened shape costs while checking: a triangle at engine.MemoryEstimate's
     * 65 bytes a vertex and 20 a shape (215), rounded down. Kept at that floor so that the check's
     * own estimate, which counts vertices, refuses a design too big for the heap before this
     * cruder count does (it was 600 when a vertex cost 190 bytes, 300 at 70 and 90).
     */
    private static final long HEAP_BYTES_PER_SHAPE = 200;

    /**
     * The default --max-shapes: as many shapes as the Java heap can hold while checking, at least
     * one million, so a design too large for the heap is refused up front with a clear message
     * instead of failing late with an out-of-memory error.
     */
    public static long defaultMaxShapes() {
        return Math.max(1_000_000L, Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_SHAPE);
    }

    private final Layout layout;
    private final long maxShapes;
    private final String source;
    // Concurrent maps (Cell has identity equality): the engine flattens several layers at once, one
    // per rule thread (LayoutLayerSource), and these caches are shared. Plain identity maps raced:
    // lost entries, and a resize under two writers can corrupt the table or make a lookup spin.
    // Every value is a pure function of the layout, so whichever thread stores it first wins.
    private final Map<Cell, Long> flatCounts = new ConcurrentHashMap<>();
    private final Map<Cell, Set<LayerKey>> subtreeLayers = new ConcurrentHashMap<>();
    private final Map<Cell, Map<LayerKey, LocalPolygons>> local = new ConcurrentHashMap<>();

    public Flattener(Layout layout, long maxShapes) {
        this(layout, maxShapes, null);
    }

    /** {@code source} (usually the file name) prefixes error messages. */
    public Flattener(Layout layout, long maxShapes, String source) {
        this.layout = layout;
        this.maxShapes = maxShapes;
        this.source = source;
    }

    /**
     * All shapes (BOUNDARY, BOX, PATH as polygon) of layer under the tops, not merged; packed as
     * they stream in (no JTS object per shape), equal point for point to {@link #toJts} of each.
     */
    public Region region(List<Cell> tops, LayerKey layer) {
        PolygonStore.Builder polys = new PolygonStore.Builder();
        forEachPolygon(tops, layer, polys::addPoints);
        return Region.of(polys.build());
    }

    /** All TEXT elements of layer under the tops, at their flattened positions. */
    public List<CheckContext.Label> labels(List<Cell> tops, LayerKey layer) {
        List<CheckContext.Label> out = new ArrayList<>();
        forEachText(tops, layer, (t, x, y) -> out.add(new CheckContext.Label(t.string(), x, y, layer)));
        return out;
    }

    /** Receives a flattened text: the element and its position in top coordinates. */
    @FunctionalInterface
    public interface TextSink {
        void text(Text text, long x, long y);
    }

    /** Streams every flattened polygon of layer under the tops (one per BOUNDARY, BOX or PATH placement). */
    public void forEachPolygon(List<Cell> tops, LayerKey layer, PolygonSink sink) {
        checkLimit(tops);
        Walker w = new Walker(layer, sink, null);
        for (Cell top : tops) {
            w.walk(top, KTrans.IDENTITY);
        }
    }

    /** Streams every flattened TEXT of layer (layer/texttype) under the tops. */
    public void forEachText(List<Cell> tops, LayerKey layer, TextSink sink) {
        checkLimit(tops);
        Walker w = new Walker(layer, null, sink);
        for (Cell top : tops) {
            w.walk(top, KTrans.IDENTITY);
        }
    }

    /** Layers (layer/datatype of shapes and layer/texttype of texts) used anywhere under the tops, sorted. */
    public Set<LayerKey> layers(List<Cell> tops) {
        checkLimit(tops);
        Set<LayerKey> all = new TreeSet<>();
        for (Cell top : tops) {
            all.addAll(layersUnder(top));
        }
        return all;
    }

    /** Number of shapes (all layers) the tops flatten into; raises an input error past the limit. */
    public long checkLimit(List<Cell> tops) {
        long total = 0;
        for (Cell top : tops) {
            total = saturatingAdd(total, flatCount(top));
        }
        if (total > maxShapes) {
            throw error("the top cells flatten into " + total + " shapes, more than --max-shapes " + maxShapes);
        }
        return total;
    }

    private long flatCount(Cell top) {
        for (Cell cell : bottomUp(top, flatCounts.keySet())) {
            long n = 0;
            for (Shapes s : cell.shapesByLayer().values()) {
                n += s.size();
            }
            for (Instance inst : cell.instances()) {
                Cell child = layout.cell(inst.cellName());
                if (child != null) {
                    n = saturatingAdd(n, saturatingMul(flatCounts.get(child), inst.placements()));
                }
            }
            if (n > maxShapes) {
                throw error("cell " + cell.name() + " flattens into " + n + " shapes, more than --max-shapes " + maxShapes);
            }
            flatCounts.put(cell, n);
        }
        return flatCounts.get(top);
    }

    private Set<LayerKey> layersUnder(Cell top) {
        Set<LayerKey> known = subtreeLayers.get(top);
        if (known != null) {
            return known;
        }
        for (Cell cell : bottomUp(top, subtreeLayers.keySet())) {
            Set<LayerKey> s = new HashSet<>(cell.shapesByLayer().keySet());
            s.addAll(cell.textsByLayer().keySet());
            for (Instance inst : cell.instances()) {
                Cell child = layout.cell(inst.cellName());
                if (child != null && inst.placements() > 0) {
                    s.addAll(subtreeLayers.get(child));
                }
            }
            subtreeLayers.put(cell, s);
        }
        return subtreeLayers.get(top);
    }

    /**
     * The cells under top not yet in {@code done}, children before parents. Iterative: hierarchies
     * thousands of levels deep must not overflow the Java stack (KLayout reads them).
     */
    private List<Cell> bottomUp(Cell top, Set<Cell> done) {
        List<Cell> order = new ArrayList<>();
        if (done.contains(top)) {
            return order;
        }
        Map<Cell, Boolean> onPath = new IdentityHashMap<>(); // true: on the current path, false: finished
        java.util.ArrayDeque<Cell> cells = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<int[]> next = new java.util.ArrayDeque<>();
        cells.push(top);
        next.push(new int[1]);
        onPath.put(top, true);
        while (!cells.isEmpty()) {
            Cell cell = cells.peek();
            int[] k = next.peek();
            if (k[0] >= cell.instances().size()) {
                cells.pop();
                next.pop();
                onPath.put(cell, false);
                order.add(cell);
                continue;
            }
            Cell child = layout.cell(cell.instances().get(k[0]++).cellName());
            if (child == null || done.contains(child)) {
                continue;
            }
            Boolean state = onPath.get(child);
            if (state == null) {
                onPath.put(child, true);
                cells.push(child);
                next.push(new int[1]);
            } else if (state) {
                throw error("cell " + child.name() + " contains itself (recursive reference)");
            }
        }
        return order;
    }

    private LocalPolygons localPolygons(Cell cell, LayerKey layer) {
        Map<LayerKey, LocalPolygons> m = local.computeIfAbsent(cell, c -> new ConcurrentHashMap<>());
        Shapes s = cell.shapesByLayer().get(layer);
        if (s == null || s.size() == 0) {
            return null;
        }
        return m.computeIfAbsent(layer, k -> new LocalPolygons(s));
    }

    /** An error in the design: a {@link DesignException} naming it when the source is known. */
    private InputException error(String what) {
        return source == null ? new InputException(what) : new DesignException(source + ": " + what);
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatingMul(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /**
     * A ring of n points (x0, y0, ...) as a JTS polygon, repeated consecutive points (KLayout
     * compresses them too; round path ends of narrow paths repeat them) and closing points dropped;
     * null when fewer than 3 points remain.
     */
    public static Polygon toJts(int[] xy, int n) {
        // the packed store's own clean-up of the points, so a shape packed while flattening and one
        // made here are the same polygon
        PolygonStore.Builder one = new PolygonStore.Builder();
        return one.addPoints(xy, n) ? one.build().polygon(0) : null;
    }

    /** One depth-first expansion of the hierarchy for one layer. */
    private final class Walker {
        private final LayerKey layer;
        private final PolygonSink polygons;
        private final TextSink texts;
        private int[] buf = new int[64];
        private int[] out = new int[64];
        private final int[] count = new int[1];

        Walker(LayerKey layer, PolygonSink polygons, TextSink texts) {
            this.layer = layer;
            this.polygons = polygons;
            this.texts = texts;
        }

        /** Depth-first over placements without recursion (hierarchies may be thousands deep). */
        void walk(Cell top, KTrans topTrans) {
            if (!layersUnder(top).contains(layer)) {
                return;
            }
            java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
            stack.push(enter(top, topTrans));
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.inst >= f.cell.instances().size()) {
                    stack.pop();
                    continue;
                }
                Instance inst = f.cell.instances().get(f.inst);
                Cell child = layout.cell(inst.cellName());
                if (child == null || !layersUnder(child).contains(layer)) {
                    f.inst++;
                    continue;
                }
                KTrans t;
                if (!inst.isArray()) {
                    t = f.trans.concat(KTrans.of(inst.trans()));
                    f.inst++;
                } else if (f.row >= inst.rows() || inst.columns() <= 0) {
                    f.inst++;
                    f.row = 0;
                    f.column = 0;
                    continue;
                } else {
                    // as KLayout: each array member is a placement of its own (lattice offsets are in
                    // the parent's coordinates), concatenated with the path above it
                    t = f.trans.concat(KTrans.of(inst.placement(f.column, f.row)));
                    if (++f.column >= inst.columns()) {
                        f.column = 0;
                        f.row++;
                    }
                }
                stack.push(enter(child, t));
            }
        }

        /** Emits the cell's own shapes and texts at t; returns the frame that walks its instances. */
        private Frame enter(Cell cell, KTrans t) {
            if (polygons != null) {
                emitPolygons(cell, t);
            }
            if (texts != null) {
                List<Text> ts = cell.textsByLayer().get(layer);
                if (ts != null) {
                    for (Text tx : ts) {
                        texts.text(tx, KTrans.round(t.x(tx.x(), tx.y())), KTrans.round(t.y(tx.x(), tx.y())));
                    }
                }
            }
            return new Frame(cell, t);
        }

        private void emitPolygons(Cell cell, KTrans t) {
            LocalPolygons lp = localPolygons(cell, layer);
            if (lp == null) {
                return;
            }
            boolean shiftOnly = t.isIdentityLinear();
            for (int s = 0; s < lp.size(); s++) {
                buf = lp.polygon(s, buf, count);
                int n = count[0];
                out = LocalPolygons.ensure(out, n);
                if (shiftOnly && t.dx == Math.rint(t.dx) && t.dy == Math.rint(t.dy)) {
                    long ox = (long) t.dx;
                    long oy = (long) t.dy;
                    for (int p = 0; p < n; p++) {
                        out[2 * p] = clamp(buf[2 * p] + ox, cell);
                        out[2 * p + 1] = clamp(buf[2 * p + 1] + oy, cell);
                    }
                } else {
                    for (int p = 0; p < n; p++) {
                        double x = buf[2 * p];
                        double y = buf[2 * p + 1];
                        out[2 * p] = clamp(KTrans.round(t.x(x, y)), cell);
                        out[2 * p + 1] = clamp(KTrans.round(t.y(x, y)), cell);
                    }
                }
                polygons.polygon(out, n);
            }
        }

        private int clamp(long v, Cell cell) {
            if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
                // placements (offsets, array steps, magnification) moved a shape off the grid KLayout
                // keeps too; the error names the cell whose shape it is
                throw error("a shape of cell " + cell.name() + " lands at coordinate " + v + " once placed, beyond the "
                        + "±2147483647 database units of the 32-bit database grid");
            }
            return (int) v;
        }
    }

    /** A cell placement being walked: the next instance, and within an array the next member. */
    private static final class Frame {
        final Cell cell;
        final KTrans trans;
        int inst;
        int row;
        int column;

        Frame(Cell cell, KTrans trans) {
            this.cell = cell;
            this.trans = trans;
        }
    }
}
