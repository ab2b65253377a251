package org.cpodrc.cli;

import java.io.PrintWriter;

import org.cpodrc.engine.RunProgress;

/**
 * A one-line progress bar on stderr, redrawn in place with a carriage return:
 * {@code cpodrc: [#########-----------] 9/20 rules  TSV.S.1}. Only for terminals: in CI logs a
 * redrawn line would be noise, so {@link #choose} returns it only with a console and no --quiet.
 */
final class TerminalProgress implements RunProgress {
    private static final int BAR = 24;
    private final PrintWriter err;
    private int lastWidth;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** The progress display for this run: a bar on a terminal, nothing otherwise or with --quiet. */
    static RunProgress choose(boolean interactive, boolean quiet, PrintWriter err) {
        return interactive && !quiet ? new TerminalProgress(err) : RunProgress.NONE;
    }

    @Override
    public synchronized void started(int rules) {
        draw(0, rules, "");
    }

    @Override
    public synchronized void ruleDone(String ruleId, int done, int total) {
        draw(done, total, ruleId);
    }

    @Override
    public synchronized void finished() {
        // clear the bar so the report that follows starts on a clean line
        err.print("\r" + " ".repeat(lastWidth) + "\r");
        err.flush();
    }

    private void draw(int done, int total, String ruleId) {
        int filled = total == 0 ? BAR : done * BAR / total;
        String line = "cpodrc: [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + done + "/" + total
                + " rules" + (ruleId.isEmpty() ? "" : "  " + ruleId);
        if (line.length() > 79) {
            line = line.substring(0, 79);
        }
        String pad = line.length() < lastWidth ? " ".repeat(lastWidth - line.length()) : "";
        err.print("\r" + line + pad);
        err.flush();
        lastWidth = line.length();
    }
}
