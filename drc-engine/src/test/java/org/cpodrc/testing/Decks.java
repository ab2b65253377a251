package org.cpodrc.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DerivedLayer;
import org.cpodrc.layout.LayerKey;

/** Decks and rules built directly from the records, so engine tests need no deck loader. */
public final class Decks {
    private final Map<String, LayerKey> layers = new LinkedHashMap<>();
    private final Map<String, DerivedLayer> derived = new LinkedHashMap<>();
    private final List<String> labelLayers = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    public static Decks builder() {
        return new Decks();
    }

    public Decks layer(String name, String key) {
        layers.put(name, LayerKey.parse(key));
        return this;
    }

    public Decks derived(String name, org.cpodrc.deck.expr.Expr expr) {
        derived.put(name, new DerivedLayer(name, expr, name));
        return this;
    }

    public Decks labels(String name) {
        labelLayers.add(name);
        return this;
    }

    public Decks rule(Rule r) {
        rules.add(r);
        return this;
    }

    public Deck build() {
        return new Deck("test-deck", "a deck for tests", "test.yaml", null, layers, derived, labelLayers,
                Map.of(), rules);
    }

    /** A rule with error severity and no template; params as name, value pairs (lengths as Double µm). */
    public static Rule rule(String id, String check, Object... params) {
        return rule(id, check, Severity.ERROR, null, params);
    }

    public static Rule rule(String id, String check, Severity severity, String template, Object... params) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put((String) params[i], params[i + 1]);
        }
        return new Rule(id, check, severity, "rule " + id, template, p);
    }
}
