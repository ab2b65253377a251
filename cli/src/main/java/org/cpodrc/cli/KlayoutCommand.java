package org.cpodrc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cpodrc.InputException;
import org.cpodrc.report.AtomicFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cpodrc klayout install}: puts the cpodrc macro into KLayout's macro folder. */
@Command(name = "klayout", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "KLayout integration: a Tools menu entry that checks the current layout with cpodrc "
                + "and opens the result in the marker browser.",
        subcommands = {KlayoutCommand.Install.class})
final class KlayoutCommand implements Runnable {
    /** The macro as shipped inside the jar (copied from klayout/cpodrc.lym at build time). */
    static final String MACRO_RESOURCE = "/org/cpodrc/cli/klayout/cpodrc.lym";
    static final String MACRO_NAME = "cpodrc.lym";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: install");
    }

    static byte[] macro() throws IOException {
        try (InputStream in = KlayoutCommand.class.getResourceAsStream(MACRO_RESOURCE)) {
            if (in == null) {
                throw new IOException("the KLayout macro is missing from this build (" + MACRO_RESOURCE + ")");
            }
            return in.readAllBytes();
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = {"Installs the cpodrc macro (autorun Python macro) for KLayout.",
                    "KLayout finds cpodrc through the CPODRC environment variable (a command line, e.g. "
                            + "'java -jar /opt/cpodrc.jar') or on PATH."})
    static final class Install implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--dir", paramLabel = "DIR",
                description = "macro folder (default: ~/.klayout/pymacros)")
        Path dir;

        @Override
        public Integer call() {
            Path target = (dir != null ? dir : Path.of(System.getProperty("user.home"), ".klayout", "pymacros"))
                    .resolve(MACRO_NAME);
            try {
                byte[] bytes = macro();
                Files.createDirectories(target.getParent());
                AtomicFiles.writeBytes(target, os -> os.write(bytes));
            } catch (IOException e) {
                throw new InputException(target + ": cannot install the KLayout macro: " + e.getMessage(), e);
            }
            spec.commandLine().getOut().println("installed " + target);
            spec.commandLine().getOut().println("Restart KLayout: Tools > cpodrc: check layout ... "
                    + "(set CPODRC if cpodrc is not on PATH)");
            spec.commandLine().getOut().flush();
            return Main.EXIT_OK;
        }
    }
}
