package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * Dies and the ports on their edges for {@code edge_bandwidth}. Dies are the merged polygons of
 * the die layer as bounding boxes, numbered by lower-left corner (x, then y). A port belongs to
 * the die side nearest its position (distance to the side as a segment; ties go to the lower die
 * index, then north, south, east, west), or to none if that is farther than the limit.
 */
final class DieEdges {
    /** One die side with the ports on it, sorted along the side. */
    record Edge(int die, DieSide side, Segment segment, List<Integer> ports) {
    }

    private DieEdges() {
    }

    static List<Envelope> dies(Region region) {
        List<Envelope> out = new ArrayList<>();
        for (Polygon p : region.merged().polygons()) {
            out.add(p.getEnvelopeInternal());
        }
        out.sort(Envelope::compareTo);
        return out;
    }

    /** Die sides that have ports, in die order then side order; port lists hold indices into {@code ports}. */
    static List<Edge> withPorts(List<Envelope> dies, List<Port> ports, double maxDistance) {
        int sides = DieSide.values().length;
        TreeMap<Integer, List<Integer>> byEdge = new TreeMap<>();
        for (int i = 0; i < ports.size(); i++) {
            Port p = ports.get(i);
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int d = 0; d < dies.size(); d++) {
                for (DieSide side : DieSide.values()) {
                    double dist = side.of(dies.get(d)).distance(p.x(), p.y());
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        best = d * sides + side.ordinal();
                    }
                }
            }
            if (best >= 0 && bestDistance <= maxDistance + 1e-6) {
                byEdge.computeIfAbsent(best, k -> new ArrayList<>()).add(i);
            }
        }
        List<Edge> out = new ArrayList<>();
        byEdge.forEach((key, list) -> {
            int die = key / sides;
            DieSide side = DieSide.values()[key % sides];
            list.sort((a, b) -> {
                int c = Double.compare(side.along(ports.get(a)), side.along(ports.get(b)));
                return c != 0 ? c : Port.compareByPosition(ports.get(a), ports.get(b));
            });
            out.add(new Edge(die, side, side.of(dies.get(die)), list));
        });
        return out;
    }
}
