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
}
