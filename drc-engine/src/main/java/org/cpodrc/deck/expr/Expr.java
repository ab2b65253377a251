package org.cpodrc.deck.expr;

import org.cpodrc.geom.Region;

/** A parsed derived-layer expression (DECK-SPEC §3). */
public interface Expr {
    Region evaluate(ExprContext context);

    /** The expression written back in deck syntax, fully parenthesised where needed. */
    String toString();
}
