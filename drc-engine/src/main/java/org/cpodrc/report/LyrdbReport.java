package org.cpodrc.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A KLayout report database ({@code .lyrdb}) laid out as KLayout 0.28 writes one, so its marker
 * browser opens it: description, original-file, generator, top-cell, tags, categories (one per
 * rule, with the rule's description), cells, items. An item holds the violation's marker in µm
 * (edge pairs as {@code edge-pair: (x,y;x,y)|(x,y;x,y)}, polygons with KLayout's contour order,
 * single edges, paths) followed by the message as a text value; waived and baseline violations
 * carry the tags {@code waived} and {@code baseline}. Strings inside values are quoted as KLayout
 * quotes them (backslash escapes, octal for control and non-ASCII bytes).
 */
public final class LyrdbReport implements ReportWriter {
    private final String toolVersion;

    public LyrdbReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String format() {
        return "lyrdb";
    }

    @Override
    public String defaultFileName() {
        return "cpodrc.lyrdb";
    }

    @Override
    public void write(RunResult r, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.write("<report-database>\n");
        element(out, " ", "description", "cpodrc: deck " + r.deck().name() + " on " + r.input().file());
        element(out, " ", "original-file", r.input().file());
        element(out, " ", "generator", "cpodrc " + toolVersion + " --deck " + r.deck().source());
        element(out, " ", "top-cell", r.input().top());
        out.write(" <tags>\n");
        tag(out, "waived", "waived by a cpodrc waiver; does not fail the gate");
        tag(out, "baseline", "in the baseline report; does not fail the gate");
        out.write(" </tags>\n");
        out.write(" <categories>\n");
        for (RuleSummary s : r.rules()) {
            out.write("  <category>\n");
            element(out, "   ", "name", s.id());
            element(out, "   ", "description", (s.description() == null || s.description().isBlank() ? s.check()
                    : s.description()) + " [" + s.severity().label() + "]");
            out.write("   <categories>\n   </categories>\n");
            out.write("  </category>\n");
        }
        out.write(" </categories>\n");
        Set<String> cells = new LinkedHashSet<>();
        cells.add(r.input().top());
        for (Violation v : r.violations()) {
            cells.add(v.cell() == null ? r.input().top() : v.cell());
        }
        out.write(" <cells>\n");
        for (String c : cells) {
            out.write("  <cell>\n");
            element(out, "   ", "name", c);
            out.write("   <variant/>\n   <references>\n   </references>\n");
            out.write("  </cell>\n");
        }
        out.write(" </cells>\n");
        out.write(" <items>\n");
        double dbu = r.input().dbuUm();
        for (int i = 0; i < r.violations().size(); i++) {
            Violation v = r.violations().get(i);
            Disposition d = r.disposition(i);
            List<String> tags = new ArrayList<>();
            if (d.waived()) {
                tags.add("waived");
            }
            if (d.baseline()) {
                tags.add("baseline");
            }
            out.write("  <item>\n");
            out.write(tags.isEmpty() ? "   <tags/>\n" : "   <tags>" + String.join(",", tags) + "</tags>\n");
            element(out, "   ", "category", quote(v.rule()));
            element(out, "   ", "cell", v.cell() == null ? r.input().top() : v.cell());
            out.write("   <visited>false</visited>\n   <multiplicity>1</multiplicity>\n   <image/>\n");
            out.write("   <values>\n");
            for (String value : values(v, dbu)) {
                element(out, "    ", "value", value);
            }
            element(out, "    ", "value", "text: " + quote(v.message()));
            out.write("   </values>\n");
            out.write("  </item>\n");
        }
        out.write(" </items>\n");
        out.write("</report-database>\n");
    }

    private static void tag(Writer out, String name, String description) throws IOException {
        out.write("  <tag>\n");
        element(out, "   ", "name", name);
        element(out, "   ", "description", description);
        out.write("  </tag>\n");
    }

    private static void element(Writer out, String indent, String name, String text) throws IOException {
        if (text == null || text.isEmpty()) {
            out.write(indent + "<" + name + "/>\n");
        } else {
            out.write(indent + "<" + name + ">" + Xml.text(text) + "</" + name + ">\n");
        }
    }

    /** The marker as lyrdb values; the bbox as a box when the violation has no marker. */
    static List<String> values(Violation v, double dbu) {
        List<String> out = new ArrayList<>();
        if (v.marker() == null || v.marker().isEmpty()) {
            out.add("box: (" + xy(v.x1(), v.y1(), dbu) + ";" + xy(v.x2(), v.y2(), dbu) + ")");
            return out;
        }
        collect(v.marker(), dbu, out);
        return out;
    }

    private static void collect(Geometry g, double dbu, List<String> out) {
        if (g instanceof MultiLineString ml && ml.getNumGeometries() == 2 && twoPoints(ml.getGeometryN(0))
                && twoPoints(ml.getGeometryN(1))) {
            out.add("edge-pair: " + edge((LineString) ml.getGeometryN(0), dbu) + "|"
                    + edge((LineString) ml.getGeometryN(1), dbu));
        } else if (g instanceof Polygon p) {
            out.add("polygon: " + polygon(p, dbu));
        } else if (g instanceof LineString ls) {
            if (twoPoints(ls)) {
                out.add("edge: " + edge(ls, dbu));
            } else {
                StringBuilder b = new StringBuilder("path: (");
                Coordinate[] cs = ls.getCoordinates();
                for (int i = 0; i < cs.length; i++) {
                    b.append(i > 0 ? ";" : "").append(xy(cs[i].x, cs[i].y, dbu));
                }
                out.add(b.append(") w=0 bx=0 ex=0 r=false").toString());
            }
        } else if (g instanceof Point pt) {
            out.add("box: (" + xy(pt.getX(), pt.getY(), dbu) + ";" + xy(pt.getX(), pt.getY(), dbu) + ")");
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) {
                    collect(g.getGeometryN(i), dbu, out);
                }
            }
        }
    }

    private static boolean twoPoints(Geometry g) {
        return g instanceof LineString ls && ls.getNumPoints() == 2;
    }

    private static String edge(LineString ls, double dbu) {
        Coordinate a = ls.getCoordinateN(0);
        Coordinate b = ls.getCoordinateN(1);
        return "(" + xy(a.x, a.y, dbu) + ";" + xy(b.x, b.y, dbu) + ")";
    }

    /** Hull clockwise, holes counter-clockwise, each from its lowest (then leftmost) point: KLayout's order. */
    static String polygon(Polygon p, double dbu) {
        StringBuilder b = new StringBuilder("(");
        b.append(contour(p.getExteriorRing(), true, dbu));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            b.append('/').append(contour(p.getInteriorRingN(i), false, dbu));
        }
        return b.append(')').toString();
    }

    private static String contour(LinearRing ring, boolean clockwise, double dbu) {
        Coordinate[] closed = ring.getCoordinates();
        int n = closed.length - 1;
        List<Coordinate> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pts.add(closed[i]);
        }
        if ((signedArea(pts) < 0) != clockwise) {
            java.util.Collections.reverse(pts);
        }
        int start = 0;
        for (int i = 1; i < n; i++) {
            Coordinate c = pts.get(i);
            Coordinate s = pts.get(start);
            if (c.y < s.y || (c.y == s.y && c.x < s.x)) {
                start = i;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            Coordinate c = pts.get((start + k) % n);
            b.append(k > 0 ? ";" : "").append(xy(c.x, c.y, dbu));
        }
        return b.toString();
    }

    private static double signedArea(List<Coordinate> pts) {
        double a = 0;
        for (int i = 0; i < pts.size(); i++) {
            Coordinate p = pts.get(i);
            Coordinate q = pts.get((i + 1) % pts.size());
            a += p.x * q.y - q.x * p.y;
        }
        return a / 2;
    }

    private static String xy(double x, double y, double dbu) {
        return num(x * dbu) + "," + num(y * dbu);
    }

    /** 12 significant digits, no exponent, no trailing zeros: as KLayout prints coordinates. */
    static String num(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return "0";
        }
        String s = new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * A string quoted as KLayout quotes one: in single quotes, with {@code \'}, {@code \\},
     * {@code \n}, {@code \r}, {@code \t}, and every other byte outside printable ASCII of the UTF-8
     * encoding as a three-digit octal escape.
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        for (byte x : (s == null ? "" : s).getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            switch (c) {
                case '\'' -> b.append("\\'");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c >= 32 && c < 127) {
                        b.append((char) c);
                    } else {
                        b.append('\\').append(String.format("%03o", c));
                    }
                }
            }
        }
        return b.append('\'').toString();
    }
}
