package org.cpodrc.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.cpodrc.InputException;

/**
 * Opens and reads input files safely: regular files only, size checked before the first byte is
 * read, text strictly UTF-8. Access problems are {@link IOException}s whose {@link #reason} is a
 * phrase for "FILE: cannot read ...: REASON"; content problems (binary, not UTF-8) are
 * {@link InputException}s located at {@code FILE:LINE:COL}.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** A file refused before reading; the message is the reason in words. */
    public static final class Refused extends IOException {
        public Refused(String reason) {
            super(reason);
        }
    }

    /**
     * Checks that file is a regular file of at most {@code limit} bytes, without opening it (a
     * FIFO would block the open). Returns its size.
     *
     * @param property the system property that raises the limit, named in the message
     */
    public static long checkRegular(Path file, long limit, String property) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (Files.isDirectory(file)) {
            throw new Refused("is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused("is not a regular file (a device, pipe or socket); give a file");
        }
        long size = Files.size(file);
        if (size > limit) {
            throw new Refused("is " + InputLimits.human(size) + ", more than " + InputLimits.describe(limit, property));
        }
        return size;
    }

    /** Opens a binary input (GDSII) after checking it is a regular file; no size limit. */
    public static InputStream open(Path file) throws IOException {
        checkRegular(file, Long.MAX_VALUE, null);
        return Files.newInputStream(file);
    }

    /** Reads a text input (deck, .lyp, waivers, stack, deck test) within {@link InputLimits#textBytes()}. */
    public static String readText(Path file) throws IOException {
        return readText(file, InputLimits.textBytes(), InputLimits.TEXT_MB);
    }

    /** Reads a text input of at most {@code limit} bytes as strict UTF-8. */
    public static String readText(Path file, long limit, String property) throws IOException {
        checkRegular(file, limit, property);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // bounded even if the file grows between the check and the read
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
        }
        if (bytes.length > limit) {
            throw new Refused("is more than " + InputLimits.describe(limit, property));
        }
        return decode(file.toString(), bytes);
    }

    /**
     * Decodes UTF-8 strictly. A NUL byte means a binary file; an invalid sequence means another
     * encoding; both are reported at their line and column (1-based, columns in characters).
     */
    public static String decode(String name, byte[] bytes) {
        refuseBinary(name, bytes);
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            throw new InputException(where(name, bytes, at) + ": not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[at] & 0xFF) + " at offset " + at + "); save the file as UTF-8");
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * Refuses text holding a NUL byte as "a binary file" at its line and column; for streamed
     * inputs, given their first bytes (a GDSII file starts with one).
     */
    public static void refuseBinary(String name, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(where(name, bytes, i) + ": a binary file (NUL byte at offset " + i
                        + "), not UTF-8 text");
            }
        }
    }

    /** "FILE:LINE:COL" of byte offset {@code at}. */
    private static String where(String name, byte[] bytes, int at) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return name + ":" + line + ":" + col;
    }

    /** A short reason for a failed read, in words: "no such file", "permission denied", ... */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof Refused) {
            return e.getMessage();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
