package org.cpodrc.deck;

import java.util.LinkedHashMap;

import org.cpodrc.deck.yaml.MapReader;
import org.cpodrc.deck.yaml.Scalar;
import org.cpodrc.layout.LayerKey;

/**
 * A deck after {@code extends} merging but before params are substituted and values checked.
 * Values stay located scalars so later faults point into the file that wrote them.
 */
final class DeckDraft {
    Scalar name;
    Scalar description;
    Scalar stack;
    final LinkedHashMap<String, Scalar> params = new LinkedHashMap<>();
    final LinkedHashMap<String, LayerDef> layers = new LinkedHashMap<>();
    final LinkedHashMap<String, Scalar> labels = new LinkedHashMap<>();
    final LinkedHashMap<String, Scalar> targets = new LinkedHashMap<>();
    final LinkedHashMap<String, DerivedDef> derived = new LinkedHashMap<>();
    /** By id; a later file's rule replaces the base rule in its place. */
    final LinkedHashMap<String, RuleDraft> rules = new LinkedHashMap<>();

    /** A layer: written as "L/D" (value) or imported from a .lyp (imported, with the lyp entry as value). */
    record LayerDef(Scalar value, LayerKey imported) {
    }

    record DerivedDef(Scalar name, Scalar expression) {
    }

    record RuleDraft(MapReader map, Scalar id) {
    }
}
