package org.cpodrc.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.engine.LayerView.Outline;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * The picture that opens the HTML report: the whole design in one frame, its extent as a dashed
 * box, the outlines the layer view names (a stack's dies, styled by role and tier), a few sparse
 * layers, and every listed violation as a red box linking to its row of the report. Markers are
 * at least {@link #MIN_MARKER_PX} wide so a 1 µm violation on a 10 mm package still shows.
 */
final class OverviewPicture {
    static final double WIDTH = 720;
    static final double MAX_HEIGHT = 480;
    static final double MIN_MARKER_PX = 6;
    /** Outline colours by die role (class {@code role-NAME}); the extent box is grey. */
    static final Map<String, String> ROLE_COLOURS = roles();
    /** Dash patterns by tier (class {@code tier-N}): bottom solid, higher tiers ever finer dashes. */
    private static final String[] TIER_DASH = {"none", "10 4", "4 3", "1.5 2.5"};

    /** A marker: the violation's box in database units, its link target and its hover text. */
    record Marker(long x1, long y1, long x2, long y2, String href, String title) {
    }

    /** A sparse layer drawn as outlines in its own colour. */
    record Layer(String name, String colour, List<Polygon> polygons) {
    }

    private OverviewPicture() {
    }

    private static Map<String, String> roles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("pic", "#1f77b4");
        m.put("eic", "#2ca02c");
        m.put("substrate", "#8c564b");
        m.put("interposer", "#bcbd22");
        m.put("mold", "#7f7f7f");
        m.put("fau", "#ff7f0e");
        m.put("lid", "#9467bd");
        m.put("other", "#17becf");
        return m;
    }

    /** The page styles of outline classes: stroke colours and legend swatches per role, dashes per tier. */
    static String css() {
        StringBuilder b = new StringBuilder();
        b.append(".outline{fill:none;stroke:#555;stroke-width:1.5}.outline.extent{stroke:#999;stroke-dasharray:6 3}\n");
        b.append(".sw.extent{background:#999}.sw{background:#555}\n");
        for (Map.Entry<String, String> e : ROLE_COLOURS.entrySet()) {
            b.append(".outline.role-").append(e.getKey()).append("{stroke:").append(e.getValue()).append("}.sw.role-")
                    .append(e.getKey()).append("{background:").append(e.getValue()).append("}\n");
        }
        for (int t = 0; t < TIER_DASH.length; t++) {
            b.append(".outline.tier-").append(t).append("{stroke-dasharray:").append(TIER_DASH[t]).append('}');
        }
        b.append("\nfigure.overview{max-width:none}figure.overview figcaption{max-width:none}\n");
        return b.toString();
    }

    /** The frame: the extent, every outline, layer and marker; null envelope when there is nothing to show. */
    static Envelope frame(Envelope extent, List<Outline> outlines, List<Layer> layers, List<Marker> markers) {
        Envelope e = new Envelope(extent);
        outlines.forEach(o -> e.expandToInclude(o.shape().getEnvelopeInternal()));
        layers.forEach(l -> l.polygons().forEach(p -> e.expandToInclude(p.getEnvelopeInternal())));
        markers.forEach(m -> e.expandToInclude(new Envelope(m.x1(), m.x2(), m.y1(), m.y2())));
        return e;
    }

    static String draw(Envelope extent, Envelope frame, List<Outline> outlines, List<Layer> layers,
                       List<Marker> markers, double dbuUm) {
        double size = Math.max(Math.max(frame.getWidth(), frame.getHeight()), 1);
        Envelope window = new Envelope(frame);
        window.expandBy(size * 0.04);
        // a row of markers alone would make a sliver: keep at least 1:4, so the scale bar fits
        window.expandBy(Math.max(0, window.getHeight() / 4 - window.getWidth()) / 2,
                Math.max(0, window.getWidth() / 4 - window.getHeight()) / 2);
        double scale = Math.min(WIDTH / window.getWidth(), MAX_HEIGHT / window.getHeight());
        double w = window.getWidth() * scale;
        double h = window.getHeight() * scale;
        SvgPicture.Frame f = new SvgPicture.Frame(window, scale);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"overview\" width=\"").append(SvgPicture.fmt(w))
                .append("\" height=\"").append(SvgPicture.fmt(h)).append("\" viewBox=\"0 0 ").append(SvgPicture.fmt(w))
                .append(' ').append(SvgPicture.fmt(h)).append("\" role=\"img\">");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
        if (!extent.isNull()) {
            outline(b, "outline extent", "design extent", Region.FACTORY.toGeometry(extent), f);
        }
        for (Layer l : layers) {
            StringBuilder d = new StringBuilder();
            l.polygons().forEach(p -> SvgPicture.path(p, f, d));
            b.append("<path class=\"layer\" data-layer=\"").append(Xml.attr(l.name())).append("\" d=\"").append(d)
                    .append("\" fill=\"").append(l.colour()).append("\" fill-opacity=\"0.15\" stroke=\"")
                    .append(l.colour()).append("\" stroke-width=\"1\" fill-rule=\"evenodd\"/>");
        }
        for (Outline o : outlines) {
            outline(b, "outline " + o.style(), o.label(), o.shape(), f);
        }
        for (Marker m : markers) {
            double x1 = (m.x1() - window.getMinX()) * scale, x2 = (m.x2() - window.getMinX()) * scale;
            double y1 = (window.getMaxY() - m.y2()) * scale, y2 = (window.getMaxY() - m.y1()) * scale;
            double mw = Math.max(x2 - x1, MIN_MARKER_PX), mh = Math.max(y2 - y1, MIN_MARKER_PX);
            double cx = (x1 + x2) / 2, cy = (y1 + y2) / 2;
            b.append("<a href=\"").append(Xml.attr(m.href())).append("\"><title>").append(Xml.attr(m.title()))
                    .append("</title><rect class=\"marker\" x=\"").append(SvgPicture.fmt(cx - mw / 2)).append("\" y=\"")
                    .append(SvgPicture.fmt(cy - mh / 2)).append("\" width=\"").append(SvgPicture.fmt(mw))
                    .append("\" height=\"").append(SvgPicture.fmt(mh)).append("\" fill=\"").append(SvgPicture.MARKER)
                    .append("\" fill-opacity=\"0.35\" stroke=\"").append(SvgPicture.MARKER)
                    .append("\" stroke-width=\"1.5\"/></a>");
        }
        ScaleBar.draw(b, scale / dbuUm, w, h);
        b.append("</svg>");
        return b.toString();
    }

    private static void outline(StringBuilder b, String classes, String label, org.locationtech.jts.geom.Geometry g,
                                SvgPicture.Frame f) {
        StringBuilder d = new StringBuilder();
        SvgPicture.path(g, f, d);
        b.append("<path class=\"").append(Xml.attr(classes)).append("\" d=\"").append(d).append("\"><title>")
                .append(Xml.attr(label)).append("</title></path>");
    }
}
