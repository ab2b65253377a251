package org.cpodrc.deck.expr;

/** A lexical token of an expression; offset is where it starts in the expression text. */
record Token(Kind kind, String text, int offset) {
    enum Kind {
        /** a layer name, keyword or function name */
        WORD,
        /** a number with optional sign and unit, e.g. 15um, -0.5, 100um2 */
        QUANTITY,
        /** a quoted string; text holds the unquoted value */
        STRING,
        LPAREN,
        RPAREN,
        COMMA,
        END
    }

    String describe() {
        return switch (kind) {
            case END -> "end of expression";
            case STRING -> "string \"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
