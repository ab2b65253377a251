package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommitTest {
    @TempDir
    Path dir;

    @Test
    void allFilesOrNone() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), "old a");
        Path b = dir.resolve("b.sarif");
        new ReportCommit().add(a, os -> os.write('A')).add(b, os -> os.write('B')).commit();
        assertEquals("A", Files.readString(a));
        assertEquals("B", Files.readString(b));

        ReportCommit failing = new ReportCommit().add(a, os -> os.write('X'))
                .add(b, os -> {
                    os.write('Y');
                    throw new IOException("No space left on device");
                });
        ReportCommit.Failed e = assertThrows(ReportCommit.Failed.class, failing::commit);
        assertEquals(b, e.path());
        assertEquals("No space left on device", e.getMessage());
        assertEquals("A", Files.readString(a), "the first report is not replaced when the second fails");
        assertEquals(List.of(a, b), files());
        assertTrue(PendingFiles.pending().isEmpty());
    }

    @Test
    void reasonsNameTheFolderNotTheTemporaryFile() {
        Path missing = dir.resolve("nope/r.json");
        ReportCommit.Failed e = assertThrows(ReportCommit.Failed.class,
                () -> new ReportCommit().add(missing, os -> os.write(1)).commit());
        assertEquals("the folder " + missing.getParent() + " does not exist", e.getMessage());
        assertFalse(e.getMessage().contains(".tmp"));
    }

    @Test
    void theShutdownHookRemovesStagedFiles() throws Exception {
        // what Ctrl-C or SIGTERM does while a report is being written: the hook's work, run directly
        Path tmp = AtomicFiles.stage(dir.resolve("big.html"), os -> os.write(new byte[1 << 20]));
        assertTrue(Files.exists(tmp) && PendingFiles.pending().contains(tmp));
        PendingFiles.deleteAll();
        assertFalse(Files.exists(tmp));
        assertEquals(List.of(), files());
    }

    @Test
    void afterTheShutdownHookStartedNothingIsCreatedOrMovedInPlace() throws Exception {
        // the writing thread runs on while the hook runs: a report staged before the hook must not
        // be moved over the old one afterwards, and a report begun afterwards must leave no file
        Path old = Files.writeString(dir.resolve("r.json"), "old");
        Path tmp = AtomicFiles.stage(old, os -> os.write('x'));
        try {
            PendingFiles.stop();
            assertFalse(Files.exists(tmp));
            assertThrows(IOException.class, () -> AtomicFiles.moveInPlace(tmp, old));
            ReportCommit.Failed e = assertThrows(ReportCommit.Failed.class,
                    () -> new ReportCommit().add(dir.resolve("new.json"), os -> os.write(1)).commit());
            assertEquals("cpodrc was interrupted", e.getMessage());
        } finally {
            PendingFiles.restart();
        }
        assertEquals("old", Files.readString(old));
        assertEquals(List.of(old), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
