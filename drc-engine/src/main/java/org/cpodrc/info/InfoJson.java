package org.cpodrc.info;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.cpodrc.json.JsonString;

/**
 * {@code cpodrc info --format json} (DECK-SPEC §7): keys in the documented order, no timestamps,
 * areas in µm² and boxes in µm rounded to 1e-6 (dbu to 1e-9) as the corpus oracle rounds them, so
 * the same input always gives the same bytes.
 */
public final class InfoJson {
    private InfoJson() {
    }

    public static String format(String file, LayoutStatistics s) {
        StringBuilder b = new StringBuilder();
        b.append("{\"file\": ").append(string(file));
        b.append(", \"dbu_um\": ").append(number(s.dbuUm(), 9));
        b.append(", \"top_cells\": [");
        List<String> tops = s.topCells();
        for (int i = 0; i < tops.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(string(tops.get(i)));
        }
        b.append("], \"cells\": ").append(s.cells());
        b.append(",\n \"layers\": [");
        double d = s.dbuUm();
        for (int i = 0; i < s.layers().size(); i++) {
            LayerStatistics l = s.layers().get(i);
            b.append(i == 0 ? "\n  " : ",\n  ");
            b.append("{\"layer\": ").append(l.layer().layer());
            b.append(", \"datatype\": ").append(l.layer().datatype());
            b.append(", \"shapes\": ").append(l.shapes());
            b.append(", \"texts\": ").append(l.texts());
            b.append(", \"area_um2\": ").append(number(l.areaDbu2() * d * d, 6));
            b.append(", \"bbox_um\": ");
            long[] bb = l.bboxDbu();
            if (bb == null) {
                b.append("null");
            } else {
                b.append('[');
                for (int k = 0; k < 4; k++) {
                    b.append(k == 0 ? "" : ", ").append(number(bb[k] * d, 6));
                }
                b.append(']');
            }
            b.append('}');
        }
        b.append(s.layers().isEmpty() ? "]}\n" : "\n ]}\n");
        return b.toString();
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

    public static String string(String s) {
        return JsonString.quote(s);
    }
}
