package org.cpodrc.deck.expr;

import org.cpodrc.geom.Region;

/** A plain or derived layer by deck name. */
record LayerRef(String name) implements ExprNode {
    @Override
    public Region evaluate(ExprContext context) {
        return context.layer(name);
    }

    @Override
    public int precedence() {
        return PRIMARY;
    }

    @Override
    public String toString() {
        return name;
    }
}
