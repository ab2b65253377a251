package org.cpodrc.report;

import java.io.IOException;
import java.io.Writer;

import org.cpodrc.engine.RunResult;

/**
 * One report format ({@code --report FORMAT[=PATH]}). Implementations are deterministic: the same
 * result gives the same bytes. Where the bytes go (stdout or an atomically replaced file) is the
 * caller's business, see {@link AtomicFiles}.
 */
public interface ReportWriter {
    /** The format name on the command line, e.g. {@code json}. */
    String format();

    /** The file written when the user names the format but no path, e.g. {@code cpodrc-report.json}; null for stdout. */
    String defaultFileName();

    void write(RunResult result, Writer out) throws IOException;
}
