package org.cpodrc.gds;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Node;
import org.cpodrc.layout.Property;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;

import static org.cpodrc.gds.GdsRecordType.*;

/**
 * The GDSII grammar as a small state machine: library header, then structures, each a list of
 * elements, then ENDLIB. Where KLayout tolerates a deviation (missing ENDEL, degenerate
 * elements) this parser does the same and records a warning; everything else out of place is an
 * input error naming the record's byte offset.
 */
final class GdsStreamParser {
    static final String CONTEXT_INFO_CELL = "$$$CONTEXT_INFO$$$";
    private static final int MAX_WARNINGS = 100;
    /** GDSII COLROW values are 2-byte signed integers; anything above is not a real array. */
    private static final int MAX_ARRAY_DIMENSION = 32767;

    private static final Set<GdsRecordType> HEADER_EXTRAS = EnumSet.of(LIBDIRSIZE, SRFNAME, LIBSECUR, REFLIBS,
            FONTS, ATTRTABLE, GENERATIONS, FORMAT, MASK, ENDMASKS);
    private static final Set<GdsRecordType> COMMON = EnumSet.of(ELFLAGS, PLEX, PROPATTR, PROPVALUE, XY);
    private static final Map<GdsRecordType, Set<GdsRecordType>> ALLOWED = Map.of(
            BOUNDARY, with(LAYER, DATATYPE),
            PATH, with(LAYER, DATATYPE, PATHTYPE, WIDTH, BGNEXTN, ENDEXTN),
            SREF, with(SNAME, STRANS, MAG, ANGLE),
            AREF, with(SNAME, STRANS, MAG, ANGLE, COLROW),
            TEXT, with(LAYER, TEXTTYPE, PRESENTATION, PATHTYPE, WIDTH, STRANS, MAG, ANGLE, STRING),
            NODE, with(LAYER, NODETYPE),
            BOX, with(LAYER, BOXTYPE));

    private final GdsInput in;
    private final GdsReadOptions options;
    private final Layout layout = new Layout();
    private final ElementRecords element = new ElementRecords();
    private final Set<String> defined = new HashSet<>();
    /** First reference to each cell name: offset of the referencing element and the referencing cell. */
    private final Map<String, Reference> references = new LinkedHashMap<>();
    private int warnings;
    private Cell cell;

    record Reference(long offset, String fromCell) {
    }

    GdsStreamParser(GdsInput in, GdsReadOptions options) {
        this.in = in;
        this.options = options;
    }

    private static Set<GdsRecordType> with(GdsRecordType... types) {
        EnumSet<GdsRecordType> s = EnumSet.copyOf(COMMON);
        s.addAll(List.of(types));
        return s;
    }

    Layout parse() {
        if (!in.next()) {
            throw in.errorAt(0, "empty file, not a GDSII stream");
        }
        if (in.type() != HEADER) {
            throw in.error("not a GDSII stream: the first record must be HEADER, found " + in.describe());
        }
        require(BGNLIB, "after HEADER");
        libraryHeader();
        structures();
        new HierarchyCheck(layout, references, options, in).run();
        if (warnings > MAX_WARNINGS) {
            layout.addWarning(in.fileName() + ": " + (warnings - MAX_WARNINGS) + " further warnings not shown");
        }
        return layout;
    }

    private void libraryHeader() {
        int attribute = -1;
        while (nextOrFail("in the library header")) {
            GdsRecordType t = in.type();
            if (t == null || !t.supported) {
                skip();
            } else if (t == LIBNAME) {
                layout.setLibraryName(in.string());
            } else if (t == UNITS) {
                units();
            } else if (t == PROPATTR) {
                attribute = in.uint2(0);
            } else if (t == PROPVALUE) {
                layout.properties().add(new Property(attribute, in.string()));
            } else if (HEADER_EXTRAS.contains(t)) {
                // library bookkeeping (directory size, fonts, reference libraries, masks): no geometry
            } else if (t == BGNSTR || t == ENDLIB) {
                in.pushBack();
                return;
            } else {
                throw in.error(t + " record out of place in the library header");
            }
        }
    }

    private void units() {
        double userUnitsPerDbu = in.real8(0);
        double metresPerDbu = in.real8(1);
        if (!(metresPerDbu > 0) || !(userUnitsPerDbu > 0)) {
            throw in.error("invalid UNITS (" + userUnitsPerDbu + ", " + metresPerDbu + "): both must be positive");
        }
        layout.setUnits(userUnitsPerDbu, metresPerDbu);
    }

    private void structures() {
        boolean first = true;
        while (nextOrFail("before ENDLIB")) {
            GdsRecordType t = in.type();
            if (t == null || !t.supported) {
                skip();
            } else if (t == BGNSTR) {
                structure(first);
                first = false;
            } else if (t == ENDLIB) {
                return; // anything after ENDLIB (tape block padding) is ignored
            } else {
                throw in.error(t + " record outside a structure");
            }
        }
    }

    private void structure(boolean first) {
        long begin = in.offset();
        require(STRNAME, "after BGNSTR");
        String name = in.string();
        if (name.isEmpty()) {
            throw in.error("empty structure name");
        }
        if (first && name.equals(CONTEXT_INFO_CELL)) {
            cell = new Cell(name);
            layout.setContextInfoCell(cell);
        } else {
            if (!defined.add(name)) {
                throw in.errorAt(begin, "cell '" + name + "' is defined twice (first at offset "
                        + layout.cell(name).sourceOffset() + ")");
            }
            cell = layout.getOrCreateCell(name);
        }
        cell.setSourceOffset(begin);
        int attribute = -1;
        while (nextOrFail("in structure '" + name + "' (no ENDSTR)")) {
            GdsRecordType t = in.type();
            if (t == null || !t.supported) {
                skip();
            } else if (t == ENDSTR) {
                cell.trim();
                return;
            } else if (t.startsElement()) {
                element(t);
            } else if (t == STRCLASS) {
                // Calma-internal structure class flags: no meaning for geometry
            } else if (t == PROPATTR) {
                attribute = in.uint2(0);
            } else if (t == PROPVALUE) {
                cell.properties().add(new Property(attribute, in.string()));
            } else {
                throw in.error(t + " record out of place in structure '" + name + "'"
                        + (t == XY || ALLOWED.get(BOUNDARY).contains(t) || t == ENDEL ? " (outside an element)" : ""));
            }
        }
    }

    private void element(GdsRecordType kind) {
        ElementRecords e = element;
        e.reset(kind, in.offset());
        Set<GdsRecordType> allowed = ALLOWED.get(kind);
        while (nextOrFail("in a " + kind + " element (no ENDEL)")) {
            GdsRecordType t = in.type();
            if (t == null || !t.supported) {
                skip();
            } else if (t == ENDEL) {
                break;
            } else if (t.startsElement() || t == ENDSTR) {
                warn(e.offset, kind + " element without ENDEL (assumed before offset " + in.offset() + ")");
                in.pushBack();
                break;
            } else if (allowed.contains(t)) {
                e.accept(in);
            } else {
                throw in.error(t + " record out of place in a " + kind + " element");
            }
        }
        switch (kind) {
            case BOUNDARY -> boundary(e);
            case PATH -> path(e);
            case BOX -> box(e);
            case TEXT -> text(e);
            case NODE -> node(e);
            case SREF -> sref(e);
            case AREF -> aref(e);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private void boundary(ElementRecords e) {
        LayerKey layer = layerOf(e, DATATYPE);
        int n = requirePoints(e, 0);
        if (n > 1 && samePoint(e, 0, n - 1)) {
            n--; // the closing point repeats the first
        }
        if (n < 3) {
            warn(e.offset, "BOUNDARY with fewer than 3 points ignored");
            return;
        }
        int i = cell.shapes(layer).addPolygon(e.xy, 0, n);
        cell.shapes(layer).setProperties(i, e.properties);
    }

    private void box(ElementRecords e) {
        LayerKey layer = layerOf(e, BOXTYPE);
        int n = requirePoints(e, 0);
        if (n > 1 && samePoint(e, 0, n - 1)) {
            n--;
        }
        if (n == 0) {
            warn(e.offset, "BOX without points ignored");
            return;
        }
        int i = cell.shapes(layer).addBoxPoints(e.xy, 0, n);
        cell.shapes(layer).setProperties(i, e.properties);
    }

    private void path(ElementRecords e) {
        LayerKey layer = layerOf(e, DATATYPE);
        int n = requirePoints(e, 0);
        if (n < 1) {
            warn(e.offset, "PATH without points ignored");
            return;
        }
        int type = e.pathType;
        if (type != 0 && type != 1 && type != 2 && type != 4) {
            warn(e.offset, "unsupported PATHTYPE " + type + " read as 0 (flush ends)");
            type = 0;
        }
        // round and square ends extend by half the width unless BGNEXTN/ENDEXTN say otherwise
        int halfWidth = (type == 1 || type == 2) ? e.width / 2 : 0;
        int begin = e.beginExtension != null ? e.beginExtension : halfWidth;
        int end = e.endExtension != null ? e.endExtension : halfWidth;
        int i = cell.shapes(layer).addPath(e.xy, 0, n, e.width, type, begin, end);
        cell.shapes(layer).setProperties(i, e.properties);
    }

    private void text(ElementRecords e) {
        LayerKey layer = layerOf(e, TEXTTYPE);
        if (e.string == null) {
            throw in.errorAt(e.offset, "TEXT element without STRING");
        }
        int n = requirePoints(e, 1);
        if (n > 1) {
            warn(e.offset, "TEXT with " + n + " points: only the first is used");
        }
        int x = e.xy[0];
        int y = e.xy[1];
        Trans t = new Trans((e.strans & 0x8000) != 0, e.angle, e.mag, x, y);
        cell.addText(layer, new Text(e.string, x, y, layer.datatype(), t, e.presentation, e.width, e.pathType,
                e.properties));
    }

    private void node(ElementRecords e) {
        if (e.layer < 0) {
            throw in.errorAt(e.offset, "NODE element without LAYER");
        }
        int[] xy = java.util.Arrays.copyOf(e.xy, e.xyLength);
        cell.addNode(new Node(e.layer, Math.max(e.datatype, 0), xy, e.properties));
    }

    private void sref(ElementRecords e) {
        String target = referenceTarget(e);
        int n = requirePoints(e, 1);
        if (n > 1) {
            warn(e.offset, "SREF with " + n + " points: only the first is used");
        }
        Trans t = refTrans(e, e.xy[0], e.xy[1]);
        cell.addInstance(new Instance(target, t, false, 1, 1, 0, 0, 0, 0, e.properties,
                (e.strans & 0x0004) != 0, (e.strans & 0x0002) != 0));
    }

    private void aref(ElementRecords e) {
        String target = referenceTarget(e);
        if (e.columns < 0) {
            throw in.errorAt(e.offset, "AREF element without COLROW");
        }
        if (e.columns == 0 || e.rows == 0) {
            throw in.errorAt(e.offset, "AREF with COLROW " + e.columns + " x " + e.rows + " (must be at least 1 x 1)");
        }
        if (e.columns > MAX_ARRAY_DIMENSION || e.rows > MAX_ARRAY_DIMENSION) {
            throw in.errorAt(e.offset, "AREF with COLROW " + e.columns + " x " + e.rows + " (at most "
                    + MAX_ARRAY_DIMENSION + " per axis)");
        }
        int n = requirePoints(e, 3);
        if (n > 3) {
            warn(e.offset, "AREF with " + n + " points: only the first three are used");
        }
        int[] p = e.xy;
        List<ArefLattice.Block> blocks = ArefLattice.blocks(e.columns, e.rows, p[0], p[1], p[2], p[3], p[4], p[5]);
        if (blocks.size() > 1) {
            warn(e.offset, "AREF lattice vectors are off the grid: split into " + blocks.size()
                    + " sub-arrays to keep every placement where KLayout puts it");
        }
        boolean absMag = (e.strans & 0x0004) != 0;
        boolean absAngle = (e.strans & 0x0002) != 0;
        for (ArefLattice.Block b : blocks) {
            Trans t = refTrans(e, p[0] + b.dx(), p[1] + b.dy());
            cell.addInstance(new Instance(target, t, true, b.columns(), b.rows(), b.colX(), b.colY(), b.rowX(),
                    b.rowY(), e.properties, absMag, absAngle));
        }
    }

    private String referenceTarget(ElementRecords e) {
        if (e.structureName == null) {
            throw in.errorAt(e.offset, e.kind + " element without SNAME");
        }
        if (e.structureName.isEmpty()) {
            throw in.errorAt(e.offset, e.kind + " element with an empty SNAME");
        }
        if ((e.strans & 0x0006) != 0) {
            warn(e.offset, "absolute magnification/angle flags on " + e.kind + " are kept but, as in KLayout,"
                    + " not applied");
        }
        if (cell != layout.contextInfoCell()) {
            references.putIfAbsent(e.structureName, new Reference(e.offset, cell.name()));
        }
        return e.structureName;
    }

    /**
     * The instance transformation as KLayout builds it: an angle within 1e-9 of a multiple of 90°
     * becomes exactly that multiple, and a magnification within 1e-9 of 1 becomes 1 unless the
     * angle is arbitrary.
     */
    private static Trans refTrans(ElementRecords e, double x, double y) {
        boolean mirror = (e.strans & 0x8000) != 0;
        boolean scaled = Math.abs(e.mag - 1.0) > 1e-9;
        double quarter = e.angle / 90.0;
        long q = ArefLattice.round(quarter);
        boolean arbitrary = Math.abs(q - quarter) > 1e-9;
        double angle = arbitrary ? e.angle : Math.floorMod(q, 4) * 90.0;
        double mag = scaled || arbitrary ? e.mag : 1.0;
        return new Trans(mirror, angle, mag, x, y);
    }

    private LayerKey layerOf(ElementRecords e, GdsRecordType datatypeRecord) {
        if (e.layer < 0) {
            throw in.errorAt(e.offset, e.kind + " element without LAYER");
        }
        if (e.datatype < 0) {
            throw in.errorAt(e.offset, e.kind + " element without " + datatypeRecord);
        }
        return new LayerKey(e.layer, e.datatype);
    }

    private int requirePoints(ElementRecords e, int min) {
        if (e.xyRecords == 0) {
            throw in.errorAt(e.offset, e.kind + " element without XY");
        }
        int n = e.points();
        if (n < min) {
            throw in.errorAt(e.offset, e.kind + " element with " + n + " points (needs at least " + min + ")");
        }
        return n;
    }

    private static boolean samePoint(ElementRecords e, int a, int b) {
        return e.xy[2 * a] == e.xy[2 * b] && e.xy[2 * a + 1] == e.xy[2 * b + 1];
    }

    private void require(GdsRecordType type, String where) {
        if (!in.next()) {
            throw in.errorAt(in.position(), "file ends where " + type + " was expected " + where);
        }
        if (in.type() != type) {
            throw in.error(type + " record expected " + where + ", found " + in.describe());
        }
    }

    private boolean nextOrFail(String where) {
        if (!in.next()) {
            throw in.errorAt(in.position(), "file ends " + where + ": ENDLIB missing");
        }
        return true;
    }

    private void skip() {
        warn(in.offset(), (in.type() == null ? "unknown record " + in.describe() : "unsupported record " + in.type())
                + " skipped");
    }

    private void warn(long offset, String what) {
        warnings++;
        if (warnings <= MAX_WARNINGS) {
            layout.addWarning(in.fileName() + ": offset " + offset + ": " + what);
        }
    }
}
