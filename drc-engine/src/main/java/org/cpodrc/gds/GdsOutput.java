package org.cpodrc.gds;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes GDSII records: a 4-byte header (length, type, data type) and big-endian data. */
final class GdsOutput {
    /** Largest even record length; keeps readers that treat the length as signed or even happy. */
    static final int MAX_RECORD = 65534;
    /** Points per XY record: (65534 - 4) / 8. */
    static final int MAX_XY_POINTS = (MAX_RECORD - 4) / 8;

    private final DataOutputStream out;

    GdsOutput(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    private void header(GdsRecordType type, int dataBytes) throws IOException {
        if (dataBytes + 4 > MAX_RECORD) {
            throw new IllegalArgumentException(type + " record too long for GDSII (" + dataBytes + " bytes)");
        }
        out.writeShort(dataBytes + 4);
        out.writeByte(type.number);
        out.writeByte(type.dataType.code);
    }

    void empty(GdsRecordType type) throws IOException {
        header(type, 0);
    }

    void int2(GdsRecordType type, int... values) throws IOException {
        header(type, 2 * values.length);
        for (int v : values) {
            out.writeShort(v);
        }
    }

    void int4(GdsRecordType type, int value) throws IOException {
        header(type, 4);
        out.writeInt(value);
    }

    void real8(GdsRecordType type, double... values) throws IOException {
        header(type, 8 * values.length);
        for (double v : values) {
            out.writeLong(GdsReal.fromDouble(v));
        }
    }

    /** String data (UTF-8, which is ASCII for ASCII text), NUL-padded to an even length. */
    void string(GdsRecordType type, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int n = b.length + (b.length % 2);
        header(type, n);
        out.write(b);
        if (n > b.length) {
            out.writeByte(0);
        }
    }

    /** One XY record from packed coordinates {@code xy[from .. from + 2n)}. */
    void xy(int[] xy, int from, int nPoints) throws IOException {
        header(GdsRecordType.XY, 8 * nPoints);
        for (int i = 0; i < 2 * nPoints; i++) {
            out.writeInt(xy[from + i]);
        }
    }

    void flush() throws IOException {
        out.flush();
    }
}
