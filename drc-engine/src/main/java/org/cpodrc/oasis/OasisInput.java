package org.cpodrc.oasis;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.cpodrc.InputException;

/**
 * The OASIS byte level: unsigned and signed variable-length integers, reals of the eight types,
 * strings, and the data of CBLOCK records, which it inflates and then reads from as if the bytes
 * stood in the file. Keeps the CRC32 and the byte sum of the file's own bytes for the END record's
 * validation. Every error names the file and the byte offset of the record being read (and, inside
 * a CBLOCK, the byte within its decompressed data).
 */
final class OasisInput {
    private static final int BUFFER = 1 << 16;
    /** Longest string accepted; longer lengths in a file are corruption, not names. */
    private static final int MAX_STRING = 1 << 24;
    /** Largest decompressed CBLOCK accepted (KLayout writes them up to about 1 MB). */
    private static final long MAX_CBLOCK = 1L << 28;

    private final InputStream in;
    private final String fileName;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    /** File offset of buf[0]. */
    private long bufStart;
    /** Index in buf up to which the CRC and sum include the bytes. */
    private int checked;
    private final CRC32 crc = new CRC32();
    private long sum;

    /** Decompressed CBLOCK data being read, or null. */
    private byte[] block;
    private int blockPos;
    private long blockOffset;

    /** Start of the record being read: file offset and, inside a CBLOCK, the data byte. */
    private long recordOffset;
    private int recordBlockByte = -1;

    OasisInput(InputStream in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }

    /** Remembers the current place as the start of a record, for messages. */
    void markRecord() {
        if (block != null) {
            recordOffset = blockOffset;
            recordBlockByte = blockPos;
        } else {
            recordOffset = bufStart + pos;
            recordBlockByte = -1;
        }
    }

    /** File offset of the current record (of its CBLOCK when inside one). */
    long recordOffset() {
        return recordOffset;
    }

    boolean inCblock() {
        return block != null;
    }

    /** Current file offset (of the CBLOCK when inside one). */
    long position() {
        return block != null ? blockOffset : bufStart + pos;
    }

    /** True at the end of the file (never inside a CBLOCK). */
    boolean atEnd() {
        if (block != null) {
            return false;
        }
        return pos >= limit && !fill();
    }

    int readByte() {
        if (block != null) {
            int b = block[blockPos++] & 0xFF;
            if (blockPos >= block.length) {
                block = null;
            }
            return b;
        }
        if (pos >= limit && !fill()) {
            throw error("file ends in the middle of a record (truncated)");
        }
        return buf[pos++] & 0xFF;
    }

    void readBytes(byte[] dst, int off, int n) {
        for (int i = 0; i < n; i++) {
            dst[off + i] = (byte) readByte();
        }
    }

    /** An unsigned integer; at most 63 bits (larger values are rejected). */
    long unsigned() {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = readByte();
            if (shift >= 63) {
                // over-long encodings (KLayout pads END with 0x80 bytes) are fine while they add no bits
                if ((b & 0x7F) != 0) {
                    throw error("unsigned integer does not fit 63 bits");
                }
                if ((b & 0x80) == 0) {
                    return v;
                }
                continue;
            }
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    long signed() {
        long u = unsigned();
        return (u & 1) != 0 ? -(u >>> 1) : (u >>> 1);
    }

    /** An unsigned integer that must fit an int (counts, layers, reference numbers). */
    int unsignedInt(String what) {
        long v = unsigned();
        if (v > Integer.MAX_VALUE) {
            throw error(what + " " + v + " is too large");
        }
        return (int) v;
    }

    /** A coordinate or length in database units; KLayout's database is 32-bit. */
    int coord(long v) {
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw error("coordinate " + v + " does not fit the 32-bit database grid");
        }
        return (int) v;
    }

    /** A real of any of the eight OASIS real types. */
    double real() {
        int type = unsignedInt("real type");
        return realOfType(type);
    }

    double realOfType(int type) {
        switch (type) {
            case 0:
                return unsigned();
            case 1:
                return -(double) unsigned();
            case 2:
            case 3: {
                long d = unsigned();
                if (d == 0) {
                    throw error("reciprocal real with denominator 0");
                }
                return (type == 2 ? 1.0 : -1.0) / d;
            }
            case 4:
            case 5: {
                long n = unsigned();
                long d = unsigned();
                if (d == 0) {
                    throw error("ratio real with denominator 0");
                }
                return (type == 4 ? 1.0 : -1.0) * n / d;
            }
            case 6: {
                int bits = 0;
                for (int i = 0; i < 4; i++) {
                    bits |= readByte() << (8 * i);
                }
                return Float.intBitsToFloat(bits);
            }
            case 7: {
                long bits = 0;
                for (int i = 0; i < 8; i++) {
                    bits |= (long) readByte() << (8 * i);
                }
                return Double.longBitsToDouble(bits);
            }
            default:
                throw error("invalid real type " + type + " (0 to 7)");
        }
    }

    byte[] bytes() {
        long n = unsigned();
        if (n > MAX_STRING) {
            throw error("string length " + n + " is too large");
        }
        byte[] b = new byte[(int) n];
        readBytes(b, 0, b.length);
        return b;
    }

    /** A string: UTF-8 when it is valid UTF-8 (as KLayout shows it), else ISO-8859-1 so nothing is lost. */
    String string() {
        byte[] b = bytes();
        for (byte x : b) {
            if (x < 0) {
                try {
                    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
                } catch (CharacterCodingException e) {
                    return new String(b, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return new String(b, StandardCharsets.US_ASCII);
    }

    /**
     * Reads a CBLOCK's body (after its record id) and continues reading from its decompressed
     * bytes; only compression type 0 (deflate without zlib header) exists.
     */
    void enterCblock() {
        if (block != null) {
            throw error("CBLOCK inside a CBLOCK");
        }
        long at = recordOffset;
        int type = unsignedInt("CBLOCK compression type");
        if (type != 0) {
            throw error("unknown CBLOCK compression type " + type + " (only 0, deflate, exists)");
        }
        long uncompressed = unsigned();
        long compressed = unsigned();
        if (uncompressed > MAX_CBLOCK) {
            throw error("CBLOCK of " + uncompressed + " decompressed bytes is larger than accepted ("
                    + MAX_CBLOCK + ")");
        }
        if (compressed > MAX_CBLOCK) {
            throw error("CBLOCK of " + compressed + " compressed bytes is larger than accepted (" + MAX_CBLOCK + ")");
        }
        byte[] packed = new byte[(int) compressed];
        readBytes(packed, 0, packed.length);
        byte[] data = new byte[(int) uncompressed];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            int got = 0;
            while (got < data.length) {
                int n = inflater.inflate(data, got, data.length - got);
                if (n == 0) {
                    if (inflater.finished() || inflater.needsInput() || inflater.needsDictionary()) {
                        break;
                    }
                }
                got += n;
            }
            if (got != data.length) {
                throw error("bad CBLOCK: " + got + " bytes decompressed, " + uncompressed + " announced");
            }
            if (!inflater.finished() && inflater.getRemaining() > 0) {
                // more data than announced
                byte[] extra = new byte[1];
                if (inflater.inflate(extra) > 0) {
                    throw error("bad CBLOCK: more than the announced " + uncompressed + " bytes of data");
                }
            }
        } catch (DataFormatException e) {
            throw error("bad CBLOCK: corrupt deflate data (" + e.getMessage() + ")");
        } finally {
            inflater.end();
        }
        if (data.length > 0) {
            block = data;
            blockPos = 0;
            blockOffset = at;
        }
    }

    /** CRC32 of the file's bytes read so far (excluding the current buffer position onward). */
    long crc32() {
        updateChecks();
        return crc.getValue();
    }

    long checksum32() {
        updateChecks();
        return sum & 0xFFFFFFFFL;
    }

    private void updateChecks() {
        if (pos > checked) {
            crc.update(buf, checked, pos - checked);
            for (int i = checked; i < pos; i++) {
                sum += buf[i] & 0xFF;
            }
            checked = pos;
        }
    }

    private boolean fill() {
        updateChecks();
        bufStart += limit;
        pos = 0;
        limit = 0;
        checked = 0;
        try {
            while (limit == 0) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    return false;
                }
                limit = n;
            }
        } catch (EOFException e) {
            return false; // a truncated gzip stream: the end of the file
        } catch (IOException e) {
            throw new InputException(fileName + ": offset " + bufStart + ": cannot read: " + e.getMessage(), e);
        }
        return true;
    }

    InputException error(String what) {
        if (recordBlockByte >= 0) {
            return new InputException(fileName + ": offset " + recordOffset + ": in the CBLOCK, at byte "
                    + recordBlockByte + " of its data: " + what);
        }
        return errorAt(recordOffset, what);
    }

    InputException errorAt(long offset, String what) {
        return new InputException(fileName + ": offset " + offset + ": " + what);
    }
}
