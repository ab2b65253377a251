package org.cpodrc.info;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.cpodrc.json.JsonOut;

/**
 * {@code cpodrc info --format json} (DECK-SPEC §7): keys in the documented order, no timestamps,
 * areas in µm² and boxes in µm rounded to 1e-6 (dbu to 1e-9) as the corpus oracle rounds them, so
 * the same input always gives the same bytes.
 */
public final class InfoJson {
    private InfoJson() {
    }

    public static String format(String file, LayoutStatistics s) {
        return write(out -> {
            out.startObject(false).field("file").string(file);
            out.field("dbu_um").numberText(number(s.dbuUm(), 9));
            out.field("top_cells").startArray(false);
            for (String top : s.topCells()) {
                out.string(top);
            }
            out.endArray().field("cells").number(s.cells());
            out.lineBreak().field("layers").startArray(false);
            double d = s.dbuUm();
            for (LayerStatistics l : s.layers()) {
                out.lineBreak().startObject(false);
                out.field("layer").number(l.layer().layer());
                out.field("datatype").number(l.layer().datatype());
                out.field("shapes").number(l.shapes());
                out.field("texts").number(l.texts());
                out.field("area_um2").numberText(number(l.areaDbu2() * d * d, 6));
                out.field("bbox_um");
                box(out, l.bboxDbu(), d);
                out.endObject();
            }
            if (!s.layers().isEmpty()) {
                out.lineBreak();
            }
            out.endArray().endObject();
        });
    }

    /** What a {@link JsonOut} writes, in {@code info}'s layout: one space per level on broken lines. */
    public static String write(Body body) {
        StringWriter w = new StringWriter();
        try {
            JsonOut out = new JsonOut(w, 1);
            body.write(out);
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return w.toString();
    }

    /** A box in dbu as {@code [x1, y1, x2, y2]} in µm, or null. */
    public static void box(JsonOut out, long[] bb, double dbuUm) throws IOException {
        if (bb == null) {
            out.nul();
            return;
        }
        out.startArray(false);
        for (long v : bb) {
            out.numberText(number(v * dbuUm, 6));
        }
        out.endArray();
    }

    /** Writes a document's members. */
    @FunctionalInterface
    public interface Body {
        void write(JsonOut out) throws IOException;
    }

    /** Rounded to the given decimals (half even on the exact binary value, as Python's round), shortest form. */
    public static String number(double v, int decimals) {
        BigDecimal r = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (r.signum() == 0) {
            return "0.0";
        }
        String t = r.toPlainString();
        return t.indexOf('.') < 0 ? t + ".0" : t;
    }
}
