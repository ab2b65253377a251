package org.cpodrc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.decktest.DeckTestFile;
import org.cpodrc.decktest.DeckTestFiles;
import org.cpodrc.decktest.DeckTestJunit;
import org.cpodrc.decktest.DeckTestResult;
import org.cpodrc.decktest.DeckTestRunner;
import org.cpodrc.decktest.DeckTestText;
import org.cpodrc.decktest.DeckTestWatcher;
import org.cpodrc.decktest.TestSource;
import org.cpodrc.report.ReportCommit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpodrc deck test}: runs a deck's test cases and reports failures and rule coverage. */
@Command(name = "test", description = {"Run a deck's test cases (cpodrc-deck-test files) and show rule coverage.",
        "Without TEST files: DIR/NAME.test.yaml and DIR/tests/*.test.yaml beside the deck DIR/NAME.yaml; "
                + "for builtin:NAME the tests shipped with it.",
        "Exit codes: 0 every case passes, 1 a case fails (or a rule is uncovered with --fail-on-uncovered), "
                + "2 usage error, 3 bad deck or test file."})
final class DeckTestCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DECK", description = "deck file or builtin:NAME")
    String deck;

    @Parameters(index = "1..*", paramLabel = "TEST", description = {"test files (default: found beside the deck);",
            "builtin:NAME names the tests shipped with that deck (for a deck extending it)"})
    List<String> tests = new ArrayList<>();

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "override a deck param in every case")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--report", paramLabel = "junit=PATH", description = "also write JUnit XML for CI (repeatable)")
    List<String> reports = new ArrayList<>();

    @Option(names = "--fail-on-uncovered", description = "exit 1 when a rule has no passing or no failing case")
    boolean failOnUncovered;

    @Option(names = "--watch", description = "rerun when the deck, its bases or a test file changes; print what changed")
    boolean watch;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "500",
            description = "how often --watch looks at the files, in milliseconds (default ${DEFAULT-VALUE})")
    long interval;

    @Override
    public Integer call() {
        List<Path> junit = new ArrayList<>();
        for (String r : reports) {
            if (!r.startsWith("junit=") || r.length() == "junit=".length()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--report takes junit=PATH, not '" + r + "'");
            }
            junit.add(Path.of(r.substring("junit=".length())));
        }
        // as for check: no two reports to one file, none over the deck, its bases or a test file
        String clash = ReportPlan.conflict(junit.stream().map(p -> new ReportPlan.Output(p, "junit")).toList(),
                watchedFiles());
        if (clash != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), clash);
        }
        if (interval < 10) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be at least 10 ms");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (watch) {
            DeckTestWatcher w = new DeckTestWatcher(this::watchedFiles, () -> blocks(junit), s -> {
                out.println(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
                out.flush();
            }, interval);
            w.watch();
            return Main.EXIT_OK;
        }
        DeckTestResult r = run(junit);
        for (String f : DeckTestText.failures(r)) {
            out.print(f);
        }
        out.println(DeckTestText.summary(r));
        out.print(DeckTestText.coverage(r));
        out.flush();
        boolean uncovered = failOnUncovered && !r.coverage().complete();
        return r.passed() && !uncovered ? Main.EXIT_OK : Main.EXIT_VIOLATIONS;
    }

    private DeckTestResult run(List<Path> junit) {
        CheckRegistry registry = CheckRegistry.standard();
        DeckTestRunner runner = new DeckTestRunner(registry, deck, params);
        List<TestSource> sources = sources(new DeckLoader(registry));
        List<DeckTestFile> files = runner.read(sources);
        DeckTestResult r = runner.run(files);
        ReportCommit commit = new ReportCommit();
        for (Path p : junit) {
            commit.add(p, os -> {
                StringWriter w = new StringWriter();
                DeckTestJunit.write(r, failOnUncovered, w);
                os.write(w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
        }
        try {
            commit.commit();
        } catch (ReportCommit.Failed e) {
            throw new InputException(e.path() + ": cannot write the junit report: " + e.getMessage()
                    + (junit.size() > 1 ? " (no report was written)" : ""));
        }
        return r;
    }

    private List<TestSource> sources(DeckLoader loader) {
        if (!tests.isEmpty()) {
            List<TestSource> out = new ArrayList<>();
            for (String t : tests) {
                if (t.startsWith("builtin:")) {
                    out.addAll(DeckTestFiles.find(loader, t, DeckTestCommand.class.getClassLoader()));
                } else {
                    out.add(TestSource.of(Path.of(t)));
                }
            }
            return out;
        }
        List<TestSource> found = DeckTestFiles.find(loader, deck, DeckTestCommand.class.getClassLoader());
        if (found.isEmpty()) {
            throw new InputException(deck + ": no deck tests found (looked for "
                    + (deck.startsWith("builtin:") ? "the tests shipped with it" : "NAME.test.yaml and tests/*.test.yaml "
                    + "beside it") + "); name test files after the deck");
        }
        return found;
    }

    /** One run for the watcher: failure blocks, the summary, the coverage lines; a bad file is one ERROR line. */
    private List<String> blocks(List<Path> junit) {
        List<String> b = new ArrayList<>();
        try {
            DeckTestResult r = run(junit);
            b.addAll(DeckTestText.failures(r));
            b.add(DeckTestText.summary(r));
            b.addAll(DeckTestText.coverage(r).lines().filter(l -> l.startsWith("rules with")).toList());
        } catch (InputException e) {
            b.add("ERROR " + e.getMessage());
        }
        return b;
    }

    /** The deck and its file bases, and the test files; what is known when the deck does not load. */
    private List<Path> watchedFiles() {
        LinkedHashSet<Path> files = new LinkedHashSet<>();
        DeckLoader loader = new DeckLoader(CheckRegistry.standard());
        if (!deck.startsWith("builtin:")) {
            files.add(Path.of(deck));
        }
        try {
            loader.chain(deck).stream().filter(n -> !n.startsWith("builtin:")).map(Path::of).forEach(files::add);
        } catch (InputException e) {
            // a broken deck: watch what we know until it is fixed
        }
        if (tests.isEmpty() && !deck.startsWith("builtin:")) {
            DeckTestFiles.beside(Path.of(deck)).forEach(s -> files.add(s.file()));
        }
        tests.stream().filter(t -> !t.startsWith("builtin:")).map(Path::of).forEach(files::add);
        return List.copyOf(files);
    }
}
