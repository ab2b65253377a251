package org.cpodrc.check;

/** Severity of a rule; {@code error} is the default. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Severity parse(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
