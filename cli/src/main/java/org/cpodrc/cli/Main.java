package org.cpodrc.cli;

import java.io.PrintWriter;
import java.time.Clock;

import org.cpodrc.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cpodrc} command: one class per subcommand, this one only wires them and maps errors to exit codes. */
@Command(name = "cpodrc", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Design-rule checker for co-packaged optics package layouts.",
        subcommands = {CheckCommand.class, InfoCommand.class, AssembleCommand.class, DeckCommand.class, KlayoutCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_VIOLATIONS = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INPUT = 3;
    public static final int EXIT_INTERNAL = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        } catch (OutOfMemoryError e) {
            System.err.println("cpodrc: out of memory; raise the heap (JAVA_OPTS=-Xmx...) or lower --max-shapes");
            code = EXIT_INTERNAL;
        }
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with "today" from the clock (waiver expiry in tests). */
    static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        CommandLine cl = commandLine(clock);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(Clock.systemDefaultZone());
    }

    static CommandLine commandLine(Clock clock) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == CheckCommand.class ? cls.cast(new CheckCommand(clock)) : defaults.create(cls);
            }
        };
        CommandLine cl = new CommandLine(new Main(), factory);
        cl.setExitCodeExceptionMapper(Main::exitCodeOf);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("cpodrc: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'cpodrc " + ex.getCommandLine().getCommandName()
                    .replace("cpodrc", "").trim() + " --help'.".replace("  ", " "));
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof InputException) {
                c.getErr().println("cpodrc: " + ex.getMessage());
                return EXIT_INPUT;
            }
            c.getErr().println("cpodrc: internal error: " + ex);
            for (StackTraceElement e : ex.getStackTrace()) {
                if (e.getClassName().startsWith("org.cpodrc")) {
                    c.getErr().println("    at " + e);
                }
            }
            c.getErr().println("Please report this with the command line and input files.");
            return EXIT_INTERNAL;
        });
        return cl;
    }

    private static int exitCodeOf(Throwable t) {
        return t instanceof InputException ? EXIT_INPUT : EXIT_INTERNAL;
    }
}
