package org.cpodrc.deck.syntax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The kinds of quantity a deck writes (DECK-SPEC §2), each with its base unit (what a bare
 * number means and what the loader converts to) and the unit symbols it accepts. This table is
 * the single source for parsing and for the deck reference.
 */
public enum QuantityKind {
    LENGTH("length", "µm", Map.of(
            "um", "1", "µm", "1", "μm", "1", "nm", "0.001", "mm", "1000")),
    AREA("area", "µm²", Map.of(
            "um2", "1", "µm2", "1", "µm²", "1", "μm²", "1", "um^2", "1", "mm2", "1000000", "mm²", "1000000")),
    RATE("rate", "Gbps", Map.of(
            "Gbps", "1", "Tbps", "1000", "Mbps", "0.001", "Gb/s", "1", "Tb/s", "1000", "GB/s", "8", "TB/s", "8000")),
    DENSITY("density", "Tbps/mm", Map.of(
            "Tbps/mm", "1", "Gbps/mm", "0.001", "Tb/s/mm", "1", "Gb/s/mm", "0.001",
            "GB/s/mm", "0.008", "TB/s/mm", "8")),
    ANGLE("angle", "degrees", Map.of("deg", "1", "°", "1"));

    private final String word;
    private final String baseUnit;
    private final Map<String, BigDecimal> units;

    QuantityKind(String word, String baseUnit, Map<String, String> factors) {
        this.word = word;
        this.baseUnit = baseUnit;
        java.util.TreeMap<String, BigDecimal> m = new java.util.TreeMap<>();
        factors.forEach((k, v) -> m.put(k, new BigDecimal(v)));
        this.units = java.util.Collections.unmodifiableMap(m);
    }

    /** "length", "area", ... as used in messages. */
    public String word() {
        return word;
    }

    /** The unit a bare number is in, and the unit values are converted to. */
    public String baseUnit() {
        return baseUnit;
    }

    /** Accepted unit symbols and how many base units one of them is. */
    public Map<String, BigDecimal> units() {
        return units;
    }

    /** Unit symbols for messages, shortest first (so the common spelling leads). */
    public List<String> unitSymbols() {
        List<String> l = new ArrayList<>(units.keySet());
        l.sort((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
        return l;
    }
}
