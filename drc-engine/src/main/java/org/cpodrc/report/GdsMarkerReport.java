package org.cpodrc.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RuleSummary;
import org.cpodrc.engine.RunResult;
import org.cpodrc.gds.GdsStream;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Shapes;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Violations as GDSII polygons to overlay on the design: one cell named like the checked top
 * cell, one layer per rule in deck order ({@link #layerOf(int)}: 1000 + rule index), datatype 0
 * for violations that fail or could fail the gate, 1 for waived and 2 for baseline ones. Each
 * marker also gets a TEXT (texttype 0) with rule id and message at its bbox centre. Edge pairs
 * become the quadrilateral between the two edges (thin rectangles around each edge when that
 * has no area); polygons with holes are cut into hole-free pieces, as GDSII has no holes.
 * The layer of each rule is listed in the text and JSON reports' rule order and here as
 * library property-free TEXTs, so nothing depends on reading this file alone.
 */
public final class GdsMarkerReport implements ReportWriter {
    public static final int FIRST_LAYER = 1000;
    private static final String LIBRARY = "CPODRC_MARKERS";
    static final int DATATYPE_OPEN = 0;
    static final int DATATYPE_WAIVED = 1;
    static final int DATATYPE_BASELINE = 2;

    @SuppressWarnings("unused")
    private final String toolVersion;

    public GdsMarkerReport(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    /** The marker layer of the rule at this index in deck order. */
    public static int layerOf(int ruleIndex) {
        return FIRST_LAYER + ruleIndex;
    }

    @Override
    public String format() {
        return "gds";
    }

    @Override
    public String defaultFileName() {
        return "cpodrc-markers.gds";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        throw new IOException("gds markers are binary; give the report a file: --report gds=markers.gds");
    }

    @Override
    public void write(RunResult r, OutputStream os) throws IOException {
        // streamed element by element in the order GdsWriter writes layout(r) (shapes, then texts,
        // each by layer key): the same bytes without holding every marker and message at once
        double dbu = r.input().dbuUm();
        GdsStream out = new GdsStream(os, LIBRARY, dbu, dbu * 1e-6);
        out.beginCell(r.input().top());
        List<String> ids = r.rules().stream().map(RuleSummary::id).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = ids.size() - 1; i >= 0; i--) {
            index.put(ids.get(i), i); // the first rule of an id, as indexOf finds it
        }
        TreeSet<LayerKey> shapeKeys = new TreeSet<>();
        TreeSet<LayerKey> textKeys = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            textKeys.add(new LayerKey(layerOf(i), 255));
        }
        for (int i = 0; i < r.violations().size(); i++) {
            LayerKey key = shapeKey(r, i, index);
            if (key != null) {
                shapeKeys.add(key);
                textKeys.add(new LayerKey(key.layer(), 0));
            }
        }
        for (LayerKey key : shapeKeys) {
            for (int i = 0; i < r.violations().size(); i++) {
                if (key.equals(shapeKey(r, i, index))) {
                    for (Polygon p : markerPolygons(r.violations().get(i))) {
                        int[] xy = vertices(p);
                        out.boundary(key, xy, xy.length / 2);
                    }
                }
            }
        }
        for (LayerKey key : textKeys) {
            if (key.datatype() == 255) {
                int rule = key.layer() - FIRST_LAYER;
                out.text(key, text(ids.get(rule) + " (" + r.rules().get(rule).check() + ")", 0, 0));
                continue;
            }
            for (int i = 0; i < r.violations().size(); i++) {
                Violation v = r.violations().get(i);
                Integer rule = index.get(v.rule());
                if (rule != null && layerOf(rule) == key.layer()) {
                    out.text(key, text(v.rule() + ": " + v.message(), (int) ((v.x1() + v.x2()) / 2),
                            (int) ((v.y1() + v.y2()) / 2)));
                }
            }
        }
        out.endCell();
        out.finish();
    }

    /** The layer and datatype of violation i's marker shapes; null when its rule is not in the run. */
    private static LayerKey shapeKey(RunResult r, int i, Map<String, Integer> index) {
        Integer rule = index.get(r.violations().get(i).rule());
        if (rule == null) {
            return null;
        }
        Disposition d = r.disposition(i);
        return new LayerKey(layerOf(rule), d.waived() ? DATATYPE_WAIVED : d.baseline() ? DATATYPE_BASELINE : DATATYPE_OPEN);
    }

    static Layout layout(RunResult r) {
        Layout layout = new Layout();
        double dbu = r.input().dbuUm();
        layout.setUnits(dbu, dbu * 1e-6);
        layout.setLibraryName(LIBRARY);
        Cell cell = layout.getOrCreateCell(r.input().top());
        List<String> ids = r.rules().stream().map(RuleSummary::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            // a label per rule layer at the origin names the rule, so a viewer shows which layer is which
            cell.addText(new LayerKey(layerOf(i), 255), text(ids.get(i) + " (" + r.rules().get(i).check() + ")", 0, 0));
        }
        for (int i = 0; i < r.violations().size(); i++) {
            Violation v = r.violations().get(i);
            int ruleIndex = ids.indexOf(v.rule());
            if (ruleIndex < 0) {
                continue;
            }
            Disposition d = r.disposition(i);
            int datatype = d.waived() ? DATATYPE_WAIVED : d.baseline() ? DATATYPE_BASELINE : DATATYPE_OPEN;
            LayerKey key = new LayerKey(layerOf(ruleIndex), datatype);
            Shapes shapes = cell.shapes(key);
            for (Polygon p : markerPolygons(v)) {
                add(shapes, p);
            }
            cell.addText(new LayerKey(layerOf(ruleIndex), 0), text(v.rule() + ": " + v.message(),
                    (int) ((v.x1() + v.x2()) / 2), (int) ((v.y1() + v.y2()) / 2)));
        }
        return layout;
    }

    private static Text text(String s, int x, int y) {
        return new Text(s, x, y, 0, Trans.IDENTITY, 0, 0, 0, List.of());
    }

    /** The marker as hole-free polygons on the integer grid. */
    static List<Polygon> markerPolygons(Violation v) {
        List<Polygon> out = new ArrayList<>();
        Geometry m = v.marker();
        if (m == null || m.isEmpty()) {
            out.add(box(v.x1(), v.y1(), Math.max(v.x2(), v.x1() + 1), Math.max(v.y2(), v.y1() + 1)));
            return out;
        }
        collect(m, out);
        return out;
    }

    private static void collect(Geometry g, List<Polygon> out) {
        if (g instanceof MultiLineString ml && ml.getNumGeometries() == 2 && ml.getGeometryN(0).getNumPoints() == 2
                && ml.getGeometryN(1).getNumPoints() == 2) {
            edgePair((LineString) ml.getGeometryN(0), (LineString) ml.getGeometryN(1), out);
        } else if (g instanceof Polygon p) {
            withoutHoles(p, out, 0);
        } else if (g instanceof LineString ls) {
            Coordinate[] cs = ls.getCoordinates();
            for (int i = 0; i + 1 < cs.length; i++) {
                thinEdge(cs[i], cs[i + 1], out);
            }
        } else if (g instanceof org.locationtech.jts.geom.Point pt) {
            long x = Math.round(pt.getX());
            long y = Math.round(pt.getY());
            out.add(box(x - 1, y - 1, x + 1, y + 1));
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) {
                    collect(g.getGeometryN(i), out);
                }
            }
        }
    }

    /** The area between two edges (KLayout's edge pair polygon); thin boxes around each edge when it is degenerate. */
    private static void edgePair(LineString a, LineString b, List<Polygon> out) {
        Coordinate a1 = snap(a.getCoordinateN(0));
        Coordinate a2 = snap(a.getCoordinateN(1));
        Coordinate b1 = snap(b.getCoordinateN(0));
        Coordinate b2 = snap(b.getCoordinateN(1));
        // join a1-a2 with whichever order of b's points gives a simple quadrilateral
        Polygon q = quad(a1, a2, b2, b1);
        if (!q.isValid()) {
            q = quad(a1, a2, b1, b2);
        }
        if (q.isValid() && q.getArea() > 0) {
            out.add(q);
            return;
        }
        thinEdge(a1, a2, out);
        thinEdge(b1, b2, out);
    }

    private static Polygon quad(Coordinate p, Coordinate q, Coordinate r, Coordinate s) {
        return Region.FACTORY.createPolygon(new Coordinate[] {p, q, r, s, p});
    }

    /** A rectangle 2 database units wide along an edge (its bbox grown by one unit for axis-parallel edges). */
    private static void thinEdge(Coordinate p, Coordinate q, List<Polygon> out) {
        double dx = q.x - p.x;
        double dy = q.y - p.y;
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            out.add(box(Math.round(p.x) - 1, Math.round(p.y) - 1, Math.round(p.x) + 1, Math.round(p.y) + 1));
            return;
        }
        double nx = -dy / len;
        double ny = dx / len;
        Coordinate[] c = {snap(new Coordinate(p.x + nx, p.y + ny)), snap(new Coordinate(q.x + nx, q.y + ny)),
                snap(new Coordinate(q.x - nx, q.y - ny)), snap(new Coordinate(p.x - nx, p.y - ny)), null};
        c[4] = c[0];
        Polygon poly = Region.FACTORY.createPolygon(c);
        if (poly.getArea() == 0) {
            Envelope e = poly.getEnvelopeInternal();
            poly = box((long) e.getMinX() - 1, (long) e.getMinY() - 1, (long) e.getMaxX() + 1, (long) e.getMaxY() + 1);
        }
        out.add(poly);
    }

    /** Cuts a polygon with holes by a vertical line through its first hole until no piece has holes. */
    private static void withoutHoles(Polygon p, List<Polygon> out, int depth) {
        if (p.getNumInteriorRing() == 0 || depth > 64) {
            out.add(Region.FACTORY.createPolygon(p.getExteriorRing().getCoordinates()));
            return;
        }
        Envelope all = p.getEnvelopeInternal();
        Envelope hole = p.getInteriorRingN(0).getEnvelopeInternal();
        double cut = Math.floor((hole.getMinX() + hole.getMaxX()) / 2);
        if (cut <= hole.getMinX()) {
            cut = hole.getMinX() + 1 <= hole.getMaxX() ? hole.getMinX() + 1 : hole.getMaxX();
        }
        Geometry left = OverlayNGRobust.overlay(p, box((long) all.getMinX() - 1, (long) all.getMinY() - 1, (long) cut,
                (long) all.getMaxY() + 1), OverlayNG.INTERSECTION);
        Geometry right = OverlayNGRobust.overlay(p, box((long) cut, (long) all.getMinY() - 1, (long) all.getMaxX() + 1,
                (long) all.getMaxY() + 1), OverlayNG.INTERSECTION);
        for (Geometry part : List.of(left, right)) {
            for (int i = 0; i < part.getNumGeometries(); i++) {
                if (part.getGeometryN(i) instanceof Polygon piece && !piece.isEmpty()) {
                    withoutHoles(piece, out, depth + 1);
                }
            }
        }
    }

    private static void add(Shapes shapes, Polygon p) {
        int[] xy = vertices(p);
        shapes.addPolygon(xy, 0, xy.length / 2);
    }

    /** The outline's vertices on the grid, without the closing repeat. */
    private static int[] vertices(Polygon p) {
        Coordinate[] cs = p.getExteriorRing().getCoordinates();
        int n = cs.length - 1;
        int[] xy = new int[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = Math.toIntExact(Math.round(cs[i].x));
            xy[2 * i + 1] = Math.toIntExact(Math.round(cs[i].y));
        }
        return xy;
    }

    private static Coordinate snap(Coordinate c) {
        return new Coordinate(Math.round(c.x), Math.round(c.y));
    }

    private static Polygon box(long x1, long y1, long x2, long y2) {
        return Region.FACTORY.createPolygon(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y1),
                new Coordinate(x2, y2), new Coordinate(x1, y2), new Coordinate(x1, y1)});
    }
}
