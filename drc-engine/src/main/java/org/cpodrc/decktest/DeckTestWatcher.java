package org.cpodrc.decktest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code deck test --watch}: polls the deck, its bases and its test files, and after each change
 * reruns the tests and prints only what changed since the last run: new or changed failures in
 * full, failures that went away as one "fixed" line, and the summary and coverage lines when they
 * differ.
 *
 * <p>Polling compares file contents (not modification times, whose resolution is coarse on some
 * file systems and which editors do not always change), every {@code intervalMillis}; the files
 * are small. The list of files is asked again at every poll, so a test file added to
 * {@code tests/} or a new {@code extends} is picked up.
 */
public final class DeckTestWatcher {
    private final Supplier<List<Path>> files;
    private final Supplier<List<String>> run;
    private final Consumer<String> out;
    private final long intervalMillis;
    private volatile boolean stopped;

    /**
     * @param files what to watch, asked again after every run
     * @param run   one run of the tests as blocks of text: each failure, then the summary and coverage lines
     * @param out   where changes are printed
     */
    public DeckTestWatcher(Supplier<List<Path>> files, Supplier<List<String>> run, Consumer<String> out,
                           long intervalMillis) {
        this.files = files;
        this.run = run;
        this.out = out;
        this.intervalMillis = intervalMillis;
    }

    /** Runs once, prints everything, then reruns on every change until {@link #stop()} or an interrupt. */
    public void watch() {
        // snapshot before each run: an edit made while the tests run is seen at the next poll
        List<Path> watched = files.get();
        Map<Path, byte[]> seen = snapshot(watched);
        List<String> last = run.get();
        last.forEach(out);
        out.accept("watching " + watched.size() + (watched.size() == 1 ? " file" : " files")
                + " for changes (Ctrl-C to stop)");
        while (!stopped) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Map<Path, byte[]> now = snapshot(files.get());
            if (same(seen, now)) {
                continue;
            }
            seen = now;
            List<String> next = run.get();
            changes(last, next).forEach(out);
            last = next;
        }
    }

    public void stop() {
        stopped = true;
    }

    /** What to print going from one run to the next. */
    static List<String> changes(List<String> before, List<String> after) {
        Set<String> old = new LinkedHashSet<>(before);
        Set<String> now = new LinkedHashSet<>(after);
        List<String> out = new ArrayList<>();
        boolean ran = after.stream().noneMatch(a -> a.startsWith("ERROR "));
        for (String b : before) {
            // a failure gone because a file no longer reads is not fixed; the ERROR line says why
            if (ran && !now.contains(b) && b.startsWith("FAIL ")) {
                out.add("fixed: " + b.lines().findFirst().orElse("").substring("FAIL ".length()));
            }
        }
        for (String a : after) {
            if (!old.contains(a)) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            out.add("no change in the results");
        }
        return out;
    }

    private static Map<Path, byte[]> snapshot(List<Path> paths) {
        Map<Path, byte[]> m = new LinkedHashMap<>();
        for (Path p : paths) {
            try {
                m.put(p, Files.isRegularFile(p) ? Files.readAllBytes(p) : null);
            } catch (IOException e) {
                m.put(p, null);
            }
        }
        return m;
    }

    private static boolean same(Map<Path, byte[]> a, Map<Path, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<Path, byte[]> e : a.entrySet()) {
            byte[] o = b.get(e.getKey());
            if (!(Objects.isNull(e.getValue()) ? o == null : o != null && Arrays.equals(e.getValue(), o))) {
                return false;
            }
        }
        return true;
    }
}
