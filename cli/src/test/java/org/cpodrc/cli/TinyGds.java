package org.cpodrc.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a one-cell GDSII file of rectangles, enough to drive the CLI in tests (1 nm database units). */
final class TinyGds {
    private final String cell;
    private final List<int[]> boxes = new ArrayList<>(); // layer, datatype, x1, y1, x2, y2

    TinyGds(String cell) {
        this.cell = cell;
    }

    TinyGds rect(int layer, int datatype, int x1, int y1, int x2, int y2) {
        boxes.add(new int[] {layer, datatype, x1, y1, x2, y2});
        return this;
    }

    Path write(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        record(out, 0x0002, shorts(600));
        record(out, 0x0102, shorts(2026, 1, 1, 0, 0, 0, 2026, 1, 1, 0, 0, 0));
        record(out, 0x0206, text("LIB"));
        byte[] units = new byte[16];
        System.arraycopy(real8(0.001), 0, units, 0, 8);
        System.arraycopy(real8(1e-9), 0, units, 8, 8);
        record(out, 0x0305, units);
        record(out, 0x0502, shorts(2026, 1, 1, 0, 0, 0, 2026, 1, 1, 0, 0, 0));
        record(out, 0x0606, text(cell));
        for (int[] b : boxes) {
            record(out, 0x0800, new byte[0]);
            record(out, 0x0D02, shorts(b[0]));
            record(out, 0x0E02, shorts(b[1]));
            record(out, 0x1003, ints(b[2], b[3], b[4], b[3], b[4], b[5], b[2], b[5], b[2], b[3]));
            record(out, 0x1100, new byte[0]);
        }
        record(out, 0x0700, new byte[0]);
        record(out, 0x0400, new byte[0]);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static void record(DataOutputStream out, int type, byte[] data) throws IOException {
        out.writeShort(4 + data.length);
        out.writeShort(type);
        out.write(data);
    }

    private static byte[] shorts(int... v) {
        byte[] b = new byte[2 * v.length];
        for (int i = 0; i < v.length; i++) {
            b[2 * i] = (byte) (v[i] >> 8);
            b[2 * i + 1] = (byte) v[i];
        }
        return b;
    }

    private static byte[] ints(int... v) {
        byte[] b = new byte[4 * v.length];
        for (int i = 0; i < v.length; i++) {
            for (int k = 0; k < 4; k++) {
                b[4 * i + k] = (byte) (v[i] >> (24 - 8 * k));
            }
        }
        return b;
    }

    private static byte[] text(String s) {
        byte[] raw = s.getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[raw.length + (raw.length % 2)];
        System.arraycopy(raw, 0, b, 0, raw.length);
        return b;
    }

    /** GDSII 8-byte real: sign, excess-64 base-16 exponent, 56-bit mantissa in [1/16, 1). */
    private static byte[] real8(double v) {
        int exp = 64;
        while (v >= 1) {
            v /= 16;
            exp++;
        }
        while (v < 1.0 / 16) {
            v *= 16;
            exp--;
        }
        long mantissa = Math.round(v * Math.pow(2, 56));
        byte[] b = new byte[8];
        b[0] = (byte) exp;
        for (int k = 1; k < 8; k++) {
            b[k] = (byte) (mantissa >> (8 * (7 - k)));
        }
        return b;
    }
}
