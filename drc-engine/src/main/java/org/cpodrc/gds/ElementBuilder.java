package org.cpodrc.gds;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.ReadWarnings;
import org.cpodrc.layout.Node;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;

import static org.cpodrc.gds.GdsRecordType.BOXTYPE;
import static org.cpodrc.gds.GdsRecordType.DATATYPE;
import static org.cpodrc.gds.GdsRecordType.TEXTTYPE;

/**
 * Turns one element's collected records into model objects, reading them as KLayout reads them
 * (see the package documentation): shapes into the cell's packed {@link org.cpodrc.layout.Shapes},
 * texts, nodes and instances. Remembers the first reference to every cell for the hierarchy check.
 */
final class ElementBuilder {
    /** GDSII COLROW values are 2-byte signed integers; anything above is not a real array. */
    private static final int MAX_ARRAY_DIMENSION = 32767;

    private final GdsInput in;
    private final Layout layout;
    private final ReadWarnings warnings;
    /** First reference to each cell name: offset of the referencing element and the referencing cell. */
    private final Map<String, Reference> references = new LinkedHashMap<>();

    record Reference(long offset, String fromCell) {
    }

    ElementBuilder(GdsInput in, Layout layout, ReadWarnings warnings) {
        this.in = in;
        this.layout = layout;
        this.warnings = warnings;
    }

    Map<String, Reference> references() {
        return references;
    }

    void build(ElementRecords e, Cell cell) {
        switch (e.kind) {
            case BOUNDARY -> boundary(e, cell);
            case PATH -> path(e, cell);
            case BOX -> box(e, cell);
            case TEXT -> text(e, cell);
            case NODE -> node(e, cell);
            case SREF -> sref(e, cell);
            case AREF -> aref(e, cell);
            default -> throw new IllegalStateException(e.kind.name());
        }
    }

    private void boundary(ElementRecords e, Cell cell) {
        LayerKey layer = layerOf(e, DATATYPE);
        int n = requirePoints(e, 0);
        if (n > 1 && samePoint(e, 0, n - 1)) {
            n--; // the closing point repeats the first
        }
        if (n < 3) {
            warnings.add(e.offset, "BOUNDARY with fewer than 3 points ignored");
            return;
        }
        int i = cell.shapes(layer).addPolygon(e.xy, 0, n);
        cell.shapes(layer).setProperties(i, e.properties);
    }

    private void box(ElementRecords e, Cell cell) {
        LayerKey layer = layerOf(e, BOXTYPE);
        int n = requirePoints(e, 0);
        if (n > 1 && samePoint(e, 0, n - 1)) {
            n--;
        }
        if (n == 0) {
            warnings.add(e.offset, "BOX without points ignored");
            return;
        }
        int i = cell.shapes(layer).addBoxPoints(e.xy, 0, n);
        cell.shapes(layer).setProperties(i, e.properties);
    }

    private void path(ElementRecords e, Cell cell) {
        LayerKey layer = layerOf(e, DATATYPE);
        int n = requirePoints(e, 0);
        if (n < 1) {
            warnings.add(e.offset, "PATH without points ignored");
            return;
        }
        int type = e.pathType;
        if (type != 0 && type != 1 && type != 2 && type != 4) {
            warnings.add(e.offset, "unsupported PATHTYPE " + type + " read as 0 (flush ends)");
            type = 0;
        }
        // round and square ends extend by half the width unless BGNEXTN/ENDEXTN say otherwise
        int halfWidth = (type == 1 || type == 2) ? e.width / 2 : 0;
        int begin = e.beginExtension != null ? e.beginExtension : halfWidth;
        int end = e.endExtension != null ? e.endExtension : halfWidth;
        int i = cell.shapes(layer).addPath(e.xy, 0, n, e.width, type, begin, end);
        cell.shapes(layer).setProperties(i, e.properties);
    }

    private void text(ElementRecords e, Cell cell) {
        LayerKey layer = layerOf(e, TEXTTYPE);
        if (e.string == null) {
            throw in.errorAt(e.offset, "TEXT element without STRING");
        }
        int n = requirePoints(e, 1);
        if (n > 1) {
            warnings.add(e.offset, "TEXT with " + n + " points: only the first is used");
        }
        int x = e.xy[0];
        int y = e.xy[1];
        Trans t = new Trans((e.strans & 0x8000) != 0, e.angle, e.mag, x, y);
        cell.addText(layer, new Text(e.string, x, y, layer.datatype(), t, e.presentation, e.width, e.pathType,
                e.properties));
    }

    private void node(ElementRecords e, Cell cell) {
        if (e.layer < 0) {
            throw in.errorAt(e.offset, "NODE element without LAYER");
        }
        int[] xy = Arrays.copyOf(e.xy, e.xyLength);
        cell.addNode(new Node(e.layer, Math.max(e.datatype, 0), xy, e.properties));
    }

    private void sref(ElementRecords e, Cell cell) {
        String target = referenceTarget(e, cell);
        int n = requirePoints(e, 1);
        if (n > 1) {
            warnings.add(e.offset, "SREF with " + n + " points: only the first is used");
        }
        Trans t = refTrans(e, e.xy[0], e.xy[1]);
        cell.addInstance(new Instance(target, t, false, 1, 1, 0, 0, 0, 0, e.properties,
                (e.strans & 0x0004) != 0, (e.strans & 0x0002) != 0));
    }

    private void aref(ElementRecords e, Cell cell) {
        String target = referenceTarget(e, cell);
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
            warnings.add(e.offset, "AREF with " + n + " points: only the first three are used");
        }
        int[] p = e.xy;
        List<ArefLattice.Block> blocks = ArefLattice.blocks(e.columns, e.rows, p[0], p[1], p[2], p[3], p[4], p[5]);
        if (blocks.size() > 1) {
            warnings.add(e.offset, "AREF lattice vectors are off the grid: split into " + blocks.size()
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

    private String referenceTarget(ElementRecords e, Cell cell) {
        if (e.structureName == null) {
            throw in.errorAt(e.offset, e.kind + " element without SNAME");
        }
        if (e.structureName.isEmpty()) {
            throw in.errorAt(e.offset, e.kind + " element with an empty SNAME");
        }
        if (!(e.mag > 0)) {
            // as KLayout, which refuses such a file ("mag > 0.0 was not true"); MAG 0 would make
            // the referenced geometry vanish. Texts may carry any MAG (KLayout reads them).
            throw in.errorAt(e.magOffset, "MAG " + e.mag + " of " + e.kind + " '" + e.structureName
                    + "' is not positive (a cell reference needs a magnification above 0)");
        }
        if ((e.strans & 0x0006) != 0) {
            warnings.add(e.offset, "absolute magnification/angle flags on " + e.kind + " are kept but, as in KLayout,"
                    + " not applied");
        }
        if (cell != layout.contextInfoCell()) {
            references.putIfAbsent(e.structureName, new Reference(e.offset, cell.name()));
        }
        return e.structureName;
    }

    private static Trans refTrans(ElementRecords e, double x, double y) {
        return Trans.ofPlacement((e.strans & 0x8000) != 0, e.angle, e.mag, x, y);
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
}
