package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The straight edges of the dies on a layer: the outer boundary of every merged polygon, with
 * consecutive collinear pieces joined, so a die side split by a vertex is still one edge.
 */
final class DieOutline {
    private DieOutline() {
    }

    static List<Segment> edges(Region dies) {
        List<Segment> out = new ArrayList<>();
        for (Polygon p : dies.merged().polygons()) {
            out.addAll(edges(p));
        }
        return out;
    }

    static List<Segment> edges(Polygon p) {
        Coordinate[] ring = p.getExteriorRing().getCoordinates();
        List<Coordinate> corners = new ArrayList<>();
        int n = ring.length - 1; // closed ring repeats the first point
        for (int i = 0; i < n; i++) {
            Coordinate prev = ring[(i + n - 1) % n];
            Coordinate cur = ring[i];
            Coordinate next = ring[(i + 1) % n];
            double cross = (cur.x - prev.x) * (next.y - cur.y) - (cur.y - prev.y) * (next.x - cur.x);
            if (cross != 0) { // integer coordinates: exact collinearity test
                corners.add(cur);
            }
        }
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < corners.size(); i++) {
            Coordinate a = corners.get(i);
            Coordinate b = corners.get((i + 1) % corners.size());
            out.add(new Segment(a.x, a.y, b.x, b.y));
        }
        return out;
    }
}
