package org.cpodrc.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

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

    /** True for formats whose content is bytes, not text ({@code gds}): they cannot go to stdout. */
    default boolean binary() {
        return false;
    }

    /** Writes the report as bytes; text formats as UTF-8. The stream is flushed, not closed. */
    default void write(RunResult result, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(result, w);
        w.flush();
    }
}
