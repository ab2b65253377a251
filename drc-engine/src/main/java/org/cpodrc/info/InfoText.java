package org.cpodrc.info;

/** {@code cpodrc info} for people: a header and one aligned table row per layer/datatype. */
public final class InfoText {
    private InfoText() {
    }

    public static String format(String file, LayoutStatistics s) {
        StringBuilder b = new StringBuilder();
        b.append("file       ").append(file).append('\n');
        b.append("dbu        ").append(InfoJson.number(s.dbuUm(), 9)).append(" um\n");
        b.append("cells      ").append(s.cells()).append('\n');
        b.append("top cells  ").append(String.join(", ", s.topCells())).append('\n');
        if (s.layers().isEmpty()) {
            b.append("no shapes or texts\n");
            return b.toString();
        }
        String[] head = {"layer", "shapes", "texts", "area_um2", "bbox_um (x1, y1, x2, y2)"};
        String[][] rows = new String[s.layers().size()][];
        double d = s.dbuUm();
        for (int i = 0; i < rows.length; i++) {
            LayerStatistics l = s.layers().get(i);
            long[] bb = l.bboxDbu();
            String box = bb == null ? "-" : InfoJson.number(bb[0] * d, 6) + ", " + InfoJson.number(bb[1] * d, 6)
                    + ", " + InfoJson.number(bb[2] * d, 6) + ", " + InfoJson.number(bb[3] * d, 6);
            rows[i] = new String[] {l.layer().toString(), Long.toString(l.shapes()), Long.toString(l.texts()),
                    InfoJson.number(l.areaDbu2() * d * d, 6), box};
        }
        int[] w = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            w[c] = head[c].length();
            for (String[] r : rows) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        b.append('\n');
        appendRow(b, head, w);
        for (String[] r : rows) {
            appendRow(b, r, w);
        }
        return b.toString();
    }

    private static void appendRow(StringBuilder b, String[] r, int[] w) {
        for (int c = 0; c < r.length; c++) {
            boolean numeric = c >= 1 && c <= 3;
            String cell = numeric ? " ".repeat(w[c] - r[c].length()) + r[c] : r[c];
            b.append(c == 0 ? "" : "  ").append(c == r.length - 1 ? cell : numeric ? cell : cell + " ".repeat(w[c] - r[c].length()));
        }
        b.append('\n');
    }
}
