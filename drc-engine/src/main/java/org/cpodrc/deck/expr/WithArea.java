package org.cpodrc.deck.expr;

import java.math.BigDecimal;

import org.cpodrc.geom.Region;

/** {@code with_area(X, MIN, MAX)}: merged shapes of X with area in [MIN, MAX] µm²; a null max is unbounded. */
record WithArea(Expr operand, BigDecimal minUm2, BigDecimal maxUm2) implements ExprNode {
    @Override
    public Region evaluate(ExprContext context) {
        double max = maxUm2 == null ? Double.POSITIVE_INFINITY : context.toDbu2(maxUm2.doubleValue());
        return operand.evaluate(context).withArea(context.toDbu2(minUm2.doubleValue()), max);
    }

    @Override
    public int precedence() {
        return PRIMARY;
    }

    @Override
    public String toString() {
        return ExprFunction.WITH_AREA.keyword() + "(" + operand + ", " + minUm2.toPlainString() + ", "
                + (maxUm2 == null ? "inf" : maxUm2.toPlainString()) + ")";
    }
}
