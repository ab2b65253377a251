package org.cpodrc.gds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds GDSII byte streams record by record for tests, including deliberately broken ones. */
final class GdsBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A record with an explicit length field (to build broken records). */
    GdsBytes raw(int lengthField, int type, int dataType, byte[] data) {
        out.write(lengthField >> 8);
        out.write(lengthField);
        out.write(type);
        out.write(dataType);
        out.writeBytes(data);
        return this;
    }

    GdsBytes rec(GdsRecordType t, byte[] data) {
        return raw(data.length + 4, t.number, t.dataType.code, data);
    }

    GdsBytes rec(GdsRecordType t) {
        return rec(t, new byte[0]);
    }

    GdsBytes i2(GdsRecordType t, int... v) {
        byte[] b = new byte[2 * v.length];
        for (int i = 0; i < v.length; i++) {
            b[2 * i] = (byte) (v[i] >> 8);
            b[2 * i + 1] = (byte) v[i];
        }
        return rec(t, b);
    }

    GdsBytes i4(GdsRecordType t, int... v) {
        byte[] b = new byte[4 * v.length];
        for (int i = 0; i < v.length; i++) {
            for (int k = 0; k < 4; k++) {
                b[4 * i + k] = (byte) (v[i] >> (24 - 8 * k));
            }
        }
        return rec(t, b);
    }

    GdsBytes xy(int... v) {
        return i4(GdsRecordType.XY, v);
    }

    GdsBytes r8(GdsRecordType t, double... v) {
        byte[] b = new byte[8 * v.length];
        for (int i = 0; i < v.length; i++) {
            long bits = GdsReal.fromDouble(v[i]);
            for (int k = 0; k < 8; k++) {
                b[8 * i + k] = (byte) (bits >> (56 - 8 * k));
            }
        }
        return rec(t, b);
    }

    GdsBytes str(GdsRecordType t, String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        byte[] padded = new byte[b.length + (b.length % 2)];
        System.arraycopy(b, 0, padded, 0, b.length);
        return rec(t, padded);
    }

    /** HEADER, BGNLIB, LIBNAME, UNITS (1 nm database unit). */
    GdsBytes libStart() {
        return i2(GdsRecordType.HEADER, 600).i2(GdsRecordType.BGNLIB, new int[12]).str(GdsRecordType.LIBNAME, "TESTLIB")
                .r8(GdsRecordType.UNITS, 0.001, 1e-9);
    }

    GdsBytes beginCell(String name) {
        return i2(GdsRecordType.BGNSTR, new int[12]).str(GdsRecordType.STRNAME, name);
    }

    GdsBytes endCell() {
        return rec(GdsRecordType.ENDSTR);
    }

    GdsBytes endLib() {
        return rec(GdsRecordType.ENDLIB);
    }

    /** A BOUNDARY element with the given points (closing point included by the caller). */
    GdsBytes boundary(int layer, int datatype, int... xy) {
        return rec(GdsRecordType.BOUNDARY).i2(GdsRecordType.LAYER, layer).i2(GdsRecordType.DATATYPE, datatype).xy(xy)
                .rec(GdsRecordType.ENDEL);
    }

    GdsBytes square(int layer, int x, int y, int size) {
        return boundary(layer, 0, x, y, x + size, y, x + size, y + size, x, y + size, x, y);
    }

    GdsBytes sref(String name, int x, int y) {
        return rec(GdsRecordType.SREF).str(GdsRecordType.SNAME, name).xy(x, y).rec(GdsRecordType.ENDEL);
    }

    int size() {
        return out.size();
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
