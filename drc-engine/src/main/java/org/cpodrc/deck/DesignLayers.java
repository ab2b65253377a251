package org.cpodrc.deck;

import java.util.Map;

import org.cpodrc.layout.LayerKey;

/**
 * Layers a design brings besides a flat layout's layer/datatype pairs: a multi-die stack names
 * every die layer {@code DIE.NAME} and says which die layer each of the deck's own layer names
 * means ({@code layers:} of the stack file). The deck loader accepts the dotted names in
 * expressions and rule parameters and rebinds the deck's layers, so a deck written for one flat
 * layout runs on a stack unchanged.
 *
 * @param design  how messages name the design (the stack file)
 * @param named   {@code DIE.NAME} → the key the design's layer source serves it under
 * @param bound   deck layer name → key, for the deck layers the design maps
 * @param unbound the key of an always-empty layer, for deck layers the design does not map (as a
 *                layer/datatype absent from a flat layout is empty)
 */
public record DesignLayers(String design, Map<String, LayerKey> named, Map<String, LayerKey> bound,
                           LayerKey unbound) {
    public DesignLayers {
        named = Map.copyOf(named);
        bound = Map.copyOf(bound);
    }
}
