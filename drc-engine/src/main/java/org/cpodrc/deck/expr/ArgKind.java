package org.cpodrc.deck.expr;

/** What a function argument must be. */
public enum ArgKind {
    /** an expression (a layer) */
    LAYER("X"),
    /** an area in µm² (bare number or with unit); {@code inf} for no upper bound */
    AREA("AREA"),
    /** a length in µm (bare number or with unit); {@code inf} for no upper bound */
    LENGTH("LENGTH"),
    /** a quoted glob pattern */
    GLOB("\"glob\""),
    /** a whole number of at least 1 */
    COUNT("N");

    private final String placeholder;

    ArgKind(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }
}
