package org.cpodrc.deck.expr;

import org.cpodrc.geom.Region;

/** {@code left OP right} for the boolean operators. */
record Binary(BoolOp op, Expr left, Expr right) implements ExprNode {
    @Override
    public Region evaluate(ExprContext context) {
        return op.apply(left.evaluate(context), right.evaluate(context));
    }

    @Override
    public int precedence() {
        return op.precedence();
    }

    @Override
    public String toString() {
        // left-associative: an equal-precedence right operand needs parentheses, a left one does not
        return ExprNode.wrap(left, precedence()) + " " + op.keyword() + " " + ExprNode.wrap(right, precedence() + 1);
    }
}
