package org.cpodrc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cpodrc.InputException;
import org.cpodrc.baseline.Baseline;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.engine.DeckLayerView;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.LayerView;
import org.cpodrc.engine.LayerSource;
import org.cpodrc.engine.LayoutLayerSource;
import org.cpodrc.engine.MemoryEstimate;
import org.cpodrc.engine.RunProgress;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.TopCells;
import org.cpodrc.engine.tile.TileSize;
import org.cpodrc.flatten.Flattener;
import org.cpodrc.io.InputFiles;
import org.cpodrc.layoutio.LayoutFiles;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Layout;
import org.cpodrc.report.ReportFormats;
import org.cpodrc.report.TextReport;
import org.cpodrc.stack.PlacedDie;
import org.cpodrc.stack.Stack;
import org.cpodrc.stack.StackFileReader;
import org.cpodrc.waiver.Waiver;
import org.cpodrc.waiver.WaiverFile;
import org.cpodrc.waiver.Waivers;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import static org.cpodrc.cli.CommandModels.bound;

/**
 * {@code cpodrc check}: runs a deck over a design and writes the reports; exit code per DECK-SPEC §5.
 * Its command model is built in code ({@link #commandSpec}), not from picocli annotations: this is
 * the command whose start is measured (BENCHMARKS.md, quick start), see {@link CommandModels}.
 */
final class CheckCommand implements Callable<Integer> {
    CommandLine.Model.CommandSpec spec;

    Path design;
    String deck;
    String top;
    Map<String, String> params = new LinkedHashMap<>();
    List<String> reports = new ArrayList<>();
    String failOn;
    Integer threads;
    String tile;
    boolean quiet;
    long maxShapes;
    List<Path> plugins = new ArrayList<>();
    Path waivers;
    Path baseline;

    /** The command model of {@code command}, which picocli fills from the command line. */
    static CommandSpec commandSpec(CheckCommand c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c).name("check").versionProvider(new Version());
        c.spec = s;
        s.usageMessage().description("Checks a GDSII design or a multi-die stack file against a rule deck.",
                "Exit codes: 0 no failing violation, 1 failing violations, 2 usage error, "
                        + "3 input error, 4 internal error, 5 out of memory (raise -Xmx in JAVA_OPTS).");
        CommandModels.standardHelp(s);
        s.addPositional(bound(PositionalParamSpec.builder().index("0").required(true), Path.class, () -> c.design, v -> c.design = v)
                .paramLabel("DESIGN").description("GDSII file (.gds or .gds.gz), or a stack file placing several die layouts"
                        + " (YAML with cpodrc-stack: 1; detected by content)").build());
        s.addOption(bound(OptionSpec.builder("--deck"), String.class, () -> c.deck, v -> c.deck = v)
                .required(true).paramLabel("DECK").description("deck file or builtin:NAME").build());
        s.addOption(bound(OptionSpec.builder("--top"), String.class, () -> c.top, v -> c.top = v)
                .paramLabel("CELL").description("cell to check (default: the only top cell)").build());
        s.addOption(bound(OptionSpec.builder("--param"), Map.class, () -> c.params, v -> c.params = v)
                .auxiliaryTypes(String.class, String.class)
                .paramLabel("NAME=VALUE").description("override a deck param (repeatable)").build());
        s.addOption(bound(OptionSpec.builder("--report"), List.class, () -> c.reports, v -> c.reports = v)
                .auxiliaryTypes(String.class).paramLabel("FORMAT[=PATH]")
                .description("report to write (repeatable); formats: ${COMPLETION-CANDIDATES}",
                        "PATH '-' is stdout; without PATH text goes to stdout, json to cpodrc-report.json.",
                        "Default: text on stdout.")
                .completionCandidates(ReportFormats.names()).build());
        s.addOption(bound(OptionSpec.builder("--fail-on"), String.class, () -> c.failOn, v -> c.failOn = v)
                .paramLabel("error|warning").defaultValue("error")
                .description("lowest severity that fails the run (exit 1); default ${DEFAULT-VALUE}").build());
        s.addOption(bound(OptionSpec.builder("--threads"), Integer.class, () -> c.threads, v -> c.threads = v)
                .paramLabel("N").description("rules run in parallel (default: processors)").build());
        s.addOption(bound(OptionSpec.builder("--tile"), String.class, () -> c.tile, v -> c.tile = v)
                .paramLabel("SIZE|off|auto").defaultValue("auto")
                .description("tile side in um for the edge rules (width, space, separation, enclosure), 'auto' "
                        + "(default: tiles sized from the edge count and threads, layers with few shapes whole) or "
                        + "'off' (whole layers); every report is the same for every setting").build());
        s.addOption(bound(OptionSpec.builder("--quiet"), boolean.class, () -> c.quiet, v -> c.quiet = v)
                .description("no default text report and no summary on stdout").build());
        s.addOption(bound(OptionSpec.builder("--max-shapes"), long.class, () -> c.maxShapes, v -> c.maxShapes = v)
                .paramLabel("N").converters(new MaxShapes()).defaultValue(MaxShapes.AUTO)
                .description("refuse designs that flatten into more than N shapes (default: what the Java heap holds, "
                        + "about one shape per 200 bytes of -Xmx, at least 1000000)").build());
        s.addOption(bound(OptionSpec.builder("--plugin"), List.class, () -> c.plugins, v -> c.plugins = v)
                .auxiliaryTypes(Path.class).paramLabel("JAR").description("jar with extra checks (repeatable)").build());
        s.addOption(bound(OptionSpec.builder("--waivers"), Path.class, () -> c.waivers, v -> c.waivers = v)
                .paramLabel("FILE")
                .description("waiver file (YAML): waived violations stay in the reports but do not fail the run").build());
        s.addOption(bound(OptionSpec.builder("--baseline"), Path.class, () -> c.baseline, v -> c.baseline = v)
                .paramLabel("REPORT.json").description("earlier JSON report: fail only on violations not in it").build());
        return s;
    }

    /**
     * Decides which waivers have expired; null for the system clock, which is then read only when
     * there are waivers (its time zone rules take milliseconds to load).
     */
    private final Clock clock;

    CheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PhaseTrace.mark("picocli parse");
        Severity threshold = threshold();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw usage("--threads must be at least 1, not " + threadCount);
        }
        TileSize tileSize;
        try {
            tileSize = TileSize.parse(tile);
        } catch (IllegalArgumentException e) {
            throw usage("--tile: " + e.getMessage());
        }
        List<ReportTarget> targets = targets();
        ReportPlan plan = new ReportPlan(targets);
        String clash = plan.conflict(java.util.Arrays.asList(design, waivers, baseline));
        if (clash != null) {
            throw usage(clash);
        }

        CheckRegistry registry = Plugins.registry(plugins);
        PhaseTrace.mark("check registry");
        if (!Files.exists(design)) {
            throw new InputException(design + ": no such file");
        }
        try {
            InputFiles.checkRegular(design, Long.MAX_VALUE, null); // a FIFO would block the reader
        } catch (java.io.IOException e) {
            throw new InputException(design + ": cannot read: " + InputFiles.reason(e));
        }
        // waivers and baseline first: a typo there should not cost a full run
        List<Waiver> waiverList = waivers == null ? null : WaiverFile.load(waivers);
        Baseline base = baseline == null ? null : Baseline.load(baseline);
        DeckLoader deckLoader = new DeckLoader(registry);
        Deck loaded;
        LayerSource source;
        InputInfo input;
        List<Path> designFiles = new ArrayList<>();
        if (StackFileReader.isStackFile(design)) {
            if (top != null) {
                throw usage("--top does not apply to a stack file; a die names its cell with 'cell:'");
            }
            Stack stack = Stack.load(design, maxShapes);
            for (PlacedDie d : stack.dies()) {
                if (d.spec().file() != null) {
                    designFiles.add(d.spec().file());
                }
            }
            loaded = deckLoader.load(deck, params, stack.designLayers());
            source = stack.layerSource();
            input = new InputInfo(design.toString(), stack.name(), stack.dbuUm(), stack.assembly());
        } else {
            // The deck loads on a second thread while this one reads the design and sizes it up (a
            // core otherwise idle then: about 50 ms of a small check's start). Errors keep the order
            // of one thread: the design's first (a stack file whose first line is damaged is then
            // named as the file it is, not through the deck's stack-only DIE.NAME layers), then the
            // deck's, then those of the top cell, the shape limit and the memory estimate.
            Background<Deck> deckLoad = Background.start("cpodrc-deck", () -> deckLoader.load(deck, params));
            Layout layout = LayoutFiles.read(design, maxShapes);
            PhaseTrace.mark("design read");
            List<Cell> tops = null;
            RuntimeException sizing = null;
            try {
                tops = TopCells.choose(layout, top, design.toString());
                if (!spec.commandLine().getParseResult().hasMatchedOption("--max-shapes")) {
                    // the default limit only guards the flattening; checking needs more per shape
                    new Flattener(layout, maxShapes, design.toString()).checkLimit(tops); // cycles, the limit
                    MemoryEstimate.require(MemoryEstimate.count(layout, tops), Runtime.getRuntime().maxMemory(),
                            design.toString());
                }
            } catch (RuntimeException e) {
                sizing = e;
            }
            loaded = deckLoad.join();
            PhaseTrace.mark("deck load, sizing");
            if (sizing != null) {
                throw sizing;
            }
            source = new LayoutLayerSource(layout, tops, maxShapes, design.toString());
            input = new InputInfo(design.toString(), source.topCell(), layout.dbuUm());
        }
        designFiles.addAll(deckLoader.filesRead());
        String inputClash = plan.conflict(designFiles);
        if (inputClash != null) {
            throw usage(inputClash);
        }
        PhaseTrace.mark("output clash check");
        RunProgress progress = TerminalProgress.choose(System.console() != null, quiet, spec.commandLine().getErr());
        RunResult result = new DrcEngine(registry, threadCount, progress, tileSize).run(loaded, source, input, threshold);
        PhaseTrace.mark("checks");
        if (waiverList != null) {
            result = Waivers.apply(result, waiverList, LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock));
        }
        if (base != null) {
            result = base.apply(result);
        }
        LayerView layers = new DeckLayerView(loaded, registry, source);
        boolean stdoutUsed = new ReportPlan(targets.stream().map(t -> t.withLayers(layers, Version.get())).toList())
                .write(result, spec.commandLine().getOut());
        if (!stdoutUsed && !quiet) {
            spec.commandLine().getOut().println(TextReport.summary(result));
            spec.commandLine().getOut().flush();
        }
        return result.passed() ? Main.EXIT_OK : Main.EXIT_VIOLATIONS;
    }

    private Severity threshold() {
        return switch (failOn) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> throw usage("--fail-on must be error or warning, not '" + failOn + "'");
        };
    }

    private List<ReportTarget> targets() {
        List<ReportTarget> out = new ArrayList<>();
        for (String r : reports) {
            ReportTarget t = ReportTarget.parse(r, Version.get());
            if (t == null) {
                throw usage("unknown report format in '--report " + r + "'; known: "
                        + String.join(", ", ReportFormats.names()));
            }
            out.add(t);
        }
        if (out.isEmpty() && !quiet) {
            out.add(ReportTarget.parse("text", Version.get()));
        }
        for (ReportTarget t : out) {
            if (t.toStdout() && t.writer().binary()) {
                throw usage("the " + t.writer().format() + " report is binary; give it a file: --report "
                        + t.writer().format() + "=" + t.writer().defaultFileName());
            }
        }
        if (out.stream().filter(ReportTarget::toStdout).count() > 1) {
            throw usage("only one report can go to stdout");
        }
        return out;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
