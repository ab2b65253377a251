package org.cpodrc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpodrc.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void onlyRegularFilesAreRead() throws Exception {
        Path fifo = dir.resolve("deck.fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        assertTrue(Files.exists(fifo));
        // would block forever if it were opened
        assertEquals("is not a regular file (a device, pipe or socket); give a file", reason(fifo));
        assertEquals("is not a regular file (a device, pipe or socket); give a file", reason(Path.of("/dev/zero")));
        assertEquals("is a directory, not a file", reason(dir));
        assertEquals("no such file", reason(dir.resolve("missing.yaml")));
    }

    @Test
    void sizeIsCheckedBeforeReading() throws Exception {
        Path sparse = dir.resolve("huge.yaml");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(2L << 30);
        }
        assertEquals("is 2.0 GB, more than the 16 MB limit (raise it with JAVA_OPTS=-Dcpodrc.maxTextMB=N)",
                reason(sparse));
    }

    @Test
    void binaryAndOtherEncodingsAreNamedWithTheirPlace() throws Exception {
        Path bin = dir.resolve("deck.yaml");
        Files.write(bin, new byte[] {'a', '\n', 'b', 'c', 0, 1, 2});
        assertEquals(bin + ":2:3: a binary file (NUL byte at offset 4), not UTF-8 text",
                assertThrows(InputException.class, () -> InputFiles.readText(bin)).getMessage());
        Path latin1 = dir.resolve("w.yaml");
        Files.write(latin1, "name: µm\nowner: Jürgen\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + ":1:7: not UTF-8 text (byte 0xB5 at offset 6); save the file as UTF-8",
                assertThrows(InputException.class, () -> InputFiles.readText(latin1)).getMessage());
        Path ok = dir.resolve("ok.yaml");
        Files.writeString(ok, "name: µm ✓\n");
        assertEquals("name: µm ✓\n", InputFiles.readText(ok));
    }

    private static String reason(Path p) {
        IOException e = assertThrows(IOException.class, () -> InputFiles.readText(p));
        return InputFiles.reason(e);
    }
}
