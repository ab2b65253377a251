package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Repairs invalid (self-intersecting or self-overlapping) polygons with the non-zero winding
 * rule, as KLayout's merge does: the rings are noded on the grid (snap rounding), the faces of
 * the arrangement are formed, and a face is kept when the winding number of its rings around
 * an interior point is not zero.
 */
final class Winding {
    private Winding() {
    }

    static Geometry fix(Geometry poly) {
        if (poly.isValid()) {
            return poly;
        }
        return nonZero((Polygon) poly);
    }

    static Geometry nonZero(Polygon p) {
        List<Coordinate[]> rings = new ArrayList<>();
        rings.add(p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(p.getInteriorRingN(i).getCoordinates());
        }
        List<SegmentString> segs = new ArrayList<>();
        for (Coordinate[] r : rings) {
            segs.add(new NodedSegmentString(r, null));
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(Region.GRID);
        noder.computeNodes(segs);
        @SuppressWarnings("unchecked")
        Collection<SegmentString> noded = noder.getNodedSubstrings();
        List<Geometry> lines = new ArrayList<>();
        for (SegmentString s : noded) {
            if (s.size() >= 2) {
                lines.add(Region.FACTORY.createLineString(s.getCoordinates()));
            }
        }
        if (lines.isEmpty()) {
            return Region.FACTORY.createPolygon();
        }
        Geometry nodedLines = UnaryUnionOp.union(lines, Region.FACTORY);
        Polygonizer pz = new Polygonizer();
        pz.add(nodedLines);
        List<Polygon> keep = new ArrayList<>();
        for (Object o : pz.getPolygons()) {
            Polygon face = (Polygon) o;
            if (face.getArea() <= 0) {
                continue;
            }
            Point ip = face.getInteriorPoint();
            int w = 0;
            for (Coordinate[] r : rings) {
                w += windingNumber(r, ip.getX(), ip.getY());
            }
            if (w != 0) {
                keep.add(face);
            }
        }
        if (keep.isEmpty()) {
            return Region.FACTORY.createPolygon();
        }
        return UnaryUnionOp.union(keep, Region.FACTORY);
    }

    /** Winding number of a closed ring around (x, y) (Sunday's crossing rule). */
    static int windingNumber(Coordinate[] ring, double x, double y) {
        int w = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate a = ring[i], b = ring[i + 1];
            double cross = (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y);
            if (a.y <= y) {
                if (b.y > y && cross > 0) {
                    w++;
                }
            } else if (b.y <= y && cross < 0) {
                w--;
            }
        }
        return w;
    }
}
