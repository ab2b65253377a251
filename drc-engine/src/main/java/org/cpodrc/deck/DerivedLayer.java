package org.cpodrc.deck;

import org.cpodrc.deck.expr.Expr;

/** A named derived layer: {@code NAME: expression}. */
public record DerivedLayer(String name, Expr expr, String source) {
}
