package org.cpodrc.gds;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.cpodrc.InputException;
import org.cpodrc.io.InputFiles;
import org.cpodrc.layout.Layout;

/**
 * Reads GDSII stream files, plain or gzip-compressed (recognised by the gzip magic bytes, not by
 * the file name), into a {@link Layout}. The file is streamed record by record; coordinates go
 * straight into the packed arrays of {@link org.cpodrc.layout.Shapes}. Bad input raises
 * {@link InputException} "FILE: offset N: what was wrong", N being the byte offset of the
 * offending record (in the decompressed stream for gzip files). Tolerated oddities are listed in
 * {@link Layout#warnings()}.
 */
public final class GdsReader {
    private static final int BUFFER = 1 << 16;

    private GdsReader() {
    }

    public static Layout read(Path file) {
        return read(file, GdsReadOptions.DEFAULTS);
    }

    public static Layout read(Path file, GdsReadOptions options) {
        try (InputStream raw = InputFiles.open(file)) {
            return read(raw, file.toString(), options);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": file not found", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + InputFiles.reason(e), e);
        }
    }

    /** Reads from a stream; {@code displayName} names the source in messages. The stream is not closed. */
    public static Layout read(InputStream in, String displayName) {
        return read(in, displayName, GdsReadOptions.DEFAULTS);
    }

    public static Layout read(InputStream in, String displayName, GdsReadOptions options) {
        InputStream stream = new BufferedInputStream(in, BUFFER);
        boolean gzip;
        try {
            gzip = isGzip(stream);
            if (gzip) {
                stream = new BufferedInputStream(new GZIPInputStream(stream, BUFFER), BUFFER);
            }
        } catch (IOException e) {
            throw new InputException(displayName + ": offset 0: not a readable gzip stream: " + e.getMessage(), e);
        }
        GdsInput input = new GdsInput(stream, displayName);
        Layout layout = new GdsStreamParser(input, options).parse();
        if (gzip) {
            verifyToTheEnd(stream, input);
        }
        return layout;
    }

    /**
     * Reads the rest of a gzip stream after ENDLIB: the gzip trailer's CRC-32 and length are only
     * checked when the stream is read to its end, and a damaged design drop must not pass.
     */
    private static void verifyToTheEnd(InputStream stream, GdsInput input) {
        long at = input.position();
        byte[] skip = new byte[BUFFER];
        try {
            for (int n; (n = stream.read(skip)) >= 0; ) {
                at += n;
            }
        } catch (IOException e) {
            throw input.errorAt(at, "damaged gzip stream: " + GdsInput.gzipProblem(e));
        }
    }

    private static boolean isGzip(InputStream s) throws IOException {
        s.mark(2);
        int b0 = s.read();
        int b1 = s.read();
        s.reset();
        return b0 == 0x1F && b1 == 0x8B;
    }
}
