package org.cpodrc.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed GDS files are exactly what the generator writes, and the README lists each. */
class SamplesUpToDateTest {
    @Test
    void committedSamplesEqualTheGeneratorsOutputByteForByte(@TempDir Path tmp) throws IOException {
        SampleGenerator.writeAll(tmp);
        Set<String> committed = gdsNames(SampleFiles.gds());
        Set<String> generated = gdsNames(tmp);
        assertEquals(generated, committed, "samples/gds differs from the generator's list; regenerate from the "
                + "repository root with: " + SampleFiles.REGENERATE + " (and delete files no longer generated)");
        for (String name : generated) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(name)), Files.readAllBytes(SampleFiles.gds().resolve(name)),
                    "samples/gds/" + name + " is stale; regenerate from the repository root with: "
                            + SampleFiles.REGENERATE);
        }
    }

    @Test
    void committedStackSamplesEqualTheSplittersOutput(@TempDir Path tmp) throws IOException {
        StackSplit.writeShipped(tmp);
        Path committed = SampleFiles.module().resolve("stacks");
        List<String> generated;
        try (Stream<Path> s = Files.walk(tmp)) {
            generated = s.filter(Files::isRegularFile).map(p -> tmp.relativize(p).toString()).sorted().toList();
        }
        List<String> shipped;
        try (Stream<Path> s = Files.walk(committed)) {
            shipped = s.filter(Files::isRegularFile).map(p -> committed.relativize(p).toString()).sorted().toList();
        }
        assertEquals(generated, shipped, "samples/stacks differs; regenerate with: " + SampleFiles.REGENERATE);
        for (String name : generated) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(name)), Files.readAllBytes(committed.resolve(name)),
                    "samples/stacks/" + name + " is stale; regenerate with: " + SampleFiles.REGENERATE);
        }
    }

    @Test
    void readmeListsEverySampleWithWhatItBreaks() throws IOException {
        String readme = Files.readString(SampleFiles.module().resolve("README.md"));
        for (Sample s : Sample.all()) {
            assertTrue(readme.contains("`" + s.file() + "`"), "README.md does not list " + s.file());
            assertTrue(readme.contains(s.breaks()), "README.md does not say for " + s.file() + ": " + s.breaks());
        }
    }

    @Test
    void everySampleHasItsOwnFile() {
        List<String> files = Sample.all().stream().map(Sample::file).toList();
        assertEquals(files.size(), new TreeSet<>(files).size(), "duplicate file names: " + files);
    }

    private static Set<String> gdsNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gds"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
