package org.cpodrc.check.packaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Shoreline bandwidth-density targets (DOMAIN §4) and how a rule's {@code target} resolves.
 *
 * <p>Order: the deck's {@code targets:} map (so a deck may redefine a name), then the built-in
 * presets and aliases, then a literal density ({@link BandwidthDensity}). Presets carry their
 * counting mode; a deck target or literal density is taken in the rule's own counting mode.
 */
final class BandwidthTargets {
    /**
     * A resolved target.
     *
     * @param name         the preset or deck name, or the literal text
     * @param tbpsPerMm    the value as defined
     * @param perDirection true if defined per direction (OIF), false if both directions together
     * @param named        false for a literal density
     */
    record Target(String name, double tbpsPerMm, Boolean perDirection, boolean named) {
        /** The value in the given counting mode: a per-direction target doubles when counting aggregate, and vice versa. */
        double in(boolean countingPerDirection) {
            if (perDirection == null || perDirection == countingPerDirection) {
                return tbpsPerMm;
            }
            return countingPerDirection ? tbpsPerMm / 2 : tbpsPerMm * 2;
        }
    }

    private static final Map<String, Target> PRESETS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.of(
            "ucie-standard", "ucie-s-32g",
            "ucie-advanced", "ucie-a-32g");

    static {
        preset("chiplet-3tbps", 3.0, false);
        preset("cpo-today", 0.5, false);
        preset("ucie-s-16g", 0.90, false);
        preset("ucie-s-32g", 1.79, false);
        preset("ucie-a-16g", 5.27, false);
        preset("ucie-a-32g", 10.5, false);
        preset("oif-3.2t-module", 0.14, true);
    }

    private BandwidthTargets() {
    }

    private static void preset(String name, double value, boolean perDirection) {
        PRESETS.put(name, new Target(name, value, perDirection, true));
    }

    /** The built-in presets by name (aliases not included), in DOMAIN §4 order. */
    static Map<String, Target> presets() {
        return Collections.unmodifiableMap(PRESETS);
    }

    static Map<String, String> aliases() {
        return ALIASES;
    }

    static Optional<Target> resolve(String text, Map<String, Double> deckTargets) {
        String key = text.trim();
        Double deck = deckTargets.get(key);
        if (deck != null) {
            return Optional.of(new Target(key, deck, null, true));
        }
        Target preset = PRESETS.get(ALIASES.getOrDefault(key, key));
        if (preset != null) {
            return Optional.of(key.equals(preset.name()) ? preset
                    : new Target(key, preset.tbpsPerMm(), preset.perDirection(), true));
        }
        OptionalDouble literal = BandwidthDensity.parse(key);
        if (literal.isPresent()) {
            return Optional.of(new Target(key, literal.getAsDouble(), null, false));
        }
        return Optional.empty();
    }
}
