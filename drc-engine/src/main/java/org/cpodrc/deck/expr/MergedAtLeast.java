package org.cpodrc.deck.expr;

import org.cpodrc.geom.Region;

/** {@code merged(X, N)}: the areas covered by N or more shapes of X (KLayout's {@code merged(N)}). */
record MergedAtLeast(Expr operand, int count) implements ExprNode {
    @Override
    public Region evaluate(ExprContext context) {
        return operand.evaluate(context).mergedAtLeast(count);
    }

    @Override
    public int precedence() {
        return PRIMARY;
    }

    @Override
    public String toString() {
        return ExprFunction.MERGED.keyword() + "(" + operand + ", " + count + ")";
    }
}
