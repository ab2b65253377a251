package org.cpodrc.deck.expr;

import java.util.List;

import org.cpodrc.check.CheckContext;
import org.cpodrc.geom.Region;

/** What an expression can see while it is evaluated. */
public interface ExprContext {
    /** A plain or derived layer by deck name. */
    Region layer(String name);

    /** Every label on the deck's {@code labels:} layers. */
    List<CheckContext.Label> labels();

    /** Micrometres to database units. */
    long toDbu(double um);

    /** Square micrometres to square database units (derived from {@link #toDbu}, exact for decimal grids). */
    default double toDbu2(double um2) {
        double perUm = toDbu(1.0e6) / 1.0e6;
        return um2 * perUm * perUm;
    }
}
