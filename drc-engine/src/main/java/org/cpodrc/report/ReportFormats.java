package org.cpodrc.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cpodrc.engine.LayerView;

/** The report formats this build can write, by name; new formats register here. */
public final class ReportFormats {
    private static final Map<String, Function<String, ReportWriter>> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("text", TextReport::new);
        FORMATS.put("json", JsonReport::new);
        FORMATS.put("sarif", SarifReport::new);
        FORMATS.put("junit", JunitReport::new);
        FORMATS.put("lyrdb", LyrdbReport::new);
        FORMATS.put("html", HtmlReport::new);
        FORMATS.put("gds", GdsMarkerReport::new);
    }

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
        if (format.equals("html")) {
            return Optional.of(new HtmlReport(toolVersion, layers));
        }
        Function<String, ReportWriter> f = FORMATS.get(format);
        return f == null ? Optional.empty() : Optional.of(f.apply(toolVersion));
    }

    public static Set<String> names() {
        return FORMATS.keySet();
    }
}
