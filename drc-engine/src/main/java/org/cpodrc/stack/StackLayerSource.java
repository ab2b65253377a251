package org.cpodrc.stack;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cpodrc.check.Assembly;
import org.cpodrc.check.CheckContext;
import org.cpodrc.engine.LayerSource;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;
import org.locationtech.jts.geom.Envelope;

/**
 * The engine's view of a stack: package layers ({@link Stack#layerKeys()}) served as regions in
 * package database units, each die flattened and placed on first use and kept; {@link Stack#UNBOUND}
 * (deck layers the stack does not map) is empty. Every existing check and derived layer thus works
 * across dies unchanged.
 */
public final class StackLayerSource implements LayerSource {
    private final Stack stack;
    private final ConcurrentHashMap<LayerKey, Region> regions = new ConcurrentHashMap<>();
    private volatile Envelope extent;

    StackLayerSource(Stack stack) {
        this.stack = stack;
    }

    @Override
    public Region region(LayerKey layer) {
        return regions.computeIfAbsent(layer, k -> {
            PlacedDie d = stack.dieOf(k);
            return d == null ? Region.empty() : d.region(stack.layerNameOf(k));
        });
    }

    @Override
    public List<CheckContext.Label> labels(LayerKey layer) {
        PlacedDie d = stack.dieOf(layer);
        return d == null ? List.of() : d.labels(stack.layerNameOf(layer), layer);
    }

    @Override
    public double dbuUm() {
        return stack.dbuUm();
    }

    @Override
    public String topCell() {
        return stack.name();
    }

    @Override
    public Optional<Assembly> assembly() {
        return Optional.of(stack.assembly());
    }

    /** Bounding box of every die layer in package units. */
    @Override
    public Envelope extent() {
        Envelope e = extent;
        if (e == null) {
            e = new Envelope();
            for (LayerKey k : stack.layerKeys().values()) {
                e.expandToInclude(region(k).bbox());
            }
            extent = e;
        }
        return new Envelope(e);
    }
}
