package org.cpodrc.geom;

import java.util.List;
import java.util.function.Predicate;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/** An STRtree over polygons for neighbour searches ("which polygons come near this one"). */
public final class PolygonIndex {
    private final STRtree tree = new STRtree();
    private final boolean empty;

    public PolygonIndex(List<Polygon> polygons) {
        for (Polygon p : polygons) {
            tree.insert(p.getEnvelopeInternal(), p);
        }
        empty = polygons.isEmpty();
        tree.build();
    }

    /** Polygons whose bounding box comes within distance (Chebyshev, on boxes) of the given envelope. */
    @SuppressWarnings("unchecked")
    public List<Polygon> near(Envelope e, double distance) {
        if (empty) {
            return List.of();
        }
        Envelope q = new Envelope(e);
        q.expandBy(distance);
        return tree.query(q);
    }

    /** Whether any indexed polygon whose box touches p's box satisfies the test. */
    public boolean any(Polygon p, Predicate<Polygon> test) {
        for (Polygon q : near(p.getEnvelopeInternal(), 0)) {
            if (test.test(q)) {
                return true;
            }
        }
        return false;
    }
}
