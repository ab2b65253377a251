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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpodrc check}: runs a deck over a design and writes the reports; exit code per DECK-SPEC §5. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Checks a GDSII design or a multi-die stack file against a rule deck.",
                "Exit codes: 0 no failing violation, 1 failing violations, 2 usage error, "
                        + "3 input error, 4 internal error, 5 out of memory (raise -Xmx in JAVA_OPTS)."})
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DESIGN", description = "GDSII file (.gds or .gds.gz), or a stack file placing several die layouts"
            + " (YAML with cpodrc-stack: 1; detected by content)")
    Path design;

    @Option(names = "--deck", required = true, paramLabel = "DECK", description = "deck file or builtin:NAME")
    String deck;

    @Option(names = "--top", paramLabel = "CELL", description = "cell to check (default: the only top cell)")
    String top;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "override a deck param (repeatable)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--report", paramLabel = "FORMAT[=PATH]",
            description = {"report to write (repeatable); formats: ${COMPLETION-CANDIDATES}",
                    "PATH '-' is stdout; without PATH text goes to stdout, json to cpodrc-report.json.",
                    "Default: text on stdout."},
            completionCandidates = Formats.class)
    List<String> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
            description = "lowest severity that fails the run (exit 1); default ${DEFAULT-VALUE}")
    String failOn;

    @Option(names = "--threads", paramLabel = "N", description = "rules run in parallel (default: processors)")
    Integer threads;

    @Option(names = "--tile", paramLabel = "SIZE|off|auto", defaultValue = "auto",
            description = {"tile side in um for the edge rules (width, space, separation, enclosure), 'auto' "
                    + "(default: tiles sized from the edge count and threads, layers with few shapes whole) or "
                    + "'off' (whole layers); every report is the same for every setting"})
    String tile;

    @Option(names = "--quiet", description = "no default text report and no summary on stdout")
    boolean quiet;

    @Option(names = "--max-shapes", paramLabel = "N", converter = MaxShapes.class, defaultValue = MaxShapes.AUTO,
            description = "refuse designs that flatten into more than N shapes (default: what the Java heap holds, "
                    + "about one shape per 600 bytes of -Xmx, at least 1000000)")
    long maxShapes;

    @Option(names = "--plugin", paramLabel = "JAR", description = "jar with extra checks (repeatable)")
    List<Path> plugins = new ArrayList<>();

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "waiver file (YAML): waived violations stay in the reports but do not fail the run")
    Path waivers;

    @Option(names = "--baseline", paramLabel = "REPORT.json",
            description = "earlier JSON report: fail only on violations not in it")
    Path baseline;

    /** Decides which waivers have expired; the system clock except in tests. */
    private final Clock clock;

    CheckCommand() {
        this(Clock.systemDefaultZone());
    }

    CheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
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
            // the design before the deck, as for a stack: a stack file whose first line is damaged is
            // then named as the file it is, not through the deck's stack-only DIE.NAME layers
            Layout layout = LayoutFiles.read(design, maxShapes);
            loaded = deckLoader.load(deck, params);
            List<Cell> tops = TopCells.choose(layout, top, design.toString());
            if (!spec.commandLine().getParseResult().hasMatchedOption("--max-shapes")) {
                // the default limit only guards the flattening; checking needs more per shape
                new Flattener(layout, maxShapes, design.toString()).checkLimit(tops); // cycles, the limit
                MemoryEstimate.require(MemoryEstimate.count(layout, tops), Runtime.getRuntime().maxMemory(),
                        design.toString());
            }
            source = new LayoutLayerSource(layout, tops, maxShapes);
            input = new InputInfo(design.toString(), source.topCell(), layout.dbuUm());
        }
        designFiles.addAll(deckLoader.filesRead());
        String inputClash = plan.conflict(designFiles);
        if (inputClash != null) {
            throw usage(inputClash);
        }
        RunProgress progress = TerminalProgress.choose(System.console() != null, quiet, spec.commandLine().getErr());
        RunResult result = new DrcEngine(registry, threadCount, progress, tileSize).run(loaded, source, input, threshold);
        if (waiverList != null) {
            result = Waivers.apply(result, waiverList, LocalDate.now(clock));
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

    /** Report format names for the help text. */
    static final class Formats extends ArrayList<String> {
        Formats() {
            super(ReportFormats.names());
        }
    }
}
