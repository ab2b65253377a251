package org.cpodrc.oasis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Property;
import org.cpodrc.layout.ReadWarnings;
import org.cpodrc.layout.Shapes;
import org.cpodrc.layout.Text;

/**
 * Builds the layout once the whole file is read and every name table is known: names cells,
 * texts, placements and properties by their reference numbers, and reports references to names
 * or cells the file never defines at the record that made them.
 */
final class LayoutAssembler {
    /** OASIS standard property that carries a GDSII PROPATTR/PROPVALUE pair. */
    static final String GDS_PROPERTY = "S_GDS_PROPERTY";

    private final OasisParser parser;
    private final Layout layout;
    private final OasisReadOptions options;
    private final OasisInput in;
    private final ReadWarnings warnings;

    LayoutAssembler(OasisParser parser, Layout layout, OasisReadOptions options, OasisInput in,
                    ReadWarnings warnings) {
        this.parser = parser;
        this.layout = layout;
        this.options = options;
        this.in = in;
        this.warnings = warnings;
    }

    void assemble(List<CellBuilder> cells, List<PendingProperty> fileProperties) {
        Map<String, Long> defined = new HashMap<>();
        for (CellBuilder b : cells) {
            String name = b.name != null ? b.name : name(parser.cellNames, b.nameRef, b.offset, "cell");
            if (name.isEmpty()) {
                throw in.errorAt(b.offset, "empty cell name");
            }
            Long first = defined.putIfAbsent(name, b.offset);
            if (first != null) {
                throw in.errorAt(b.offset, "cell '" + name + "' is defined twice (first at offset " + first + ")");
            }
            Cell c = layout.getOrCreateCell(name);
            c.setSourceOffset(b.offset);
        }
        layout.properties().addAll(properties(fileProperties));
        List<String> missing = new ArrayList<>();
        for (CellBuilder b : cells) {
            String name = b.name != null ? b.name : parser.cellNames.get(b.nameRef);
            Cell c = layout.cell(name);
            for (CellBuilder.ShapeProperties sp : b.shapeProperties) {
                List<Property> props = properties(sp.properties());
                for (int i = sp.from(); i < sp.to(); i++) {
                    sp.shapes().setProperties(i, props);
                }
            }
            for (Map.Entry<LayerKey, Shapes> e : b.shapes.entrySet()) {
                c.putShapes(e.getKey(), e.getValue());
            }
            for (CellBuilder.PendingText t : b.texts) {
                String s = t.string() != null ? t.string() : name(parser.textStrings, t.stringRef(), t.offset(),
                        "text string");
                c.addText(t.layer(), new Text(s, t.x(), t.y(), t.layer().datatype(),
                        org.cpodrc.layout.Trans.displacement(t.x(), t.y()), 0, 0, 0, properties(t.properties())));
            }
            for (CellBuilder.PendingPlacement p : b.placements) {
                String target = p.cell() != null ? p.cell() : name(parser.cellNames, p.cellRef(), p.offset(), "cell");
                if (!defined.containsKey(target)) {
                    String what = "placement of an undefined cell '" + target + "' in cell '" + name + "'";
                    if (!options.allowUndefinedCells()) {
                        throw in.errorAt(p.offset(), what);
                    }
                    if (!layout.hasCell(target)) {
                        layout.getOrCreateCell(target);
                        missing.add(target);
                        warnings.add(p.offset(), what + ": read as an empty cell");
                    }
                }
                Repetition r = p.lattice();
                List<Property> props = properties(p.properties());
                if (r == null) {
                    c.addInstance(new Instance(target, p.trans(), false, 1, 1, 0, 0, 0, 0, props, false, false));
                } else {
                    c.addInstance(new Instance(target, p.trans(), true, r.columns, r.rows, r.ax, r.ay, r.bx, r.by,
                            props, false, false));
                }
            }
            c.properties().addAll(properties(b.properties));
            c.trim();
        }
    }

    private String name(NameTable table, long ref, long offset, String what) {
        String s = table.get(ref);
        if (s == null) {
            throw in.errorAt(offset, what + " reference number " + ref + " has no " + table.record + " record");
        }
        return s;
    }

    /**
     * Properties as the GDSII reader keeps them: S_GDS_PROPERTY (attribute number, value) becomes
     * that attribute/value pair; other user properties keep attribute -1 and "NAME=VALUE[,VALUE]";
     * the other standard properties (S_TOP_CELL, S_BOUNDING_BOX, ...) are bookkeeping and dropped.
     */
    private List<Property> properties(List<PendingProperty> pending) {
        if (pending == null || pending.isEmpty()) {
            return List.of();
        }
        List<Property> out = new ArrayList<>(pending.size());
        for (PendingProperty p : pending) {
            String name = p.name() != null ? p.name() : name(parser.propNames, p.nameRef(), p.offset(), "property name");
            List<String> values = new ArrayList<>();
            for (Object v : p.values()) {
                values.add(value(v, p.offset()));
            }
            if (name.equals(GDS_PROPERTY) && values.size() == 2 && p.values().get(0) instanceof Number n) {
                out.add(new Property(n.intValue(), values.get(1)));
            } else if (!p.standard() && !name.startsWith("S_")) {
                out.add(new Property(-1, name + "=" + String.join(",", values)));
            }
        }
        return out;
    }

    private String value(Object v, long offset) {
        if (v instanceof PendingProperty.StringRef r) {
            return name(parser.propStrings, r.number(), offset, "property string");
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }
}
