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
 * @param params      every param with its final value (after overrides and substitution), in deck order
 */
public record Deck(String name, String description, String source, String stack,
                   Map<String, LayerKey> layers, Map<String, DerivedLayer> derived, List<String> labelLayers,
                   Map<String, Double> targets, List<Rule> rules, Map<String, String> params) {

    /** A deck without params (the original nine-field form, kept for code written against it). */
    public Deck(String name, String description, String source, String stack,
                Map<String, LayerKey> layers, Map<String, DerivedLayer> derived, List<String> labelLayers,
                Map<String, Double> targets, List<Rule> rules) {
        this(name, description, source, stack, layers, derived, labelLayers, targets, rules, Map.of());
    }
}
