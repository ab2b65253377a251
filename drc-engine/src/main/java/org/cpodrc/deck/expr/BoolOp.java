package org.cpodrc.deck.expr;

import org.cpodrc.geom.Region;

/** The binary operators, lowest precedence first (DECK-SPEC §3); all are left-associative. */
public enum BoolOp {
    OR("or", "union of both layers"),
    XOR("xor", "area covered by exactly one of the layers"),
    NOT("not", "area of the left layer not covered by the right one"),
    AND("and", "area covered by both layers");

    private final String keyword;
    private final String doc;

    BoolOp(String keyword, String doc) {
        this.keyword = keyword;
        this.doc = doc;
    }

    public String keyword() {
        return keyword;
    }

    public String doc() {
        return doc;
    }

    /** Binding strength: higher binds tighter. */
    public int precedence() {
        return ordinal() + 1;
    }

    Region apply(Region a, Region b) {
        return switch (this) {
            case OR -> a.or(b);
            case XOR -> a.xor(b);
            case NOT -> a.not(b);
            case AND -> a.and(b);
        };
    }

    static BoolOp ofKeyword(String word) {
        for (BoolOp op : values()) {
            if (op.keyword.equals(word)) {
                return op;
            }
        }
        return null;
    }
}
