package org.cpodrc.deck.expr;

/** What a function argument must be. */
public enum ArgKind {
    /** an expression (a layer) */
    LAYER("X"),
    /** an area in µm² (bare number or with unit); {@code inf} for no upper bound */
    AREA("AREA"),
    /** a quoted glob pattern */
    GLOB("\"glob\"");

    private final String placeholder;

    ArgKind(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }
}
