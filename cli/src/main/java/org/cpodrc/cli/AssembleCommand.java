package org.cpodrc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cpodrc.InputException;
import org.cpodrc.gds.GdsWriter;
import org.cpodrc.layout.Layout;
import org.cpodrc.report.AtomicFiles;
import org.cpodrc.stack.Stack;
import org.cpodrc.stack.StackAssembler;
import org.cpodrc.stack.StackFileReader;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpodrc assemble STACK.yaml -o PACKAGE.gds}: the placed dies as one GDS, with a .lyp naming DIE.NAME layers. */
@Command(name = "assemble", mixinStandardHelpOptions = true,
        description = {"Writes a stack file's package as one GDSII layout: a top cell named as the stack placing one"
                + " cell per die by its transform, die layers renumbered 1/0 upward, and a .lyp beside it naming them"
                + " DIE.NAME. Open it in KLayout with the lyrdb or gds report of a check of the same stack.",
                "Exit codes: 0 written, 2 usage error, 3 unreadable or malformed stack or die file."})
final class AssembleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STACK", description = "stack file (YAML with cpodrc-stack: 1)")
    Path stackFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PACKAGE.gds", description = "the GDSII file to write")
    Path output;

    @Option(names = "--max-shapes", paramLabel = "N", converter = MaxShapes.class, defaultValue = MaxShapes.AUTO,
            description = "refuse dies that flatten into more than N shapes (default: what the Java heap holds)")
    long maxShapes;

    @Override
    public Integer call() {
        if (!StackFileReader.isStackFile(stackFile)) {
            throw new InputException(stackFile + ": not a stack file (no '" + org.cpodrc.stack.StackGrammar.MARKER
                    + ": 1' key)");
        }
        Stack stack = Stack.load(stackFile, maxShapes);
        Layout layout;
        try {
            layout = StackAssembler.assemble(stack);
        } catch (ArithmeticException e) {
            throw new InputException(stackFile + ": the package exceeds GDSII's 32-bit coordinates on its grid of "
                    + stack.dbuUm() + " um");
        }
        String n = output.getFileName().toString();
        String base = n.endsWith(".gds.gz") ? n.substring(0, n.length() - 7)
                : n.endsWith(".gds") ? n.substring(0, n.length() - 4) : n;
        Path lyp = output.resolveSibling(base + ".lyp");
        try {
            AtomicFiles.writeBytes(output, os -> GdsWriter.write(layout, os));
            AtomicFiles.writeBytes(lyp, os -> os.write(StackAssembler.lyp(stack).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new InputException(output + ": cannot write: " + e.getMessage());
        }
        spec.commandLine().getOut().println("wrote " + output + " (top cell " + stack.name() + ", "
                + stack.dies().size() + " dies) and " + lyp);
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
