package org.cpodrc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpodrc.engine.MemoryEstimate;
import org.cpodrc.flatten.Flattener;
import org.cpodrc.layoutio.LayoutFiles;
import org.cpodrc.info.InfoJson;
import org.cpodrc.info.InfoText;
import org.cpodrc.info.LayoutStatistics;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Layout;
import org.cpodrc.stack.Stack;
import org.cpodrc.stack.StackFileReader;
import org.cpodrc.stack.StackInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpodrc info FILE}: per layer statistics of the flattened design (DECK-SPEC §7). */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Per layer/datatype statistics of the flattened top cell(s): shapes, texts, merged area, bounding box.",
                "For a stack file: every die (file, cell, transform, tier) and its layers in package coordinates.",
                "Exit codes: 0 ok, 2 usage error (also: --top names a cell the file does not have), 3 unreadable or malformed design."})
public final class InfoCommand implements Callable<Integer> {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "GDSII file (.gds or .gds.gz) or stack file (YAML with cpodrc-stack: 1)")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    Format format;

    @Option(names = "--top", paramLabel = "CELL", description = "report only this cell (default: every top cell)")
    String top;

    @Option(names = "--max-shapes", paramLabel = "N", converter = MaxShapes.class, defaultValue = MaxShapes.AUTO,
            description = "refuse designs that flatten into more than N shapes (default: what the Java heap holds, "
                    + "about one shape per 200 bytes of -Xmx, at least 1000000)")
    long maxShapes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (StackFileReader.isStackFile(file)) {
            if (top != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--top does not apply to a stack file; a die names its cell with 'cell:'");
            }
            StackInfo info = StackInfo.of(Stack.load(file, maxShapes));
            spec.commandLine().getOut().print(format == Format.json ? info.json(file.toString()) : info.text(file.toString()));
            spec.commandLine().getOut().flush();
            return Main.EXIT_OK;
        }
        Layout layout = LayoutFiles.read(file, maxShapes);
        List<Cell> tops;
        if (top != null) {
            Cell c = layout.cell(top);
            if (c == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--top: " + file + " has no cell named '" + top + "'");
            }
            tops = List.of(c);
        } else {
            tops = layout.topCells();
        }
        if (!spec.commandLine().getParseResult().hasMatchedOption("--max-shapes")) {
            // the shape limit alone lets a few many-vertex polygons placed many times through
            MemoryEstimate.requireForStatistics(MemoryEstimate.count(layout, tops), Runtime.getRuntime().maxMemory(),
                    file.toString());
        }
        LayoutStatistics stats = LayoutStatistics.of(layout, tops, maxShapes, file.toString());
        String name = file.toString();
        spec.commandLine().getOut().print(format == Format.json ? InfoJson.format(name, stats) : InfoText.format(name, stats));
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }
}
