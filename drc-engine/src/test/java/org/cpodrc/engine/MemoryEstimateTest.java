package org.cpodrc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.cpodrc.InputException;
import org.cpodrc.flatten.Flattener;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Trans;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
    private static final List<LayerKey> LAYERS = List.of(LayerKey.parse("1/0"), LayerKey.parse("2/0"));

    @Test
    void countsTheShapesAndVerticesTheFlattenerMakes() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            Layout layout = randomHierarchy(rnd);
            List<Cell> tops = List.of(layout.cell("C0"));
            long[] flat = new long[2];
            Flattener f = new Flattener(layout, Long.MAX_VALUE);
            for (LayerKey l : LAYERS) {
                f.forEachPolygon(tops, l, (xy, n) -> {
                    flat[0]++;
                    flat[1] += n;
                });
            }
            MemoryEstimate.Size size = MemoryEstimate.count(layout, tops);
            assertEquals(flat[0], size.shapes(), "seed " + seed);
            assertEquals(flat[1], size.vertices(), "seed " + seed);
            assertEquals(f.checkLimit(tops), size.shapes(), "seed " + seed);
        }
    }

    @Test
    void refusesWhatClearlyDoesNotFitWithAdvice() {
        // ten million boxes (4.0e7 vertices) ran in -Xmx8g at 4.1 GB peak with the packed layers
        // (BENCHMARKS.md, "Quiet run after stop 10"): they must not be refused there
        MemoryEstimate.Size tenMillion = new MemoryEstimate.Size(10_000_000, 40_000_000);
        assertTrue(MemoryEstimate.bytesFor(tenMillion) < 7L << 30, MemoryEstimate.bytesFor(tenMillion) + " bytes");
        // forty million boxes clearly do not fit 8 GB
        MemoryEstimate.Size fortyMillion = new MemoryEstimate.Size(40_000_000, 160_000_000);
        long need = MemoryEstimate.bytesFor(fortyMillion);
        assertTrue(need > 8L << 30 && need < 40L << 30, need + " bytes");
        InputException e = assertThrows(InputException.class, () -> MemoryEstimate.require(fortyMillion, 8L << 30, "b.gds"));
        assertTrue(e.getMessage().startsWith("b.gds: the top cells flatten into 40000000 shapes (160000000 vertices); "
                + "checking them needs about "), e.getMessage());
        assertTrue(e.getMessage().contains("of Java heap but the heap is 8.0 GB: raise -Xmx through JAVA_OPTS (e.g. "
                + "JAVA_OPTS=-Xmx" + ((need + (1L << 30) - 1) >> 30) + "g)"), e.getMessage());
        MemoryEstimate.require(fortyMillion, need, "b.gds"); // exactly enough passes
        // one million boxes fit the launcher's default heap with room to spare
        assertTrue(MemoryEstimate.bytesFor(new MemoryEstimate.Size(1_000_000, 4_000_000)) < 2L << 30);
        // a collector whose old generation may take two thirds of the heap needs the peak in those two thirds
        MemoryEstimate.Size m = new MemoryEstimate.Size(1_000, 100_000);
        long live = 1_000 * MemoryEstimate.BYTES_PER_SHAPE + 100_000 * MemoryEstimate.BYTES_PER_VERTEX;
        long base = MemoryEstimate.bytesFor(new MemoryEstimate.Size(0, 0), 1);
        assertEquals(base + live * 5 / 4, MemoryEstimate.bytesFor(m, 1), 1);
        assertEquals(base + live * 3 / 2, MemoryEstimate.bytesFor(m, 2 / 3.0), 1);
        assertTrue(MemoryEstimate.oldShare() > 0.5 && MemoryEstimate.oldShare() <= 1);
        // counts near overflow saturate instead of wrapping to a small need
        assertEquals(Long.MAX_VALUE, MemoryEstimate.bytesFor(new MemoryEstimate.Size(Long.MAX_VALUE / 3, 1)));
    }

    /** Cells C0 (top) .. C4, each with random boxes, polygons and straight flush paths, instancing later cells. */
    private static Layout randomHierarchy(Random rnd) {
        Layout layout = new Layout();
        int cells = 5;
        for (int c = 0; c < cells; c++) {
            Cell cell = layout.getOrCreateCell("C" + c);
            for (int s = rnd.nextInt(4); s > 0; s--) {
                LayerKey l = LAYERS.get(rnd.nextInt(LAYERS.size()));
                int x = rnd.nextInt(1000);
                int y = rnd.nextInt(1000);
                switch (rnd.nextInt(3)) {
                    case 0 -> cell.shapes(l).addBox(x, y, x + 1 + rnd.nextInt(50), y + 1 + rnd.nextInt(50));
                    case 1 -> {
                        int n = 3 + rnd.nextInt(6); // a star-free fan: a convex polygon of n vertices
                        int[] xy = new int[2 * n];
                        for (int i = 0; i < n; i++) {
                            double a = 2 * Math.PI * i / n;
                            xy[2 * i] = x + (int) Math.round(100 * Math.cos(a));
                            xy[2 * i + 1] = y + (int) Math.round(100 * Math.sin(a));
                        }
                        cell.shapes(l).addPolygon(xy, 0, n);
                    }
                    default -> cell.shapes(l).addPath(new int[] {x, y, x + 100, y, x + 100, y + 100}, 0, 3, 10, 0, 0, 0);
                }
            }
            for (int child = c + 1; child < cells; child++) {
                if (rnd.nextBoolean()) {
                    Trans t = Trans.displacement(rnd.nextInt(5000), rnd.nextInt(5000));
                    cell.addInstance(rnd.nextBoolean() ? Instance.single("C" + child, t)
                            : Instance.array("C" + child, t, 1 + rnd.nextInt(3), 1 + rnd.nextInt(3), 3000, 0, 0, 3000));
                }
            }
        }
        return layout;
    }
}
