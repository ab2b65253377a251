package org.cpodrc.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.ShapeKind;
import org.cpodrc.layout.Shapes;

/**
 * What a check run needs of the Java heap, estimated from the flattened shapes and vertices
 * before any geometry is built, so a design too big for the heap is refused with advice instead
 * of dying late with an {@link OutOfMemoryError}.
 *
 * <p>Derived from the peak live heap of whole runs (BENCHMARKS.md, "Collector and heap sizing",
 * "Packed polygon store" and "Edges built per tile"): class histograms every 2 s during
 * {@code bench/width_space.yaml} on one million random boxes (4 million vertices, 203 MB live at
 * the peak) and {@code bench/curved.yaml} on the curved case (14,700 polygons, 1.26 million
 * vertices, 74 MB). The curved case costs the most per vertex (about 58 bytes, with about 20 a
 * shape); rounded up for the histograms' sampling (a sample every few seconds can miss the top)
 * that is {@link #BYTES_PER_VERTEX} a vertex and {@link #BYTES_PER_SHAPE} a shape besides, which
 * prices the boxes about a third above their peak. At the peak a run holds the layout read from
 * the file, the merged layers packed (about 8.5 bytes a vertex, {@code geom.PolygonStore}), per
 * polygon of a tiled layer a box and two ints ({@code geom.edges.WindowedEdges}), a tile's edges
 * per thread, and the violations (about 150 bytes each); a layer asked for only merged is not
 * kept unmerged. The heap must hold that and give the collector room to work: a quarter more
 * ({@link #HEADROOM_PERCENT}), or more where the collector keeps a fixed young generation that
 * long-lived data cannot use (the serial and parallel collectors keep a third of the heap for it
 * by default, 32 MB under the launcher's -Xmn32m, so the old generation alone must hold the
 * peak). Threads do not enter: a second thread adds about one tile's working set. Before the
 * packed store a vertex cost 190 bytes and a shape 100 (JTS polygons); with the packed store and
 * whole-layer edge sets 70 and 90: ten million boxes were priced at 4.7 GB, now at about 2.9 GB
 * (they peak at 2.0 GB resident, BENCHMARKS.md).
 */
public final class MemoryEstimate {
    /** Live heap one flattened vertex costs at a run's peak (see the class comment). */
    public static final long BYTES_PER_VERTEX = 65;
    /** Live heap one flattened shape costs at a run's peak besides its vertices. */
    public static final long BYTES_PER_SHAPE = 20;
    /**
     * Live heap a flattened vertex costs when the layers are only flattened and merged, not
     * checked ({@code cpodrc info}): the peak live heap after collections of {@code info} on one
     * million boxes (4 million vertices, 220 MB) and on 1,600 placements of an 8,190-vertex polygon
     * (13 million vertices, 234 MB) solve to about 16 bytes a vertex and 130 a shape (the layout
     * read from the file included), rounded up.
     */
    public static final long STATISTICS_BYTES_PER_VERTEX = 24;
    /** Live heap a flattened shape costs besides its vertices when the layers are only flattened and merged. */
    public static final long STATISTICS_BYTES_PER_SHAPE = 160;
    /** The collector's room to work, in percent of the live heap. */
    static final long HEADROOM_PERCENT = 25;
    /** Heap the program itself needs besides the shapes. */
    private static final long BASE_BYTES = 64L << 20;

    private MemoryEstimate() {
    }

    /** Number of shapes and of their vertices the top cells flatten into, all layers. */
    public record Size(long shapes, long vertices) {
    }

    /**
     * Counts what the tops flatten into without flattening: each cell's own shapes and vertices
     * plus its children's times their placements, children first (iteratively, hierarchies may be
     * thousands of levels deep). A box counts 4 vertices, a path twice its spine's points (its
     * outline; round ends add a few more). Cells reached again through a cycle count nothing; the
     * flattener reports the cycle.
     */
    public static Size count(Layout layout, List<Cell> tops) {
        Map<Cell, long[]> done = new IdentityHashMap<>();
        long shapes = 0;
        long vertices = 0;
        for (Cell top : tops) {
            long[] c = count(layout, top, done);
            shapes = saturatingAdd(shapes, c[0]);
            vertices = saturatingAdd(vertices, c[1]);
        }
        return new Size(shapes, vertices);
    }

    private static long[] count(Layout layout, Cell top, Map<Cell, long[]> done) {
        ArrayDeque<Cell> path = new ArrayDeque<>();
        ArrayDeque<int[]> next = new ArrayDeque<>();
        if (!done.containsKey(top)) {
            path.push(top);
            next.push(new int[1]);
            done.put(top, null); // on the path
        }
        while (!path.isEmpty()) {
            Cell cell = path.peek();
            int[] k = next.peek();
            if (k[0] < cell.instances().size()) {
                Cell child = layout.cell(cell.instances().get(k[0]++).cellName());
                if (child != null && !done.containsKey(child)) {
                    path.push(child);
                    next.push(new int[1]);
                    done.put(child, null);
                }
                continue;
            }
            path.pop();
            next.pop();
            done.put(cell, own(layout, cell, done));
        }
        return done.get(top);
    }

    private static long[] own(Layout layout, Cell cell, Map<Cell, long[]> done) {
        long shapes = 0;
        long vertices = 0;
        for (Shapes s : cell.shapesByLayer().values()) {
            shapes += s.size();
            for (int i = 0; i < s.size(); i++) {
                ShapeKind kind = s.kind(i);
                vertices += kind == ShapeKind.BOX ? 4 : kind == ShapeKind.PATH ? 2L * s.pointCount(i) : s.pointCount(i);
            }
        }
        for (Instance inst : cell.instances()) {
            Cell child = layout.cell(inst.cellName());
            long[] c = child == null ? null : done.get(child); // null also while on the path: a cycle
            if (c != null) {
                shapes = saturatingAdd(shapes, saturatingMul(c[0], inst.placements()));
                vertices = saturatingAdd(vertices, saturatingMul(c[1], inst.placements()));
            }
        }
        return new long[] {shapes, vertices};
    }

    /** Bytes of heap (-Xmx) a run over that many flattened shapes and vertices needs under this JVM's collector, about. */
    public static long bytesFor(Size size) {
        return bytesFor(size, oldShare());
    }

    /**
     * Bytes of heap a run needs when the old generation can grow to {@code oldShare} of the heap
     * (1 for G1, whose young generation shrinks to make room).
     */
    static long bytesFor(Size size, double oldShare) {
        return bytesFor(size, oldShare, BYTES_PER_SHAPE, BYTES_PER_VERTEX);
    }

    private static long bytesFor(Size size, double oldShare, long perShape, long perVertex) {
        double live = (double) size.shapes() * perShape + (double) size.vertices() * perVertex;
        double need = BASE_BYTES + live * Math.max(1 + HEADROOM_PERCENT / 100.0, 1 / oldShare);
        return need >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) need;
    }

    /**
     * The share of the heap the old generation may grow to, from the heap's memory pools: the
     * pool named old or tenured against all pools with a maximum; 1 when none says (G1's young
     * pools have no maximum).
     */
    static double oldShare() {
        long old = -1;
        long all = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = p.getType() == MemoryType.HEAP ? p.getUsage().getMax() : -1;
            if (max > 0) {
                all += max;
                String name = p.getName().toLowerCase(Locale.ROOT);
                if (name.contains("old") || name.contains("tenured")) {
                    old = max;
                }
            }
        }
        return old > 0 && all > 0 ? Math.min(1, (double) old / all) : 1;
    }

    /**
     * Refuses the run when it needs more than {@code maxHeap} bytes.
     *
     * @param design names the design in the message
     */
    public static void require(Size size, long maxHeap, String design) {
        require(bytesFor(size), size, maxHeap, design, "checking them");
    }

    /**
     * Refuses per-layer statistics ({@code cpodrc info}: flattened and merged layers, no check)
     * when they need more than {@code maxHeap} bytes: the shape count alone ({@code --max-shapes})
     * lets a small file of many-vertex polygons placed many times through.
     */
    public static void requireForStatistics(Size size, long maxHeap, String design) {
        require(bytesFor(size, oldShare(), STATISTICS_BYTES_PER_SHAPE, STATISTICS_BYTES_PER_VERTEX), size, maxHeap,
                design, "flattening and merging them");
    }

    private static void require(long need, Size size, long maxHeap, String design, String doing) {
        if (need <= maxHeap) {
            return;
        }
        long suggestGb = Math.max(1, (need + (1L << 30) - 1) >> 30);
        throw new InputException(design + ": the top cells flatten into " + size.shapes() + " shapes ("
                + size.vertices() + " vertices); " + doing + " needs about " + gb(need) + " of Java heap but the heap is "
                + gb(maxHeap) + ": raise -Xmx through JAVA_OPTS (e.g. JAVA_OPTS=-Xmx" + suggestGb + "g), check one cell "
                + "with --top, or give --max-shapes N to try anyway");
    }

    /** "2.0 GB", "0.3 GB". */
    static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    private static long saturatingMul(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
