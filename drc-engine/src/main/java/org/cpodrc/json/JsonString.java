package org.cpodrc.json;

/**
 * JSON string literals as every JSON writer of cpodrc writes them (info, reports, the deck
 * schema): RFC 8259 escapes, other control characters as {@code \\uXXXX}, non-ASCII kept as is
 * (the files are UTF-8), so output bytes are fixed and hostile names stay well-formed.
 */
public final class JsonString {
    private JsonString() {
    }

    /** The quoted literal, or {@code null} for a null string. */
    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2);
        append(b, s);
        return b.toString();
    }

    public static void append(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
