package org.cpodrc.check;

import java.util.List;
import java.util.Map;

import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;

/**
 * What a check may see of the design: layers by deck name (plain or derived, flattened from the
 * top cell, cached, safe to call from several threads), texts, and the grid.
 */
public interface CheckContext {
    /** The region of a layer or derived layer named in the deck (not merged). */
    Region layer(String name);

    /**
     * The merged region of a layer (KLayout's merged semantics, what most checks work on). The
     * engine computes it once per layer and run, however many rules ask; override when caching.
     */
    default Region merged(String name) {
        return layer(name).merged();
    }

    /** TEXT labels on a layer named in the deck, flattened, in database units. */
    List<Label> labels(String name);

    /** Database unit in micrometres. */
    double dbuUm();

    /** Name of the top cell being checked. */
    String topCell();

    /** The stack the deck declares ({@code photonic-3d}, {@code fopop}) or null. */
    String stack();

    /**
     * The deck's named bandwidth-density targets ({@code targets:}), in Tbps/mm, for
     * {@code edge_bandwidth}'s {@code target}. Empty unless the engine passes the deck's map.
     */
    default Map<String, Double> targets() {
        return Map.of();
    }

    /**
     * The extent of the design being checked (bounding box of all its layers, in database units),
     * used by checks that tile the design such as {@code density}; a null envelope if unknown.
     */
    default org.locationtech.jts.geom.Envelope extent() {
        return new org.locationtech.jts.geom.Envelope();
    }

    /**
     * The placed dies when the design is a multi-die stack file (STACK-SPEC), for inter-die checks
     * such as {@code tier_order}; empty for a plain layout.
     */
    default java.util.Optional<Assembly> assembly() {
        return java.util.Optional.empty();
    }

    /** A length in µm to database units, rounded to the nearest unit. */
    default long toDbu(double um) {
        return Math.round(um / dbuUm());
    }

    default double toUm(double dbu) {
        return dbu * dbuUm();
    }

    /** A flattened TEXT label. */
    record Label(String text, long x, long y, LayerKey layer) {
    }
}
