package org.cpodrc.samples;

import java.util.List;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.CirclePolygon;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;

/**
 * Draws into one cell of a layout in micrometres (database unit 1 nm), so the sample designs read
 * like the numbers in the README. Circles use {@link StrictMath} so the files are the same bytes on
 * every JVM.
 */
final class Drawing {
    static final int CIRCLE_VERTICES = 64;
    private final Layout layout;
    private final Cell cell;

    private Drawing(Layout layout, Cell cell) {
        this.layout = layout;
        this.cell = cell;
    }

    /** A new layout (1 nm database unit, library SAMPLES) and a drawing into its cell {@code top}. */
    static Drawing newLayout(String top) {
        Layout layout = new Layout();
        layout.setUnits(0.001, 1e-9);
        layout.setLibraryName("SAMPLES");
        return new Drawing(layout, layout.getOrCreateCell(top));
    }

    Layout layout() {
        return layout;
    }

    /** A drawing into another cell of the same layout, created if new. */
    Drawing cell(String name) {
        return new Drawing(layout, layout.getOrCreateCell(name));
    }

    Drawing box(LayerKey layer, double x1, double y1, double x2, double y2) {
        cell.shapes(layer).addBox(dbu(x1), dbu(y1), dbu(x2), dbu(y2));
        return this;
    }

    /** A square of side {@code side} centred on (cx, cy). */
    Drawing square(LayerKey layer, double cx, double cy, double side) {
        return box(layer, cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2);
    }

    /** A round shape (TSV, pillar, fiber core, ring) of {@value #CIRCLE_VERTICES} vertices, one at angle 0. */
    Drawing circle(LayerKey layer, double cx, double cy, double diameter) {
        int[] xy = CirclePolygon.vertices(dbu(cx), dbu(cy), dbu(diameter / 2), CIRCLE_VERTICES);
        cell.shapes(layer).addPolygon(xy, 0, CIRCLE_VERTICES);
        return this;
    }

    /** A flush-ended path (GDSII path type 0) through the points x0, y0, x1, y1, ... */
    Drawing path(LayerKey layer, double width, double... points) {
        int[] xy = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            xy[i] = dbu(points[i]);
        }
        cell.shapes(layer).addPath(xy, 0, points.length / 2, dbu(width), 0, 0, 0);
        return this;
    }

    Drawing text(LayerKey layer, String text, double x, double y) {
        cell.addText(layer, new Text(text, dbu(x), dbu(y), layer.datatype(), Trans.IDENTITY, 0, 0, 0, List.of()));
        return this;
    }

    /** One placement of {@code child} at (x, y). */
    Drawing place(String child, double x, double y) {
        cell.addInstance(Instance.single(child, Trans.displacement(dbu(x), dbu(y))));
        return this;
    }

    /** An AREF of {@code columns} x {@code rows} placements, stepping (dx, 0) by column and (0, dy) by row. */
    Drawing array(String child, double x, double y, int columns, int rows, double dx, double dy) {
        cell.addInstance(Instance.array(child, Trans.displacement(dbu(x), dbu(y)), columns, rows,
                dbu(dx), 0, 0, dbu(dy)));
        return this;
    }

    static int dbu(double um) {
        return (int) Math.round(um * 1000);
    }
}
