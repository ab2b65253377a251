package org.cpodrc.oasis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Shapes;
import org.cpodrc.layout.Trans;

/**
 * One OASIS CELL's contents while the file is read. A cell may be named by a reference number
 * whose CELLNAME comes later in the file (KLayout writes its name tables at the end), and texts
 * and placements may name strings and cells the same way; so shapes go straight into packed
 * {@link Shapes}, while the rest waits here until the names are known.
 */
final class CellBuilder {
    final String name;
    final long nameRef;
    final long offset;
    final Map<LayerKey, Shapes> shapes = new TreeMap<>();
    final List<PendingText> texts = new ArrayList<>();
    final List<PendingPlacement> placements = new ArrayList<>();
    final List<PendingProperty> properties = new ArrayList<>();
    final List<ShapeProperties> shapeProperties = new ArrayList<>();

    CellBuilder(String name, long nameRef, long offset) {
        this.name = name;
        this.nameRef = nameRef;
        this.offset = offset;
    }

    Shapes shapes(LayerKey layer) {
        return shapes.computeIfAbsent(layer, k -> new Shapes());
    }

    /** A text; {@code string} null means the TEXTSTRING reference {@code stringRef}. */
    record PendingText(String string, long stringRef, LayerKey layer, int x, int y, List<PendingProperty> properties,
                       long offset) {
    }

    /** A placement; {@code cell} null means the CELLNAME reference {@code cellRef}. */
    record PendingPlacement(String cell, long cellRef, Trans trans, Repetition lattice,
                            List<PendingProperty> properties, long offset) {
    }

    /** Properties given to shapes {@code [from, to)} of one {@link Shapes}. */
    record ShapeProperties(Shapes shapes, int from, int to, List<PendingProperty> properties) {
    }
}
