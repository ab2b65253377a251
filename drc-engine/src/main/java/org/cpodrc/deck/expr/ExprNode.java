package org.cpodrc.deck.expr;

/** An expression node that knows how tightly it binds, so printing adds only the parentheses needed. */
sealed interface ExprNode extends Expr permits LayerRef, Binary, Sized, RegionFunction, WithArea, WithText, MergedAtLeast,
        WithEdgeLength {
    int POSTFIX = 10;
    int PRIMARY = 11;

    int precedence();

    /** child written in deck syntax, in parentheses when it binds looser than minimum. */
    static String wrap(Expr child, int minimum) {
        int p = child instanceof ExprNode n ? n.precedence() : PRIMARY;
        return p < minimum ? "(" + child + ")" : child.toString();
    }
}
