package org.cpodrc.oasis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Builds OASIS byte sequences for tests, including records KLayout never writes and deliberately
 * broken files: integers, strings and records by hand, a CBLOCK around any body, and the END
 * record with any validation scheme.
 */
public final class OasisBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Magic and START (unit 1000 per micron, table offsets in START, all 0). */
    public static OasisBytes start() {
        OasisBytes b = new OasisBytes();
        b.out.writeBytes("%SEMI-OASIS\r\n".getBytes(StandardCharsets.US_ASCII));
        b.b(1).str("1.0").b(0).u(1000).u(0);
        for (int i = 0; i < 12; i++) {
            b.u(0);
        }
        return b;
    }

    public OasisBytes b(int... bytes) {
        for (int x : bytes) {
            out.write(x);
        }
        return this;
    }

    public OasisBytes u(long v) {
        while (true) {
            int low = (int) (v & 0x7F);
            v >>>= 7;
            if (v == 0) {
                out.write(low);
                return this;
            }
            out.write(low | 0x80);
        }
    }

    public OasisBytes s(long v) {
        return u(v < 0 ? ((-v) << 1) | 1 : v << 1);
    }

    public OasisBytes str(String s) {
        byte[] d = s.getBytes(StandardCharsets.UTF_8);
        u(d.length);
        out.writeBytes(d);
        return this;
    }

    public OasisBytes bytes(byte[] d) {
        out.writeBytes(d);
        return this;
    }

    /** Wraps what {@code body} builds in a CBLOCK. */
    public OasisBytes cblock(OasisBytes body) {
        byte[] raw = body.out.toByteArray();
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(raw);
        d.finish();
        byte[] buf = new byte[raw.length * 2 + 64];
        int n = d.deflate(buf);
        d.end();
        b(34).u(0).u(raw.length).u(n);
        out.write(buf, 0, n);
        return this;
    }

    public static OasisBytes body() {
        return new OasisBytes();
    }

    /** END with padding to 256 bytes and validation scheme 0 (none), 1 (CRC32) or 2 (checksum32). */
    public byte[] end(int scheme) {
        b(2);
        int pad = 256 - 1 - 2 - 1 - (scheme == 0 ? 0 : 4);
        u(pad);
        out.writeBytes(new byte[pad]);
        u(scheme);
        byte[] so = out.toByteArray();
        if (scheme == 0) {
            return so;
        }
        long sig;
        if (scheme == 1) {
            CRC32 c = new CRC32();
            c.update(so);
            sig = c.getValue();
        } else {
            long sum = 0;
            for (byte x : so) {
                sum += x & 0xFF;
            }
            sig = sum & 0xFFFFFFFFL;
        }
        for (int i = 0; i < 4; i++) {
            out.write((int) (sig >> (8 * i)));
        }
        return out.toByteArray();
    }

    public byte[] end() {
        return end(0);
    }

    public int size() {
        return out.size();
    }
}
