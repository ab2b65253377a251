package org.cpodrc.deck.expr;

import java.math.BigDecimal;

import org.cpodrc.geom.Region;

/** {@code with_edge_length(X, MIN, MAX)}: merged shapes of X with an edge of length in [MIN, MAX) µm; a null max is unbounded. */
record WithEdgeLength(Expr operand, BigDecimal minUm, BigDecimal maxUm) implements ExprNode {
    @Override
    public Region evaluate(ExprContext context) {
        long max = maxUm == null ? Long.MAX_VALUE : context.toDbu(maxUm.doubleValue());
        return operand.evaluate(context).withEdgeLength(context.toDbu(minUm.doubleValue()), max);
    }

    @Override
    public int precedence() {
        return PRIMARY;
    }

    @Override
    public String toString() {
        return ExprFunction.WITH_EDGE_LENGTH.keyword() + "(" + operand + ", " + minUm.toPlainString() + ", "
                + (maxUm == null ? "inf" : maxUm.toPlainString()) + ")";
    }
}
