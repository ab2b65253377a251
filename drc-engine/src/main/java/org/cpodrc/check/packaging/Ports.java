package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Turns a layer into ports: one per merged polygon (KLayout's merged semantics), sorted by position. */
final class Ports {
    private Ports() {
    }

    static List<Port> of(Region region) {
        List<Port> out = new ArrayList<>();
        for (Polygon p : region.merged().polygons()) {
            Point c = p.getCentroid();
            out.add(new Port(c.getX(), c.getY(), p));
        }
        out.sort(Port::compareByPosition);
        return out;
    }
}
