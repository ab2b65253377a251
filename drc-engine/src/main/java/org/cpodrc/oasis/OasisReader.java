package org.cpodrc.oasis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.cpodrc.InputException;
import org.cpodrc.io.InputFiles;
import org.cpodrc.layout.Layout;

/**
 * Reads OASIS (SEMI P39) files, plain or gzip-compressed (recognised by the gzip magic bytes, not
 * the file name), into a {@link Layout}, the same model the GDSII reader builds. Bad input raises
 * {@link InputException} "FILE: offset N: what was wrong", N being the byte offset of the
 * offending record (in the decompressed stream for gzip files; inside a CBLOCK the message adds
 * the byte within its data). Tolerated oddities are listed in {@link Layout#warnings()}.
 */
public final class OasisReader {
    private static final int BUFFER = 1 << 16;

    private OasisReader() {
    }

    public static Layout read(Path file) {
        return read(file, OasisReadOptions.DEFAULTS);
    }

    public static Layout read(Path file, OasisReadOptions options) {
        try (InputStream raw = InputFiles.open(file)) { // regular files only: a FIFO would block
            return read(raw, file.toString(), options);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + InputFiles.reason(e), e);
        }
    }

    /** Reads from a stream; {@code displayName} names the source in messages. The stream is not closed. */
    public static Layout read(InputStream in, String displayName, OasisReadOptions options) {
        InputStream stream = new BufferedInputStream(in, BUFFER);
        try {
            if (startsWith(stream, new byte[] {0x1F, (byte) 0x8B})) {
                stream = new BufferedInputStream(new GZIPInputStream(stream, BUFFER), BUFFER);
            }
        } catch (IOException e) {
            throw new InputException(displayName + ": offset 0: not a readable gzip stream: " + e.getMessage(), e);
        }
        return new OasisParser(new OasisInput(stream, displayName), options).parse();
    }

    /** True when the (mark-supporting) stream starts with the OASIS magic {@code %SEMI-OASIS\r\n}. */
    public static boolean isOasis(InputStream s) throws IOException {
        return startsWith(s, OasisParser.MAGIC);
    }

    private static boolean startsWith(InputStream s, byte[] prefix) throws IOException {
        s.mark(prefix.length);
        try {
            for (byte b : prefix) {
                if (s.read() != (b & 0xFF)) {
                    return false;
                }
            }
            return true;
        } finally {
            s.reset();
        }
    }
}
