package org.cpodrc.deck;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in shoreline bandwidth-density targets (DOMAIN.md §4), usable by name wherever a deck
 * expects a density, unless the deck's own {@code targets:} defines the name.
 */
public final class TargetPresets {
    /** A preset: value in Tbps/mm, how it counts directions, and where it comes from. */
    public record Preset(String name, double tbpsPerMm, String counting, String doc) {
    }

    private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        add("chiplet-3tbps", 3.0, "aggregate", "the article's figure for UCIe/OIF chiplet edges");
        add("cpo-today", 0.5, "aggregate", "the article's figure for current CPO");
        add("ucie-s-16g", 0.90, "aggregate", "UCIe standard package, 110 µm bumps, 16 GT/s");
        add("ucie-s-32g", 1.79, "aggregate", "UCIe standard package, 110 µm bumps, 32 GT/s");
        add("ucie-a-16g", 5.27, "aggregate", "UCIe advanced package, 45 µm bumps, 16 GT/s");
        add("ucie-a-32g", 10.5, "aggregate", "UCIe advanced package, 45 µm bumps, 32 GT/s");
        add("oif-3.2t-module", 0.14, "per_direction", "OIF 3.2T co-packaged module, ~140 Gb/s per mm per direction");
        ALIASES.put("ucie-standard", "ucie-s-32g");
        ALIASES.put("ucie-advanced", "ucie-a-32g");
    }

    private TargetPresets() {
    }

    private static void add(String name, double value, String counting, String doc) {
        PRESETS.put(name, new Preset(name, value, counting, doc));
    }

    /** A preset by name or alias. */
    public static Optional<Preset> find(String name) {
        String n = ALIASES.getOrDefault(name, name);
        return Optional.ofNullable(PRESETS.get(n));
    }

    public static Map<String, Preset> presets() {
        return java.util.Collections.unmodifiableMap(PRESETS);
    }

    public static Map<String, String> aliases() {
        return java.util.Collections.unmodifiableMap(ALIASES);
    }

    /** Every usable name: presets and aliases. */
    public static java.util.Set<String> names() {
        java.util.Set<String> s = new java.util.TreeSet<>(PRESETS.keySet());
        s.addAll(ALIASES.keySet());
        return s;
    }
}
