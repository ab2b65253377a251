package org.cpodrc.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Rule;
import org.cpodrc.deck.Deck;
import org.cpodrc.geom.Region;

/**
 * The layers of a deck over a design, for reports: a rule's layers are the values of its check's
 * LAYER parameters; derived layers are evaluated as the engine does (memoised, so a layer drawn
 * for many violations is computed once).
 */
public final class DeckLayerView implements LayerView {
    private final Map<String, List<String>> layersByRule = new LinkedHashMap<>();
    private final DeckContext context;
    private final Deck deck;
    private final LayerSource source;

    public DeckLayerView(Deck deck, CheckRegistry registry, LayerSource source) {
        this.context = new DeckContext(deck, source);
        this.deck = deck;
        this.source = source;
        for (Rule r : deck.rules()) {
            Check check = registry.find(r.check()).orElse(null);
            layersByRule.put(r.id(), check == null ? List.of() : RuleLayers.of(r, check));
        }
    }

    @Override
    public List<String> layersOf(String ruleId) {
        return layersByRule.getOrDefault(ruleId, List.of());
    }

    @Override
    public Region layer(String name) {
        return context.layer(name);
    }

    /**
     * The bounding box of the deck's plain layers: the design as the deck sees it. Not the whole
     * layout's extent, which would flatten layers no rule reads (the engine has flattened these).
     */
    @Override
    public org.locationtech.jts.geom.Envelope extent() {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        for (org.cpodrc.layout.LayerKey key : deck.layers().values()) {
            e.expandToInclude(source.region(key).bbox());
        }
        for (Outline o : outlines()) {
            e.expandToInclude(o.shape().getEnvelopeInternal());
        }
        return e;
    }

    /** For a stack, each die's outline labelled with its name, role and tier (the overview's legend). */
    @Override
    public List<Outline> outlines() {
        return source.assembly().map(a -> a.dies().stream()
                .map(d -> new Outline(d.name() + " (" + d.role() + ", tier " + d.tier() + ")",
                        "role-" + d.role() + " tier-" + d.tier(), d.outline().geometry()))
                .toList()).orElse(List.of());
    }
}
