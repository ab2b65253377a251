package org.cpodrc.deck.syntax;

/**
 * A mistake inside one piece of deck text (a quantity, an expression, a template), located by a
 * character offset into that text. The deck loader turns the offset into FILE:LINE:COL, because
 * only it knows where the text sits in the YAML file.
 */
public class TextProblem extends RuntimeException {
    private final int offset;

    public TextProblem(int offset, String message) {
        super(message);
        this.offset = offset;
    }

    /** Offset of the fault in the text (0 = its first character). */
    public int offset() {
        return offset;
    }
}
