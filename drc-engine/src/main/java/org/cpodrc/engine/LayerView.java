package org.cpodrc.engine;

import java.util.List;

import org.cpodrc.geom.Region;

/**
 * What a report that draws pictures may see of the design: the deck layers a rule reads and their
 * geometry. Reports draw the neighbourhood of a violation from it; the view is optional, so
 * reports of a saved result (no design at hand) use {@link #NONE} and draw markers only.
 */
public interface LayerView {
    /** No layers: pictures show the violation markers alone. */
    LayerView NONE = new LayerView() {
        @Override
        public List<String> layersOf(String ruleId) {
            return List.of();
        }

        @Override
        public Region layer(String name) {
            return Region.empty();
        }
    };

    /** Deck names of the layers the rule reads (its layer parameters), in parameter order. */
    List<String> layersOf(String ruleId);

    /** The geometry of a deck layer (plain or derived), in database units. */
    Region layer(String name);
}
