package org.cpodrc.gds;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.ReadWarnings;
import org.cpodrc.layout.Property;

import static org.cpodrc.gds.GdsRecordType.*;

/**
 * The GDSII grammar as a small state machine: library header, then structures, each a list of
 * elements, then ENDLIB. Each element's records are collected in {@link ElementRecords} and turned
 * into model objects by {@link ElementBuilder}. Where KLayout tolerates a deviation (missing
 * ENDEL) this parser does the same and records a warning; everything else out of place is an
 * input error naming the record's byte offset.
 */
final class GdsStreamParser {
    static final String CONTEXT_INFO_CELL = "$$$CONTEXT_INFO$$$";

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
    /** Records that only make sense inside an element. */
    private static final Set<GdsRecordType> ELEMENT_RECORDS = EnumSet.of(ENDEL);

    static {
        ALLOWED.values().forEach(ELEMENT_RECORDS::addAll);
    }

    private final GdsInput in;
    private final GdsReadOptions options;
    private final Layout layout = new Layout();
    private final ElementRecords element = new ElementRecords();
    private final Set<String> defined = new HashSet<>();
    private final ReadWarnings warnings;
    private final ElementBuilder builder;
    private Cell cell;

    GdsStreamParser(GdsInput in, GdsReadOptions options) {
        this.in = in;
        this.options = options;
        this.warnings = new ReadWarnings(layout, in.fileName());
        this.builder = new ElementBuilder(in, layout, warnings);
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
        require(BGNLIB, "after HEADER");
        libraryHeader();
        structures();
        new HierarchyCheck(layout, builder.references(), options, in).run();
        warnings.finish();
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
                        + (ELEMENT_RECORDS.contains(t) ? " (outside an element)" : ""));
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
        builder.build(e, cell);
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
        warnings.add(offset, what);
    }
}
