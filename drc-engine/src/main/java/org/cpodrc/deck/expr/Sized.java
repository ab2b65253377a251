package org.cpodrc.deck.expr;

import java.math.BigDecimal;

import org.cpodrc.geom.Region;

/** {@code X sized D}: X grown by D µm (shrunk when D is negative). */
record Sized(Expr operand, BigDecimal um) implements ExprNode {
    @Override
    public Region evaluate(ExprContext context) {
        return operand.evaluate(context).sized(context.toDbu(um.doubleValue()));
    }

    @Override
    public int precedence() {
        return POSTFIX;
    }

    @Override
    public String toString() {
        return ExprNode.wrap(operand, POSTFIX) + " sized " + um.toPlainString() + "um";
    }
}
