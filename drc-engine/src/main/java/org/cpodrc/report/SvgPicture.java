package org.cpodrc.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Violation;
import org.cpodrc.engine.LayerView;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Draws the neighbourhood of a violation as inline SVG: the rule's layers clipped to a window
 * around the violation's bbox, each in its own colour, the marker on top in red and a
 * {@link ScaleBar}. One instance per report: each layer is indexed once (an R-tree) and reused
 * for every picture.
 */
final class SvgPicture {
    /** Layer colours, distinct and readable on white; the marker is drawn in red, which none of these is. */
    static final String[] PALETTE = {"#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
            "#7f7f7f", "#bcbd22"};
    static final String MARKER = "#d62728";
    private static final double WIDTH = 360;
    private static final double MAX_HEIGHT = 240;

    private final LayerView view;
    private final double dbuUm;
    private final Map<String, STRtree> indexes = new HashMap<>();

    SvgPicture(LayerView view, double dbuUm) {
        this.view = view;
        this.dbuUm = dbuUm;
    }

    /** The colour of the i-th layer of a rule. */
    static String colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    String draw(Violation v, List<String> layers) {
        Envelope box = new Envelope(v.x1(), v.x2(), v.y1(), v.y2());
        if (v.marker() != null && !v.marker().isEmpty()) {
            box.expandToInclude(v.marker().getEnvelopeInternal());
        }
        double size = Math.max(Math.max(box.getWidth(), box.getHeight()), 1);
        double margin = Math.max(size * 0.6, 10);
        Envelope window = new Envelope(box);
        window.expandBy(margin);
        double scale = Math.min(WIDTH / window.getWidth(), MAX_HEIGHT / window.getHeight());
        double w = window.getWidth() * scale;
        double h = window.getHeight() * scale;
        Frame f = new Frame(window, scale);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(fmt(w)).append("\" height=\"")
                .append(fmt(h)).append("\" viewBox=\"0 0 ").append(fmt(w)).append(' ').append(fmt(h))
                .append("\" role=\"img\">");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
        Geometry clip = Region.FACTORY.toGeometry(window);
        for (int i = 0; i < layers.size(); i++) {
            StringBuilder d = new StringBuilder();
            for (Polygon p : near(layers.get(i), window)) {
                Geometry part = p.getEnvelopeInternal().intersects(window) && !window.contains(p.getEnvelopeInternal())
                        ? OverlayNGRobust.overlay(p, clip, OverlayNG.INTERSECTION) : p;
                path(part, f, d);
            }
            if (d.length() > 0) {
                b.append("<path class=\"layer\" data-layer=\"").append(Xml.attr(layers.get(i))).append("\" d=\"")
                        .append(d).append("\" fill=\"").append(colour(i)).append("\" fill-opacity=\"0.35\" stroke=\"")
                        .append(colour(i)).append("\" stroke-width=\"1\" fill-rule=\"evenodd\"/>");
            }
        }
        marker(v, f, b);
        ScaleBar.draw(b, scale / dbuUm, w, h);
        b.append("</svg>");
        return b.toString();
    }

    private void marker(Violation v, Frame f, StringBuilder b) {
        Geometry m = v.marker();
        if (m == null || m.isEmpty()) {
            m = Region.FACTORY.toGeometry(new Envelope(v.x1(), v.x2(), v.y1(), v.y2()));
        }
        StringBuilder area = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        collectMarker(m, f, area, lines);
        if (area.length() > 0) {
            b.append("<path class=\"marker\" d=\"").append(area).append("\" fill=\"").append(MARKER)
                    .append("\" fill-opacity=\"0.25\" stroke=\"").append(MARKER)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"4 2\" fill-rule=\"evenodd\"/>");
        }
        if (lines.length() > 0) {
            b.append("<path class=\"marker\" d=\"").append(lines).append("\" fill=\"none\" stroke=\"").append(MARKER)
                    .append("\" stroke-width=\"3\" stroke-linecap=\"round\"/>");
        }
    }

    private static void collectMarker(Geometry g, Frame f, StringBuilder area, StringBuilder lines) {
        if (g instanceof Polygon p) {
            path(p, f, area);
        } else if (g instanceof LineString ls) {
            Coordinate[] cs = ls.getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                lines.append(i == 0 ? 'M' : 'L').append(f.x(cs[i].x)).append(' ').append(f.y(cs[i].y)).append(' ');
            }
        } else if (g instanceof org.locationtech.jts.geom.Point pt) {
            lines.append('M').append(f.x(pt.getX())).append(' ').append(f.y(pt.getY())).append(" l0 0 ");
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) {
                    collectMarker(g.getGeometryN(i), f, area, lines);
                }
            }
        }
    }

    private List<Polygon> near(String layer, Envelope window) {
        STRtree tree = indexes.computeIfAbsent(layer, name -> {
            STRtree t = new STRtree();
            for (Polygon p : view.layer(name).polygons()) {
                t.insert(p.getEnvelopeInternal(), p);
            }
            t.build();
            return t;
        });
        @SuppressWarnings("unchecked")
        List<Polygon> hits = tree.query(window);
        // Normalised (JTS: shell clockwise from its lowest vertex, holes likewise and sorted): a
        // derived layer's polygons come out of overlay and merging, whose start vertex depends on
        // the order the inputs arrived in, which with parallel rules differs from run to run; the
        // picture must not.
        List<Polygon> out = new ArrayList<>(hits.size());
        for (Polygon p : hits) {
            out.add((Polygon) p.norm());
        }
        // R-tree query order is not defined; sort so the SVG bytes are stable
        out.sort((a, c) -> a.getEnvelopeInternal().compareTo(c.getEnvelopeInternal()) != 0
                ? a.getEnvelopeInternal().compareTo(c.getEnvelopeInternal()) : a.compareTo(c));
        return out;
    }

    /** Appends polygon rings of g as SVG path commands (polygons only; lines and points are ignored). */
    static void path(Geometry g, Frame f, StringBuilder d) {
        if (g instanceof Polygon p) {
            ring(p.getExteriorRing(), f, d);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(p.getInteriorRingN(i), f, d);
            }
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) {
                    path(g.getGeometryN(i), f, d);
                }
            }
        }
    }

    private static void ring(LineString r, Frame f, StringBuilder d) {
        Coordinate[] cs = r.getCoordinates();
        for (int i = 0; i < cs.length - 1; i++) {
            d.append(i == 0 ? 'M' : 'L').append(f.x(cs[i].x)).append(' ').append(f.y(cs[i].y)).append(' ');
        }
        d.append("Z ");
    }

    /** Database units to picture coordinates: y grows downwards in SVG. */
    record Frame(Envelope window, double scale) {
        String x(double x) {
            return fmt((x - window.getMinX()) * scale);
        }

        String y(double y) {
            return fmt((window.getMaxY() - y) * scale);
        }
    }

    static String fmt(double v) {
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }
}
