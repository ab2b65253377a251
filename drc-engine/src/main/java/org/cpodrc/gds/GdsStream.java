package org.cpodrc.gds;

import static org.cpodrc.gds.GdsRecordType.*;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Text;

/**
 * A GDSII library written element by element, for outputs too large to build as a
 * {@link org.cpodrc.layout.Layout} first (the marker report of a run with a million violations).
 * Records are those {@link GdsWriter} writes for the same elements, so a file written either way
 * has the same bytes when the elements come in the same order.
 */
public final class GdsStream {
    private final BufferedOutputStream buffered;
    private final GdsOutput out;

    /** Starts the library: header, zero dates (reproducible), name and units. */
    public GdsStream(OutputStream os, String libraryName, double userUnitsPerDbu, double dbuMetres) throws IOException {
        buffered = new BufferedOutputStream(os, 1 << 16);
        out = new GdsOutput(buffered);
        out.int2(HEADER, 600);
        out.int2(BGNLIB, new int[12]);
        out.string(LIBNAME, libraryName);
        out.real8(UNITS, userUnitsPerDbu, dbuMetres);
    }

    public void beginCell(String name) throws IOException {
        out.int2(BGNSTR, new int[12]);
        out.string(STRNAME, name);
    }

    /** A polygon of {@code n} points (not repeating the first) as a BOUNDARY. */
    public void boundary(LayerKey layer, int[] xy, int n) throws IOException {
        out.empty(BOUNDARY);
        out.int2(LAYER, layer.layer());
        out.int2(DATATYPE, layer.datatype());
        GdsWriter.closedPoints(out, xy, 0, n);
        GdsWriter.endElement(out, List.of());
    }

    public void text(LayerKey layer, Text t) throws IOException {
        GdsWriter.text(out, layer, t);
    }

    public void endCell() throws IOException {
        out.empty(ENDSTR);
    }

    /** Ends the library and flushes (the stream stays open). */
    public void finish() throws IOException {
        out.empty(ENDLIB);
        out.flush();
        buffered.flush();
    }
}
