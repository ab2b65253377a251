package org.cpodrc.gds;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.cpodrc.InputException;

/**
 * Reads a GDSII stream record by record. One record's data is held in a reused buffer, so reading
 * costs no allocation per record. Validates what can be validated at record level: the header, the
 * data type byte and the data length. Errors name the file and the byte offset of the record.
 */
final class GdsInput {
    private static final int MAX_RECORD = 0xFFFF;

    private final InputStream in;
    private final String fileName;
    private final byte[] header = new byte[4];
    private final byte[] data = new byte[MAX_RECORD];
    private long position;
    private long offset;
    private int length;
    private int number;
    private int dataTypeCode;
    private GdsRecordType type;
    private boolean pushedBack;
    private boolean first = true;

    GdsInput(InputStream in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    /**
     * Reads the next record. Returns false at the end of the stream when it ends between records.
     * Known record types are checked against their data type and item count; unknown types come
     * back with {@link #type()} null.
     */
    boolean next() {
        if (pushedBack) {
            pushedBack = false;
            return true;
        }
        offset = position;
        int n = readUpTo(header, 4);
        if (n == 0) {
            return false;
        }
        if (n < 4) {
            throw error("truncated record header (" + n + " of 4 bytes before the end of the file)");
        }
        int total = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
        number = header[2] & 0xFF;
        dataTypeCode = header[3] & 0xFF;
        type = GdsRecordType.byNumber(number);
        if (first) {
            // checked before the length, which in a non-GDSII file is arbitrary
            first = false;
            if (type != GdsRecordType.HEADER) {
                throw error("not a GDSII stream: the first record must be HEADER, found " + describe());
            }
        }
        if (total < 4) {
            throw error("invalid record length " + total + " (less than 4)");
        }
        length = total - 4;
        int got = readUpTo(data, length);
        if (got < length) {
            throw error("truncated " + describe() + " record (" + length + " data bytes expected, file ends after "
                    + got + ")");
        }
        if (type != null) {
            validate();
        }
        return true;
    }

    private void validate() {
        GdsDataType dt = type.dataType;
        if (dataTypeCode != dt.code) {
            throw error(type + " record has data type " + dataTypeCode + ", expected " + dt.code);
        }
        if (dt == GdsDataType.NONE) {
            if (length != 0) {
                throw error(type + " record carries " + length + " data bytes, expected none");
            }
            return;
        }
        if (length % dt.itemSize != 0) {
            throw error(type + " record length " + (length + 4) + " does not fit its " + dt.itemSize
                    + "-byte data items");
        }
        if (type == GdsRecordType.XY && length % 8 != 0) {
            throw error("XY record length " + (length + 4) + " is not 4 plus a multiple of 8");
        }
        if (type.items >= 0 && dt != GdsDataType.ASCII && length / dt.itemSize != type.items) {
            throw error(type + " record carries " + (length / dt.itemSize) + " items, expected " + type.items);
        }
    }

    /** Makes the next {@link #next()} return the current record again. */
    void pushBack() {
        pushedBack = true;
    }

    /** The record type, or null when the record number is not a GDSII record type. */
    GdsRecordType type() {
        return type;
    }

    /** The record number byte, also for unknown types. */
    int number() {
        return number;
    }

    /** Byte offset of the current record in the (decompressed) stream. */
    long offset() {
        return offset;
    }

    /** Bytes consumed so far. */
    long position() {
        return position;
    }

    int dataLength() {
        return length;
    }

    String describe() {
        return type != null ? type.name() : String.format("unknown (type 0x%02X)", number);
    }

    int int2(int index) {
        int p = 2 * index;
        return (short) (((data[p] & 0xFF) << 8) | (data[p + 1] & 0xFF));
    }

    /** A 2-byte value read as unsigned (layer numbers, COLROW, PROPATTR), as KLayout does. */
    int uint2(int index) {
        return int2(index) & 0xFFFF;
    }

    int int4(int index) {
        int p = 4 * index;
        return ((data[p] & 0xFF) << 24) | ((data[p + 1] & 0xFF) << 16) | ((data[p + 2] & 0xFF) << 8)
                | (data[p + 3] & 0xFF);
    }

    int int4Count() {
        return length / 4;
    }

    double real8(int index) {
        int p = 8 * index;
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (data[p + i] & 0xFF);
        }
        return GdsReal.toDouble(bits);
    }

    /**
     * ASCII data without the trailing NUL padding. Bytes beyond ASCII are decoded as UTF-8 (as
     * KLayout shows them) when they form valid UTF-8, else as ISO-8859-1 so that nothing is lost.
     */
    String string() {
        int n = length;
        while (n > 0 && data[n - 1] == 0) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            if (data[i] < 0) {
                try {
                    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(data, 0, n)).toString();
                } catch (CharacterCodingException e) {
                    return new String(data, 0, n, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return new String(data, 0, n, StandardCharsets.US_ASCII);
    }

    /** Appends the XY record's coordinates to {@code dst} from index {@code pos}; returns the grown array. */
    int[] appendXy(int[] dst, int pos) {
        int n = int4Count();
        if (pos + n > dst.length) {
            dst = java.util.Arrays.copyOf(dst, Math.max(pos + n, 2 * dst.length));
        }
        for (int i = 0; i < n; i++) {
            dst[pos + i] = int4(i);
        }
        return dst;
    }

    /** What went wrong in a gzip stream, in words (offsets are in the decompressed stream). */
    static String gzipProblem(IOException e) {
        if (e instanceof EOFException) {
            return "the compressed data ends early (truncated file)";
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("Corrupt GZIP trailer")) {
            return "the CRC-32 or length in the gzip trailer does not match the data (corrupted file)";
        }
        return m + " (corrupted file)";
    }

    InputException error(String what) {
        return errorAt(offset, what);
    }

    InputException errorAt(long at, String what) {
        return new InputException(fileName + ": offset " + at + ": " + what);
    }

    private int readUpTo(byte[] buf, int n) {
        int got = 0;
        try {
            while (got < n) {
                int r = in.read(buf, got, n - got);
                if (r < 0) {
                    break;
                }
                got += r;
            }
        } catch (IOException e) {
            throw new InputException(fileName + ": offset " + (position + got) + ": "
                    + (e instanceof java.util.zip.ZipException || e instanceof EOFException
                    ? "damaged gzip stream: " + gzipProblem(e) : "cannot read: " + e.getMessage()), e);
        }
        position += got;
        return got;
    }
}
