package org.cpodrc.io;

/**
 * The limits on input files, each raisable through a Java system property (set it with
 * {@code JAVA_OPTS=-Dcpodrc.NAME=VALUE}); messages name the property so users know what to raise.
 */
public final class InputLimits {
    /** Property: largest deck, waiver, {@code .lyp}, stack or deck-test file, in MB. */
    public static final String TEXT_MB = "cpodrc.maxTextMB";
    /** Property: largest baseline report, in MB (JSON reports of big runs are large). */
    public static final String BASELINE_MB = "cpodrc.maxBaselineMB";
    /** Property: deepest nesting of lists/maps (YAML, JSON, XML) and parentheses in expressions. */
    public static final String DEPTH = "cpodrc.maxNesting";
    /** Property: largest text a deck's {@code ${param}} substitutions may produce, in MB. */
    public static final String EXPANSION_MB = "cpodrc.maxExpansionMB";

    private static final long MB = 1024L * 1024L;

    private InputLimits() {
    }

    /** Bytes a text input (deck, waivers, .lyp, stack, deck test) may have; 16 MB unless raised. */
    public static long textBytes() {
        return mb(TEXT_MB, 16);
    }

    /** Bytes a baseline report may have; 1 GB unless raised. */
    public static long baselineBytes() {
        return mb(BASELINE_MB, 1024);
    }

    /** Nesting depth of structured inputs; 100 unless raised (our own files nest about 6 deep). */
    public static int depth() {
        return (int) Math.min(10_000, positive(DEPTH, 100));
    }

    /** Characters all {@code ${param}} substitutions of one deck may produce together; 16 MB unless raised. */
    public static long expansionChars() {
        return mb(EXPANSION_MB, 16);
    }

    /** "the 16 MB limit (raise it with JAVA_OPTS=-Dcpodrc.maxTextMB=N)" for messages. */
    public static String describe(long bytes, String property) {
        return "the " + human(bytes) + " limit (raise it with JAVA_OPTS=-D" + property + "=N)";
    }

    /** "the nesting limit of 100 (raise it with ...)" for messages. */
    public static String describeDepth() {
        return "the nesting limit of " + depth() + " (raise it with JAVA_OPTS=-D" + DEPTH + "=N)";
    }

    /** A byte count in words: "512 bytes", "3.2 MB", "2.0 GB". */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < MB) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024 * MB) {
            return String.format(java.util.Locale.ROOT, bytes % MB == 0 ? "%.0f MB" : "%.1f MB", bytes / (double) MB);
        }
        return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (1024.0 * MB));
    }

    private static long mb(String property, long def) {
        long v = positive(property, def);
        return v > Long.MAX_VALUE / MB ? Long.MAX_VALUE : v * MB;
    }

    private static long positive(String property, long def) {
        String s = System.getProperty(property);
        if (s == null || s.isBlank()) {
            return def;
        }
        try {
            long v = Long.parseLong(s.strip());
            return v > 0 ? v : def;
        } catch (NumberFormatException e) {
            return def;
        }
    }
}
