package org.cpodrc.deck;

import java.util.List;
import java.util.Map;

import org.cpodrc.check.Rule;
import org.cpodrc.layout.LayerKey;

/**
 * A loaded, validated deck with {@code extends} already applied and params substituted.
 *
 * @param source      the file path or {@code builtin:NAME} it came from
 * @param stack       {@code photonic-3d}, {@code fopop} or null
 * @param labelLayers names (from layers) whose TEXT elements label shapes ({@code labels:})
 * @param targets     named bandwidth-density targets of the deck, in Tbps/mm
 * @param rules       enabled rules in deck order
 */
public record Deck(String name, String description, String source, String stack,
                   Map<String, LayerKey> layers, Map<String, DerivedLayer> derived, List<String> labelLayers,
                   Map<String, Double> targets, List<Rule> rules) {
}
