package org.cpodrc.engine.tile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.cpodrc.geom.BoxIndex;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A merged layer prepared for tiling: its polygons by bounding box, so a tile selects the whole
 * polygons its window touches. Whole polygons, never clipped ones: clipping would add edges on
 * the tile border and round all-angle edges where they are cut, so a tile would not see exactly
 * the edges the untiled run sees. A polygon much larger than a tile is therefore part of every
 * tile whose window it touches.
 *
 * <p>Polygons touching in a point count as one polygon for the edge checks (KLayout's merge), so
 * a selection also takes, transitively, every polygon touching a selected one that reaches out of
 * the window; otherwise a tile could see two halves of such a group as two polygons.
 * Thread-safe once built.
 */
final class TiledLayer {
    private final List<Polygon> polygons;
    private final long[] boxes;
    private final BoxIndex index;
    private final Envelope extent;
    private final long vertices;

    TiledLayer(Region merged) {
        this.polygons = merged.polygons();
        int n = polygons.size();
        this.boxes = new long[4 * n];
        Envelope all = new Envelope();
        long v = 0;
        for (int i = 0; i < n; i++) {
            Polygon p = polygons.get(i);
            Envelope e = p.getEnvelopeInternal();
            boxes[4 * i] = (long) e.getMinX();
            boxes[4 * i + 1] = (long) e.getMinY();
            boxes[4 * i + 2] = (long) e.getMaxX();
            boxes[4 * i + 3] = (long) e.getMaxY();
            all.expandToInclude(e);
            v += p.getNumPoints();
        }
        this.index = new BoxIndex(boxes, n);
        this.extent = all;
        this.vertices = v;
    }

    int size() {
        return polygons.size();
    }

    long vertices() {
        return vertices;
    }

    Envelope extent() {
        return new Envelope(extent);
    }

    /** The whole merged polygons whose boxes touch the closed window, with the polygons touching them (in layer order). */
    Region select(long x1, long y1, long x2, long y2) {
        BitSet chosen = new BitSet(polygons.size());
        int[] first = index.queryAll(x1, y1, x2, y2);
        List<Integer> open = new ArrayList<>();
        for (int i : first) {
            chosen.set(i);
            if (!inside(i, x1, y1, x2, y2)) {
                open.add(i);
            }
        }
        // a polygon inside the window has all its touching neighbours in the window's selection already
        while (!open.isEmpty()) {
            int i = open.remove(open.size() - 1);
            PreparedGeometry shape = null; // indexed once: a giant polygon has many candidates
            for (int j : index.queryAll(boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3])) {
                if (chosen.get(j)) {
                    continue;
                }
                if (shape == null) {
                    shape = PreparedGeometryFactory.prepare(polygons.get(i));
                }
                if (shape.intersects(polygons.get(j))) {
                    chosen.set(j);
                    open.add(j);
                }
            }
        }
        List<Polygon> out = new ArrayList<>(chosen.cardinality());
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            out.add(polygons.get(i));
        }
        return out.isEmpty() ? Region.empty() : Region.ofMerged(Region.FACTORY.buildGeometry(out));
    }

    private boolean inside(int i, long x1, long y1, long x2, long y2) {
        return boxes[4 * i] >= x1 && boxes[4 * i + 1] >= y1 && boxes[4 * i + 2] <= x2 && boxes[4 * i + 3] <= y2;
    }
}
