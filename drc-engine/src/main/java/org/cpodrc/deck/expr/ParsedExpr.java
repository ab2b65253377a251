package org.cpodrc.deck.expr;

import java.util.List;

/**
 * A parsed expression with every layer name it uses and where, so the deck loader can report
 * undefined names and cycles at the column of the name.
 */
public record ParsedExpr(Expr expr, List<NameRef> names) {
    public ParsedExpr {
        names = List.copyOf(names);
    }

    /** A layer name at an offset in the expression text. */
    public record NameRef(String name, int offset) {
    }
}
