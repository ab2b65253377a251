package org.cpodrc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.engine.RunResult;
import org.cpodrc.report.ReportCommit;

/**
 * Where the reports of one {@code check} run go, checked before anything is written: no two
 * reports to one file (the second would silently replace the first) and no report over an input
 * (design, deck and the files it extends or imports, waivers, baseline); paths are compared as
 * the files they name (symbolic links and {@code ..} resolved, hard links by file identity).
 * Writing commits all report files together or none ({@link ReportCommit}).
 */
final class ReportPlan {
    private final List<ReportTarget> targets;

    ReportPlan(List<ReportTarget> targets) {
        this.targets = List.copyOf(targets);
    }

    /** A usage problem with the report paths, or null when there is none. */
    String conflict(List<Path> inputs) {
        return conflict(targets.stream().filter(t -> !t.toStdout()).map(t -> new Output(t.path(), t.writer().format())).toList(),
                inputs);
    }

    /** A report file and its format's name, as messages name it. */
    record Output(Path path, String format) {
    }

    /** Two reports to one file, or a report over an input: the usage problem, or null. */
    static String conflict(List<Output> files, List<Path> inputs) {
        for (int i = 0; i < files.size(); i++) {
            for (int k = 0; k < i; k++) {
                if (same(files.get(i).path(), files.get(k).path())) {
                    return "two reports go to " + files.get(i).path() + " (--report " + files.get(k).format()
                            + " and --report " + files.get(i).format() + "); give each its own file";
                }
            }
            for (Path in : inputs) {
                if (in != null && same(files.get(i).path(), in)) {
                    return "the " + files.get(i).format() + " report would overwrite the input "
                            + in + "; give the report another path";
                }
            }
        }
        return null;
    }

    /** Commits the report files, then writes the stdout report if any; returns whether stdout got one. */
    boolean write(RunResult result, PrintWriter out) {
        ReportCommit commit = new ReportCommit();
        ReportTarget toStdout = null;
        for (ReportTarget t : targets) {
            if (t.toStdout()) {
                toStdout = t;
            } else {
                commit.add(t.path(), os -> t.writer().write(result, os));
            }
        }
        try {
            commit.commit();
        } catch (ReportCommit.Failed e) {
            ReportTarget t = targets.stream().filter(x -> e.path().equals(x.path())).findFirst().orElseThrow();
            throw new InputException(e.path() + ": cannot write the " + t.writer().format() + " report: "
                    + e.getMessage() + (targets.size() > 1 ? " (no report was written)" : ""));
        }
        if (toStdout == null) {
            return false;
        }
        try {
            toStdout.writer().write(result, out);
        } catch (IOException e) {
            throw new InputException("cannot write the " + toStdout.writer().format() + " report to stdout: "
                    + e.getMessage());
        }
        out.flush();
        return true;
    }

    /** Whether two paths name the same file, existing or not. */
    static boolean same(Path a, Path b) {
        Path ra = canonical(a);
        Path rb = canonical(b);
        if (ra.equals(rb)) {
            return true;
        }
        try {
            return Files.exists(ra) && Files.exists(rb) && Files.isSameFile(ra, rb);
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of the file, or of its nearest existing folder plus the rest. */
    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        List<Path> rest = new ArrayList<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            rest.add(0, existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path r = existing.toRealPath();
            for (Path part : rest) {
                r = r.resolve(part);
            }
            return r;
        } catch (IOException e) {
            return abs;
        }
    }
}
