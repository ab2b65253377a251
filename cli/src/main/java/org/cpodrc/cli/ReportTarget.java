package org.cpodrc.cli;

import java.nio.file.Path;

import org.cpodrc.engine.LayerView;
import org.cpodrc.report.ReportFormats;
import org.cpodrc.report.ReportWriter;

/**
 * One {@code --report FORMAT[=PATH]}: PATH {@code -} is stdout; without PATH, {@code text} goes
 * to stdout and file formats to their default name in the working directory.
 *
 * @param path null for stdout
 */
record ReportTarget(ReportWriter writer, Path path) {
    /** Parses the option value; null format means unknown (the caller reports a usage error). */
    static ReportTarget parse(String spec, String toolVersion) {
        int eq = spec.indexOf('=');
        String format = eq < 0 ? spec : spec.substring(0, eq);
        String where = eq < 0 ? null : spec.substring(eq + 1);
        ReportWriter w = ReportFormats.create(format.trim(), toolVersion).orElse(null);
        if (w == null) {
            return null;
        }
        if (where == null) {
            return new ReportTarget(w, w.defaultFileName() == null ? null : Path.of(w.defaultFileName()));
        }
        return new ReportTarget(w, where.equals("-") ? null : Path.of(where));
    }

    /** The same target with a writer that may draw the design's layers (html pictures). */
    ReportTarget withLayers(LayerView layers, String toolVersion) {
        return new ReportTarget(ReportFormats.create(writer.format(), toolVersion, layers).orElse(writer), path);
    }

    boolean toStdout() {
        return path == null;
    }
}
