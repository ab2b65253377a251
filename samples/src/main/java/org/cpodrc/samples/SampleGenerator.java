package org.cpodrc.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpodrc.gds.GdsWriter;

/**
 * Writes every {@link Sample} as GDSII into a folder (default {@code samples/gds}). The committed
 * files are this output; a test regenerates them and compares bytes, so they cannot go stale.
 * Run from the repository root:
 * {@code mvn -q -o compile -pl samples -am && java -cp drc-engine/target/classes:samples/target/classes org.cpodrc.samples.SampleGenerator samples/gds}
 * (JTS and snakeyaml are not needed to write).
 */
public final class SampleGenerator {
    private SampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/gds");
        writeAll(dir);
        Path stacks = dir.toAbsolutePath().resolveSibling("stacks");
        StackSplit.writeShipped(stacks);
        System.out.println("wrote " + Sample.all().size() + " samples to " + dir + " and " + StackSplit.SHIPPED.size()
                + " split into stacks to " + stacks);
    }

    /** Writes every sample into dir (created if missing). */
    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Sample s : Sample.all()) {
            GdsWriter.write(s.layout(), dir.resolve(s.file()));
        }
    }
}
