package org.cpodrc.gds;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Node;
import org.cpodrc.layout.Property;
import org.cpodrc.layout.ShapeKind;
import org.cpodrc.layout.Shapes;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;

import static org.cpodrc.gds.GdsRecordType.*;

/**
 * Writes a {@link Layout} as a GDSII stream that {@link GdsReader} reads back to an equal model
 * and KLayout reads to the same geometry. Elements with more points than one XY record holds
 * (8191) are written with several consecutive XY records, which KLayout and this reader join.
 */
public final class GdsWriter {
    private static final int STRANS_MIRROR = 0x8000;
    private static final int STRANS_ABS_MAG = 0x0004;
    private static final int STRANS_ABS_ANGLE = 0x0002;

    private GdsWriter() {
    }

    /**
     * Writes to a file atomically: to a temporary file next to it, then moved over the target, so
     * a failed write never leaves a half-written design. A name ending in ".gz" is gzip-compressed.
     */
    public static void write(Layout layout, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 OutputStream os = file.getFileName().toString().endsWith(".gz")
                         ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                write(layout, os);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes to a stream (buffered here; flushed, not closed). */
    public static void write(Layout layout, OutputStream os) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(os, 1 << 16);
        GdsOutput out = new GdsOutput(buffered);
        out.int2(HEADER, 600);
        // zero dates keep the output reproducible; readers accept them
        out.int2(BGNLIB, new int[12]);
        out.string(LIBNAME, layout.libraryName());
        out.real8(UNITS, layout.userUnitsPerDbu(), layout.dbuMetres());
        properties(out, layout.properties());
        if (layout.contextInfoCell() != null) {
            cell(out, layout.contextInfoCell());
        }
        for (Cell c : layout.cells()) {
            cell(out, c);
        }
        out.empty(ENDLIB);
        out.flush();
        buffered.flush();
    }

    private static void cell(GdsOutput out, Cell c) throws IOException {
        out.int2(BGNSTR, new int[12]);
        out.string(STRNAME, c.name());
        properties(out, c.properties());
        for (Map.Entry<LayerKey, Shapes> e : c.shapesByLayer().entrySet()) {
            Shapes s = e.getValue();
            for (int i = 0; i < s.size(); i++) {
                shape(out, e.getKey(), s, i);
            }
        }
        for (Map.Entry<LayerKey, List<Text>> e : c.textsByLayer().entrySet()) {
            for (Text t : e.getValue()) {
                text(out, e.getKey(), t);
            }
        }
        for (Node n : c.nodes()) {
            out.empty(NODE);
            out.int2(LAYER, n.layer());
            out.int2(NODETYPE, n.nodeType());
            int[] xy = n.coordinates();
            out.xy(xy, 0, xy.length / 2);
            endElement(out, n.properties());
        }
        for (Instance inst : c.instances()) {
            instance(out, inst);
        }
        out.empty(ENDSTR);
    }

    private static void shape(GdsOutput out, LayerKey layer, Shapes s, int i) throws IOException {
        ShapeKind kind = s.kind(i);
        int[] xy = s.coordinates();
        int from = s.offset(i);
        int n = s.pointCount(i);
        switch (kind) {
            case BOUNDARY -> {
                out.empty(BOUNDARY);
                out.int2(LAYER, layer.layer());
                out.int2(DATATYPE, layer.datatype());
                closedPoints(out, xy, from, n);
            }
            case BOX -> {
                out.empty(BOX);
                out.int2(LAYER, layer.layer());
                out.int2(BOXTYPE, layer.datatype());
                closedPoints(out, xy, from, n);
            }
            case PATH -> {
                out.empty(PATH);
                out.int2(LAYER, layer.layer());
                out.int2(DATATYPE, layer.datatype());
                int type = s.pathType(i);
                int w = s.pathWidth(i);
                if (type != 0) {
                    out.int2(PATHTYPE, type);
                }
                out.int4(WIDTH, w);
                // the reader derives w/2 for types 1 and 2 and 0 otherwise; write only what differs
                int implied = (type == 1 || type == 2) ? w / 2 : 0;
                if (type == 4 || s.pathBeginExtension(i) != implied) {
                    out.int4(BGNEXTN, s.pathBeginExtension(i));
                }
                if (type == 4 || s.pathEndExtension(i) != implied) {
                    out.int4(ENDEXTN, s.pathEndExtension(i));
                }
                points(out, xy, from, n);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        endElement(out, s.properties(i));
    }

    /** Polygon points plus the closing repeat of the first point. */
    static void closedPoints(GdsOutput out, int[] xy, int from, int n) throws IOException {
        int[] closed = new int[2 * n + 2];
        System.arraycopy(xy, from, closed, 0, 2 * n);
        closed[2 * n] = xy[from];
        closed[2 * n + 1] = xy[from + 1];
        points(out, closed, 0, n + 1);
    }

    private static void points(GdsOutput out, int[] xy, int from, int n) throws IOException {
        int done = 0;
        do {
            int k = Math.min(n - done, GdsOutput.MAX_XY_POINTS);
            out.xy(xy, from + 2 * done, k);
            done += k;
        } while (done < n);
    }

    static void text(GdsOutput out, LayerKey layer, Text t) throws IOException {
        out.empty(TEXT);
        out.int2(LAYER, layer.layer());
        out.int2(TEXTTYPE, layer.datatype());
        if (t.presentation() != 0) {
            out.int2(PRESENTATION, t.presentation());
        }
        if (t.pathType() != 0) {
            out.int2(PATHTYPE, t.pathType());
        }
        if (t.width() != 0) {
            out.int4(WIDTH, t.width());
        }
        Trans tr = t.trans() != null ? t.trans() : Trans.IDENTITY;
        strans(out, tr, false, false);
        out.xy(new int[] {t.x(), t.y()}, 0, 1);
        out.string(STRING, t.string());
        endElement(out, t.properties());
    }

    private static void instance(GdsOutput out, Instance inst) throws IOException {
        Trans t = inst.trans();
        out.empty(inst.isArray() ? AREF : SREF);
        out.string(SNAME, inst.cellName());
        strans(out, t, inst.absMag(), inst.absAngle());
        int x = coordinate(t.dx());
        int y = coordinate(t.dy());
        if (inst.isArray()) {
            out.int2(COLROW, inst.columns(), inst.rows());
            int[] xy = {x, y,
                    coordinate(t.dx() + inst.columns() * inst.colStepX()),
                    coordinate(t.dy() + inst.columns() * inst.colStepY()),
                    coordinate(t.dx() + inst.rows() * inst.rowStepX()),
                    coordinate(t.dy() + inst.rows() * inst.rowStepY())};
            out.xy(xy, 0, 3);
        } else {
            out.xy(new int[] {x, y}, 0, 1);
        }
        endElement(out, inst.properties());
    }

    private static void strans(GdsOutput out, Trans t, boolean absMag, boolean absAngle) throws IOException {
        int flags = (t.mirror() ? STRANS_MIRROR : 0) | (absMag ? STRANS_ABS_MAG : 0) | (absAngle ? STRANS_ABS_ANGLE : 0);
        if (flags == 0 && t.mag() == 1.0 && t.angleDeg() == 0.0) {
            return;
        }
        out.int2(STRANS, flags);
        if (t.mag() != 1.0) {
            out.real8(MAG, t.mag());
        }
        if (t.angleDeg() != 0.0) {
            out.real8(ANGLE, t.angleDeg());
        }
    }

    static void endElement(GdsOutput out, List<Property> properties) throws IOException {
        properties(out, properties);
        out.empty(ENDEL);
    }

    private static void properties(GdsOutput out, List<Property> properties) throws IOException {
        for (Property p : properties) {
            out.int2(PROPATTR, p.attribute());
            out.string(PROPVALUE, p.value());
        }
    }

    private static int coordinate(double v) {
        long r = Trans.round(v);
        if (r < Integer.MIN_VALUE || r > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("coordinate " + v + " does not fit a GDSII 4-byte integer");
        }
        return (int) r;
    }
}
