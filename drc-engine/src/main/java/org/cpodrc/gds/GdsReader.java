package org.cpodrc.gds;

import java.nio.file.Path;

import org.cpodrc.layout.Layout;

/** Reads GDSII stream files (plain or gzip) into a {@link Layout}. Contract stub: replaced by the reader work. */
public final class GdsReader {
    private GdsReader() {
    }

    /** Reads a file; bad input raises {@link org.cpodrc.InputException} "FILE: offset N: what was wrong". */
    public static Layout read(Path file) {
        throw new UnsupportedOperationException("GdsReader.read");
    }
}
