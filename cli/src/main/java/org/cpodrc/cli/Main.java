package org.cpodrc.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

import org.cpodrc.InputException;

import picocli.CommandLine;

/**
 * The {@code cpodrc} command: one class per subcommand, this one only wires them and maps errors to
 * exit codes. Its own model and {@code check}'s are built in code ({@link CommandModels}).
 */
public final class Main implements Runnable {
    /**
     * The subcommands' names, in help order. Added by {@link #commandLine(Clock, String)} rather than
     * through {@code @Command(subcommands)}: picocli reflects over every command it is given, and a
     * run of one subcommand need not pay for the others (a fifth of a small check's start).
     */
    private static final List<String> SUBCOMMANDS = List.of("check", "info", "assemble", "deck", "klayout", "help");

    /** The subcommands that read designs, whose heap {@link HeapWatch} watches. */
    private static final List<String> WATCHED = List.of("check", "info", "assemble");

    public static final int EXIT_OK = 0;
    public static final int EXIT_VIOLATIONS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INPUT = 3;
    public static final int EXIT_INTERNAL = 4;
    /** The Java heap ran out although the estimate let the run start; raise -Xmx. */
    public static final int EXIT_MEMORY = 5;

    /**
     * picocli's switch for its built-in converters, and the ones cpodrc leaves out: picocli registers
     * converters for java.time and java.sql types through reflection for every command line it makes
     * (twice a run), and loading and initializing those classes (java.time's formatters among them) is
     * about 30 ms of a small check's start. No cpodrc option has such a type (ConverterExcludesTest); a
     * value set through JAVA_OPTS is kept.
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    static final String EXCLUDED_CONVERTERS = "java\\.(sql|time)\\..*";

    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        PhaseTrace.mark("jvm start to main");
        if (args.length > 0 && WATCHED.contains(args[0])) {
            // only commands that read designs pay for it, off the main thread, and only after the
            // first second: loading the management classes costs about 20 ms of CPU, a twentieth
            // of a small check, and a run that ends sooner cannot be thrashing its heap
            Thread watch = new Thread(HeapWatch::installAfterASecond, "cpodrc-heap-watch");
            watch.setDaemon(true);
            watch.start();
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        PhaseTrace.mark("reports, end");
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with "today" from the clock (waiver expiry in tests; null: the system's). */
    static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        CommandLine cl = commandLine(clock, args.length > 0 ? args[0] : null);
        PhaseTrace.mark("picocli model");
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args, err);
    }

    /** Executes the command line; a Java heap or stack exhausted ends in one line and its exit code. */
    static int execute(CommandLine cl, String[] args, PrintWriter err) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // one line, no trace; the reports were not committed (ReportCommit writes them all or none)
            err.println(outOfMemoryLine());
            err.flush();
            return EXIT_MEMORY;
        } catch (StackOverflowError e) {
            err.println("cpodrc: internal error: the input nests too deeply for the Java stack (StackOverflowError); "
                    + "please report this with the command line and input files");
            err.flush();
            return EXIT_INTERNAL;
        }
    }

    /** What an exhausted heap prints (an {@link OutOfMemoryError}, or {@link HeapWatch} before one). */
    static String outOfMemoryLine() {
        return "cpodrc: out of memory: the Java heap (-Xmx, now " + heap() + ") is too small for this run; "
                + "raise it through JAVA_OPTS (e.g. JAVA_OPTS=-Xmx16g) or check less at once (--top CELL)";
    }

    /** The message on one line: line breaks and other control characters become spaces. */
    static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static String heap() {
        return org.cpodrc.io.InputLimits.human(Runtime.getRuntime().maxMemory());
    }

    static CommandLine commandLine() {
        return commandLine(null, null);
    }

    /**
     * The command line; with {@code only} naming a subcommand other than {@code help}, that one is
     * the only subcommand (the run cannot reach the others; {@code help} lists them all).
     */
    static CommandLine commandLine(Clock clock, String only) {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, EXCLUDED_CONVERTERS);
        }
        CommandLine.IFactory factory = CommandLine.defaultFactory();
        Main main = new Main();
        main.spec = CommandLine.Model.CommandSpec.wrapWithoutInspection(main).name("cpodrc").versionProvider(new Version());
        main.spec.usageMessage().description("Design-rule checker for co-packaged optics package layouts.");
        CommandLine cl = new CommandLine(CommandModels.standardHelp(main.spec), factory);
        boolean one = only != null && SUBCOMMANDS.contains(only) && !"help".equals(only);
        for (String name : one ? List.of(only) : SUBCOMMANDS) {
            cl.addSubcommand(subcommand(name, clock, factory));
        }
        ErrorHandlers handlers = new ErrorHandlers();
        cl.setExitCodeExceptionMapper(handlers);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        return cl;
    }

    private static CommandLine subcommand(String name, Clock clock, CommandLine.IFactory factory) {
        return switch (name) {
            case "check" -> new CommandLine(CheckCommand.commandSpec(new CheckCommand(clock)), factory);
            case "info" -> new CommandLine(InfoCommand.class, factory);
            case "assemble" -> new CommandLine(AssembleCommand.class, factory);
            case "deck" -> new CommandLine(DeckCommand.class, factory);
            case "klayout" -> new CommandLine(KlayoutCommand.class, factory);
            case "help" -> new CommandLine(CommandLine.HelpCommand.class, factory);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Errors to messages and exit codes. A class, not lambdas: a lambda for one of picocli's (Java 5)
     * interfaces is made at run time on every start, a class comes from the class-data-sharing archive.
     */
    private static final class ErrorHandlers implements CommandLine.IExitCodeExceptionMapper,
            CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        @Override
        public int getExitCode(Throwable t) {
            return t instanceof InputException ? EXIT_INPUT : EXIT_INTERNAL;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            ex.getCommandLine().getErr().println("cpodrc: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'cpodrc " + ex.getCommandLine().getCommandName()
                    .replace("cpodrc", "").trim() + " --help'.".replace("  ", " "));
            return EXIT_USAGE;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine c, CommandLine.ParseResult parseResult) {
            if (ex instanceof InputException) {
                // one line always: parser messages (snakeyaml's) may carry line breaks or echo input
                c.getErr().println("cpodrc: " + oneLine(ex.getMessage()));
                return EXIT_INPUT;
            }
            c.getErr().println("cpodrc: internal error: " + ex);
            // where in our code, briefly: a stack overflow would otherwise print a thousand lines
            java.util.Arrays.stream(ex.getStackTrace()).filter(e -> e.getClassName().startsWith("org.cpodrc"))
                    .limit(12).forEach(e -> c.getErr().println("    at " + e));
            c.getErr().println("Please report this with the command line and input files.");
            return EXIT_INTERNAL;
        }
    }
}
