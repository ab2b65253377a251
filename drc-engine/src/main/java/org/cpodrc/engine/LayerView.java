package org.cpodrc.engine;

import java.util.List;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

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

    /** The extent of the whole design in database units (the overview picture's frame); null envelope if unknown. */
    default Envelope extent() {
        return new Envelope();
    }

    /**
     * Outlines the report's overview picture draws under the markers, each with a legend label:
     * for a stack, one per die (style {@code "role-eic tier-1"}). None by default; the overview
     * then shows the design extent and the deck's sparse layers.
     */
    default List<Outline> outlines() {
        return List.of();
    }

    /**
     * A labelled outline of the overview picture.
     *
     * @param label legend text, e.g. {@code EIC (eic, tier 1)}
     * @param style space-separated style classes: a role ({@code role-pic}, {@code role-eic},
     *              {@code role-substrate}, {@code role-interposer}, {@code role-mold}, {@code role-fau},
     *              {@code role-lid}, {@code role-other}) sets the colour, {@code tier-N} the dash
     *              pattern; unknown classes draw grey and solid
     * @param shape the outline in database units (polygon or polygons)
     */
    record Outline(String label, String style, Geometry shape) {
    }
}
