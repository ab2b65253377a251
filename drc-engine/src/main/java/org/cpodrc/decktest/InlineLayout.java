package org.cpodrc.decktest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.CirclePolygon;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;

/**
 * Draws a deck test's inline shapes, given in µm, as GDSII elements of one cell, so they are
 * flattened and checked exactly like a design read from a file. Coordinates are rounded to the
 * database unit half away from zero, as KLayout does when it converts µm to database units.
 *
 * <p>A circle becomes a polygon of {@value #CIRCLE_VERTICES} vertices with one at angle 0, radius
 * rounded to the grid first and each vertex rounded to the grid; the shipped sample designs draw
 * their TSVs, pillars and fibers the same way, so a circle of diameter d measures d across its
 * vertices and slightly less (d·cos(π/64)) across its flat sides.
 */
public final class InlineLayout {
    public static final int CIRCLE_VERTICES = 64;
    /** The cell inline shapes are drawn into. */
    public static final String TOP = "TOP";
    private final Layout layout = new Layout();
    private final Cell cell;
    private final BigDecimal dbuUm;

    /** @param dbuUm the database unit in µm (0.001 unless the test file says otherwise) */
    public InlineLayout(BigDecimal dbuUm) {
        this.dbuUm = dbuUm;
        layout.setUnits(dbuUm.doubleValue(), dbuUm.doubleValue() * 1e-6);
        layout.setLibraryName("DECKTEST");
        cell = layout.getOrCreateCell(TOP);
    }

    public Layout layout() {
        return layout;
    }

    public Cell top() {
        return cell;
    }

    /** A coordinate or size that does not fit a layout's 32-bit database units. */
    public static final class OutOfRange extends RuntimeException {
        OutOfRange(String message) {
            super(message);
        }
    }

    /**
     * µm to database units, half away from zero; {@link OutOfRange} beyond a 32-bit coordinate
     * (compared before dividing: 1e999999 µm must not become a million-digit integer first).
     */
    public int dbu(BigDecimal um) {
        if (um.abs().compareTo(dbuUm.multiply(BigDecimal.valueOf(Integer.MAX_VALUE))) > 0) {
            throw outOfRange(um);
        }
        return um.divide(dbuUm, 0, RoundingMode.HALF_UP).intValueExact();
    }

    private OutOfRange outOfRange(BigDecimal um) {
        String n = um.toString();
        return new OutOfRange((n.length() > 24 ? n.substring(0, 20) + "..." : n) + " µm is beyond the ±"
                + Integer.MAX_VALUE + " database units of a layout coordinate (dbu " + dbuUm.toPlainString() + " µm)");
    }

    public void box(LayerKey layer, BigDecimal x1, BigDecimal y1, BigDecimal x2, BigDecimal y2) {
        cell.shapes(layer).addBox(dbu(x1), dbu(y1), dbu(x2), dbu(y2));
    }

    /** A polygon through the points x0, y0, x1, y1, ... (not closed: the last point joins the first). */
    public void polygon(LayerKey layer, List<BigDecimal> xy) {
        int[] c = grid(xy);
        cell.shapes(layer).addPolygon(c, 0, c.length / 2);
    }

    /**
     * A path of the given width through the points; {@code square} ends extend by half the width
     * (GDSII path type 2), otherwise the ends are flush (type 0).
     */
    public void path(LayerKey layer, List<BigDecimal> xy, BigDecimal width, boolean square) {
        int[] c = grid(xy);
        int w = dbu(width);
        int ext = square ? w / 2 : 0;
        cell.shapes(layer).addPath(c, 0, c.length / 2, w, square ? 2 : 0, ext, ext);
    }

    public void circle(LayerKey layer, BigDecimal cx, BigDecimal cy, BigDecimal diameter) {
        long r = dbu(diameter.divide(BigDecimal.valueOf(2)));
        // the vertices reach r from the centre, which must stay a coordinate too
        for (BigDecimal c : List.of(cx, cy)) {
            dbu(c.abs().add(diameter.divide(BigDecimal.valueOf(2))));
        }
        cell.shapes(layer).addPolygon(CirclePolygon.vertices(dbu(cx), dbu(cy), r, CIRCLE_VERTICES), 0, CIRCLE_VERTICES);
    }

    /** A label: a GDSII TEXT with texttype = the layer's datatype. */
    public void text(LayerKey layer, String string, BigDecimal x, BigDecimal y) {
        cell.addText(layer, new Text(string, dbu(x), dbu(y), layer.datatype(), Trans.IDENTITY, 0, 0, 0, List.of()));
    }

    private int[] grid(List<BigDecimal> xy) {
        int[] c = new int[xy.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = dbu(xy.get(i));
        }
        return c;
    }
}
