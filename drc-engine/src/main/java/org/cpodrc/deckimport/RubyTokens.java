package org.cpodrc.deckimport;

import java.util.ArrayList;
import java.util.List;

/** The tokens of one Ruby statement: numbers, strings, identifiers and punctuation. */
final class RubyTokens {
    enum Kind { NUMBER, STRING, NAME, SYMBOL, WORDS, END }

    record Token(Kind kind, String text) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
        }
    }

    /** Punctuation and operators, longest first. */
    private static final List<String> OPERATORS = List.of("||=", "&&=", "==", "!=", "=~", "!~", "<=", ">=", "&&", "||",
            "+=", "-=", "*=", "(", ")", "[", "]", ",", ".", "=", "&", "|", "^", "+", "-", "*", "/", "<", ">", "!", "?",
            ":");

    private RubyTokens() {
    }

    /** Tokens of the statement; throws {@link Untranslatable} on characters the subset does not know. */
    static List<Token> of(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\\') {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                boolean point = false;
                boolean exponent = false;
                while (j < s.length()) {
                    char d = s.charAt(j);
                    if (Character.isDigit(d) || d == '_') {
                        j++;
                    } else if (d == '.' && !point && !exponent && j + 1 < s.length() && Character.isDigit(s.charAt(j + 1))) {
                        point = true; // one fraction: 1.5.um is 1.5 then .um, 1.5.0 is not a number
                        j++;
                    } else if ((d == 'e' || d == 'E') && !exponent && j + 1 < s.length()
                            && (Character.isDigit(s.charAt(j + 1)) || s.charAt(j + 1) == '-' || s.charAt(j + 1) == '+')) {
                        exponent = true;
                        j += 2;
                    } else {
                        break;
                    }
                }
                out.add(new Token(Kind.NUMBER, s.substring(i, j).replace("_", "")));
                i = j;
            } else if (c == '"' || c == '\'') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    if (s.charAt(j) == '\\' && j + 1 < s.length()) {
                        j++;
                    }
                    b.append(s.charAt(j++));
                }
                if (j >= s.length()) {
                    throw new Untranslatable("unterminated string");
                }
                if (c == '"' && b.indexOf("#{") >= 0) {
                    throw new Untranslatable("string interpolation");
                }
                out.add(new Token(Kind.STRING, b.toString()));
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_' || c == '$' || c == '@') {
                int j = i + 1;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                if (j < s.length() && (s.charAt(j) == '?' || s.charAt(j) == '!')
                        && (j + 1 >= s.length() || s.charAt(j + 1) != '=')) {
                    j++;
                }
                out.add(new Token(Kind.NAME, s.substring(i, j)));
                i = j;
            } else if (c == '%' && s.startsWith("%w", i) && i + 2 < s.length() && "[(".indexOf(s.charAt(i + 2)) >= 0) {
                // %w[a b c]: an array of words (the string value is the words separated by one space)
                int close = s.indexOf(s.charAt(i + 2) == '[' ? ']' : ')', i + 3);
                if (close < 0) {
                    throw new Untranslatable("unterminated %w array");
                }
                out.add(new Token(Kind.WORDS, s.substring(i + 3, close).trim().replaceAll("\\s+", " ")));
                i = close + 1;
            } else {
                final int at = i;
                String op = OPERATORS.stream().filter(o -> s.startsWith(o, at)).findFirst()
                        .orElseThrow(() -> new Untranslatable("unexpected character '" + c + "'"));
                if (op.equals("=~") || op.equals("!~")) {
                    throw new Untranslatable("regular expression match");
                }
                out.add(new Token(Kind.SYMBOL, op));
                i += op.length();
            }
        }
        out.add(new Token(Kind.END, ""));
        return out;
    }
}
