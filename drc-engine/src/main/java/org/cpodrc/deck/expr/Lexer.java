package org.cpodrc.deck.expr;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.deck.syntax.TextProblem;

/** Splits an expression into tokens; a character that starts no token is a located error. */
final class Lexer {
    private Lexer() {
    }

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Token.Kind.LPAREN, "(", i++));
            } else if (c == ')') {
                out.add(new Token(Token.Kind.RPAREN, ")", i++));
            } else if (c == ',') {
                out.add(new Token(Token.Kind.COMMA, ",", i++));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                // DIE.NAME: a die layer of a stack file, one dot between two names
                if (i + 1 < s.length() && s.charAt(i) == '.'
                        && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '_')) {
                    i++;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                        i++;
                    }
                }
                out.add(new Token(Token.Kind.WORD, s.substring(start, i), start));
            } else if (Character.isDigit(c) || c == '.' || ((c == '-' || c == '+') && i + 1 < s.length()
                    && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.'))) {
                int start = i++;
                // a number, then its unit: letters, µ, ², ^, '/', digits after the unit (um2)
                while (i < s.length() && isQuantityChar(s.charAt(i))) {
                    i++;
                }
                out.add(new Token(Token.Kind.QUANTITY, s.substring(start, i), start));
            } else if (c == '"' || c == '\'') {
                int start = i++;
                StringBuilder b = new StringBuilder();
                while (true) {
                    if (i >= s.length()) {
                        throw new TextProblem(start, "unterminated string");
                    }
                    char d = s.charAt(i);
                    if (d == c) {
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < s.length()) {
                        d = s.charAt(++i);
                    }
                    b.append(d);
                    i++;
                }
                out.add(new Token(Token.Kind.STRING, b.toString(), start));
            } else {
                throw new TextProblem(i, "unexpected character '" + c + "'");
            }
        }
        out.add(new Token(Token.Kind.END, "", s.length()));
        return out;
    }

    private static boolean isQuantityChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == 'µ' || c == 'μ' || c == '²' || c == '^'
                || c == '/' || c == '°';
    }
}
