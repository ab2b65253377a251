package org.cpodrc.report;

/**
 * Escaping for the XML reports (JUnit, lyrdb). Markup characters become entities; characters
 * XML 1.0 cannot carry at all, even as references (C0 controls other than tab, newline and
 * carriage return, lone surrogates, U+FFFE/U+FFFF), become U+FFFD so a hostile cell name or
 * message never makes a report unreadable. In attributes, tab and line breaks are written as
 * character references, which attribute-value normalisation would otherwise turn into spaces.
 */
public final class Xml {
    private Xml() {
    }

    public static String text(String s) {
        return escape(s, false);
    }

    public static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\'' -> b.append(attribute ? "&apos;" : "'");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
