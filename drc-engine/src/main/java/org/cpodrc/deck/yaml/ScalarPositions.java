package org.cpodrc.deck.yaml;

import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Maps an offset in a scalar's value back to its line and column in the YAML source. The value
 * differs from the source text by the quotes, escapes ({@code \"}, {@code ''}, {@code \u00b5}),
 * line folding and block-scalar indentation; this walks the source the way YAML decodes it.
 */
final class ScalarPositions {
    private ScalarPositions() {
    }

    /**
     * The 0-based line and column of value offset k.
     *
     * @param source code points of the whole file
     * @param index  code-point index where the scalar node starts (its opening quote or indicator)
     */
    static int[] locate(int[] source, int index, int line, int column, ScalarStyle style, int k) {
        Walker w = new Walker(source, index, line, column);
        switch (style) {
            case DOUBLE_QUOTED, SINGLE_QUOTED, JSON_SCALAR_STYLE -> {
                w.advance(); // opening quote
                boolean dq = style != ScalarStyle.SINGLE_QUOTED;
                int consumed = 0;
                while (consumed < k && !w.atEnd()) {
                    int c = w.peek();
                    if (c == '\n' || c == '\r') {
                        w.skipLineBreakAndIndent();
                        consumed++;
                    } else if (dq && c == '\\') {
                        int e = w.peekAt(1);
                        if (e == '\n' || e == '\r') {
                            w.advance();
                            w.skipLineBreakAndIndent(); // escaped line break: contributes nothing
                        } else {
                            int len = e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2;
                            w.advance(len);
                            consumed++;
                        }
                    } else if (!dq && c == '\'' && w.peekAt(1) == '\'') {
                        w.advance(2);
                        consumed++;
                    } else {
                        w.advance();
                        consumed++;
                    }
                }
            }
            case LITERAL, FOLDED -> {
                while (!w.atEnd() && w.peek() != '\n' && w.peek() != '\r') {
                    w.advance(); // header: '|' or '>' with indicators and maybe a comment
                }
                w.skipOneBreak();
                int indent = w.indentOfNextContentLine();
                int consumed = 0;
                w.skipSpaces(indent);
                while (consumed < k && !w.atEnd()) {
                    int c = w.peek();
                    if (c == '\n' || c == '\r') {
                        w.skipOneBreak();
                        w.skipSpaces(indent);
                    } else {
                        w.advance();
                    }
                    consumed++;
                }
            }
            default -> { // plain
                int consumed = 0;
                while (consumed < k && !w.atEnd()) {
                    int c = w.peek();
                    if (c == '\n' || c == '\r') {
                        w.skipLineBreakAndIndent();
                    } else {
                        w.advance();
                    }
                    consumed++;
                }
            }
        }
        return new int[] {w.line, w.column};
    }

    /** A cursor over the source that keeps line and column. */
    private static final class Walker {
        final int[] s;
        int i;
        int line;
        int column;

        Walker(int[] s, int i, int line, int column) {
            this.s = s;
            this.i = i;
            this.line = line;
            this.column = column;
        }

        boolean atEnd() {
            return i >= s.length;
        }

        int peek() {
            return peekAt(0);
        }

        int peekAt(int d) {
            return i + d < s.length ? s[i + d] : -1;
        }

        void advance() {
            if (atEnd()) {
                return;
            }
            if (s[i] == '\n' || (s[i] == '\r' && peekAt(1) != '\n')) {
                line++;
                column = 0;
            } else if (s[i] != '\r') {
                column++;
            }
            i++;
        }

        void advance(int n) {
            for (int j = 0; j < n; j++) {
                advance();
            }
        }

        void skipOneBreak() {
            if (peek() == '\r') {
                advance();
            }
            if (peek() == '\n') {
                advance();
            }
        }

        /** A folded line break: the break, blank lines and the next line's leading spaces. */
        void skipLineBreakAndIndent() {
            while (!atEnd() && (peek() == '\n' || peek() == '\r' || peek() == ' ' || peek() == '\t')) {
                advance();
            }
        }

        void skipSpaces(int max) {
            for (int n = 0; n < max && peek() == ' '; n++) {
                advance();
            }
        }

        int indentOfNextContentLine() {
            int j = i;
            while (j < s.length) {
                int n = 0;
                while (j + n < s.length && s[j + n] == ' ') {
                    n++;
                }
                if (j + n < s.length && s[j + n] != '\n' && s[j + n] != '\r') {
                    return n;
                }
                while (j < s.length && s[j] != '\n') {
                    j++;
                }
                j++;
            }
            return 0;
        }
    }
}
