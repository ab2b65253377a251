package org.cpodrc.report;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cpodrc.engine.LayerView;

/** The report formats this build can write, by name; new formats register here. */
public final class ReportFormats {
    /** The formats in the order help texts list them. */
    private static final Set<String> NAMES = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of("text", "json", "sarif", "junit", "lyrdb", "html", "gds")));

    private ReportFormats() {
    }

    /** A writer for the format, stamped with the tool version; empty for an unknown format. */
    public static Optional<ReportWriter> create(String format, String toolVersion) {
        return create(format, toolVersion, LayerView.NONE);
    }

    /**
     * A writer for the format; formats that draw the design around violations ({@code html})
     * read its layers from {@code layers}.
     */
    public static Optional<ReportWriter> create(String format, String toolVersion, LayerView layers) {
        // a switch, not a map of constructor references: each reference is linked through an
        // invokedynamic bootstrap at every start (about half a millisecond each, BENCHMARKS.md)
        ReportWriter w = switch (format) {
            case "text" -> new TextReport(toolVersion);
            case "json" -> new JsonReport(toolVersion);
            case "sarif" -> new SarifReport(toolVersion);
            case "junit" -> new JunitReport(toolVersion);
            case "lyrdb" -> new LyrdbReport(toolVersion);
            case "html" -> new HtmlReport(toolVersion, layers);
            case "gds" -> new GdsMarkerReport(toolVersion);
            default -> null;
        };
        return Optional.ofNullable(w);
    }

    public static Set<String> names() {
        return NAMES;
    }
}
