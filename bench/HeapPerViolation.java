import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.LayoutLayerSource;
import org.cpodrc.engine.RunProgress;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.TopCells;
import org.cpodrc.engine.tile.TileSize;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layoutio.LayoutFiles;
import org.cpodrc.geom.Region;

/**
 * Live heap per flattened vertex and per violation (BENCHMARKS.md, "Memory per violation and per
 * vertex"), measured after full GCs:
 *   java -Xmx8g -cp cli/target/cpodrc.jar bench/HeapPerViolation.java LAYOUT.gds DECK.yaml LAYER
 * vertex: live heap of the flattened layer (the engine's input region) / its vertex count, and of
 * the merged layer / its vertex count (JTS points: closing points counted);
 * violation: live heap with the run result held minus without it / number of violations.
 */
public class HeapPerViolation {
    public static void main(String[] a) throws Exception {
        Path design = Path.of(a[0]);
        CheckRegistry registry = CheckRegistry.standard();
        Deck deck = new DeckLoader(registry).load(Path.of(a[1]).toString(), Map.of());
        Layout layout = LayoutFiles.read(design, Long.MAX_VALUE);
        List<Cell> tops = TopCells.choose(layout, null, design.toString());
        LayoutLayerSource source = new LayoutLayerSource(layout, tops, Long.MAX_VALUE);
        long u0 = live();
        long vertices = 0;
        Region flat = source.region(LayerKey.parse(a[2]));
        for (int i = 0; i < flat.size(); i++) {
            vertices += flat.numPoints(i);
        }
        long u1 = live();
        Region merged = flat.merged();
        long mergedVertices = 0;
        for (int i = 0; i < merged.size(); i++) {
            mergedVertices += merged.numPoints(i);
        }
        long u1m = live();
        java.lang.ref.Reference.reachabilityFence(merged); // else the JIT may free it before the heap is read
        System.out.printf("merged vertices %d, bytes per merged vertex %.1f%n", mergedVertices,
                (u1m - u1) / (double) mergedVertices);
        merged = null;
        flat = null;
        RunResult r = new DrcEngine(registry, 2, RunProgress.NONE, TileSize.OFF)
                .run(deck, source, new InputInfo(design.toString(), source.topCell(), layout.dbuUm()), Severity.ERROR);
        int n = r.violations().size();
        long u2 = live();
        java.lang.ref.Reference.reachabilityFence(r);
        r = null;
        long u3 = live();
        System.out.printf("flattened vertices %d, bytes per flattened vertex %.1f%n", vertices, (u1 - u0) / (double) vertices);
        System.out.printf("violations %d, bytes per violation %.1f (live heap with result %d MB, without %d MB)%n", n,
                (u2 - u3) / (double) n, u2 >> 20, u3 >> 20);
    }

    private static long live() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
