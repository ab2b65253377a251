package org.cpodrc.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.cpodrc.check.CheckContext;
import org.cpodrc.engine.LayerSource;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/** A design held as polygons per layer, for engine and check tests; counts how often each layer is read. */
public final class MemoryLayerSource implements LayerSource {
    private final Map<LayerKey, List<Polygon>> shapes = new HashMap<>();
    private final Map<LayerKey, List<CheckContext.Label>> labels = new HashMap<>();
    private final Map<LayerKey, AtomicInteger> reads = new ConcurrentHashMap<>();
    private final Map<LayerKey, AtomicInteger> mergedReads = new ConcurrentHashMap<>();
    private final double dbuUm;
    private final String top;

    public MemoryLayerSource(double dbuUm, String top) {
        this.dbuUm = dbuUm;
        this.top = top;
    }

    public MemoryLayerSource add(String layer, Polygon... ps) {
        shapes.computeIfAbsent(LayerKey.parse(layer), k -> new ArrayList<>()).addAll(List.of(ps));
        return this;
    }

    public MemoryLayerSource add(String layer, List<Polygon> ps) {
        shapes.computeIfAbsent(LayerKey.parse(layer), k -> new ArrayList<>()).addAll(ps);
        return this;
    }

    public MemoryLayerSource label(String layer, String text, long x, long y) {
        LayerKey k = LayerKey.parse(layer);
        labels.computeIfAbsent(k, kk -> new ArrayList<>()).add(new CheckContext.Label(text, x, y, k));
        return this;
    }

    public int reads(String layer) {
        AtomicInteger n = reads.get(LayerKey.parse(layer));
        return n == null ? 0 : n.get();
    }

    /** How often the layer was read through {@link #merged} (also counted in {@link #reads}). */
    public int mergedReads(String layer) {
        AtomicInteger n = mergedReads.get(LayerKey.parse(layer));
        return n == null ? 0 : n.get();
    }

    @Override
    public Region merged(LayerKey layer) {
        mergedReads.computeIfAbsent(layer, k -> new AtomicInteger()).incrementAndGet();
        return region(layer).merged();
    }

    @Override
    public Region region(LayerKey layer) {
        reads.computeIfAbsent(layer, k -> new AtomicInteger()).incrementAndGet();
        return Region.of(shapes.getOrDefault(layer, List.of()));
    }

    @Override
    public List<CheckContext.Label> labels(LayerKey layer) {
        return labels.getOrDefault(layer, List.of());
    }

    @Override
    public double dbuUm() {
        return dbuUm;
    }

    @Override
    public String topCell() {
        return top;
    }

    @Override
    public Envelope extent() {
        Envelope e = new Envelope();
        for (List<Polygon> ps : shapes.values()) {
            for (Polygon p : ps) {
                e.expandToInclude(p.getEnvelopeInternal());
            }
        }
        return e;
    }
}
