package org.cpodrc.geom.edges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.geom.BoxIndex;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.Rings;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Edge checks on a raw (unmerged) layer the way KLayout 0.28's DRC engine runs them when the
 * input is not flagged as merged (a layer from {@code input(...)} without {@code .merged}).
 * KLayout then checks shape by shape: each drawn shape (the subject) is checked together with
 * the shapes of the layer whose boxes come closer than the distance (its intruders).
 * <ul>
 * <li>No intruders: the shape alone, merged (its own polygon edges).</li>
 * <li>Intruders: the intruders are first merged into polygons (collinear points dropped, as
 * KLayout's polygon generator does); the subject as drawn (its collinear vertices kept, as KLayout
 * reads them from GDS) and those polygons are then merged into boundary <em>edges</em>, cut where a
 * vertex of either lies on them (KLayout's edge processor delivers pieces of the input edges), and an
 * {@link EdgeBoolean} separates them into the subject's part (merged edges and the subject's
 * edges) and the intruders' part (merged edges not the subject's). That boolean joins runs of
 * nearly collinear edges into one straight edge, so curves give fewer, longer edge pairs than
 * on the merged layer, and edge pairs whose edges are not edges of the layout.</li>
 * </ul>
 * Only space takes this path: KLayout 0.28.5's DRC gives width, separation and enclosing on
 * unmerged input the same edge pairs as on the merged layer (measured on overlapping curved
 * layouts, UnmergedChecksVsKLayoutDrcTest), so cpodrc's merged checks already answer as it does.
 * Space pairs are formed between subject edges and between a subject edge and an intruder edge;
 * the result is the union over all subjects (a pair found from both of its shapes once). Each
 * subject's merge covers only its neighbourhood, so the work is linear in the number of shapes
 * for bounded neighbourhoods.
 */
public final class LocalMergeChecks {
    private LocalMergeChecks() {
    }

    /** KLayout's {@code space} on a raw layer (see the class comment). */
    public static List<EdgePair> space(Region raw, CheckOptions options) {
        if (raw.isMerged()) {
            return EdgePairChecks.space(raw, options);
        }
        List<Polygon> shapes = raw.polygons();
        int n = shapes.size();
        long d = Math.max(1, options.distance());
        long[] boxes = BoxIndex.boxes(shapes);
        BoxIndex index = new BoxIndex(boxes, n);
        Map<String, EdgePair> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Polygon subject = shapes.get(i);
            // strictly closer than the distance on both axes (KLayout's box scanner)
            int[] hits = index.queryAll(boxes[4 * i] - d + 1, boxes[4 * i + 1] - d + 1, boxes[4 * i + 2] + d - 1,
                    boxes[4 * i + 3] + d - 1);
            List<Polygon> intruders = new ArrayList<>();
            for (int j : hits) {
                if (j != i) {
                    intruders.add(shapes.get(j));
                }
            }
            List<EdgePair> pairs;
            if (intruders.isEmpty()) {
                pairs = EdgePairChecks.space(Region.of(List.of(subject)).merged(), options);
            } else {
                // the intruders are merged into polygons first (collinear points dropped), then
                // merged with the subject into edges
                List<Polygon> mergedIntruders = Region.of(intruders).merged().polygons();
                List<Polygon> local = new ArrayList<>(mergedIntruders);
                local.add(subject);
                // the subject's edges as drawn: KLayout keeps collinear vertices of drawn shapes
                List<Edge> own = rawEdges(subject);
                List<Edge> drawn = new ArrayList<>(own);
                drawn.addAll(edges(mergedIntruders));
                List<Edge> merged = cutAtVertices(edges(Region.of(local).merged().polygons()), drawn);
                pairs = EdgePairChecks.localSpace(EdgeBoolean.and(merged, own), EdgeBoolean.not(merged, own), options);
            }
            for (EdgePair ep : pairs) {
                out.putIfAbsent(symmetricKey(ep), ep);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The polygons' edges in KLayout's orientation (interior on the right), without collinear points. */
    static List<Edge> edges(List<Polygon> polygons) {
        List<Edge> out = new ArrayList<>();
        for (Polygon p : polygons) {
            ring(Rings.vertices(p.getExteriorRing().getCoordinates(), true), out);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(Rings.vertices(p.getInteriorRingN(h).getCoordinates(), false), out);
            }
        }
        return out;
    }

    /** The polygon's edges as drawn (collinear vertices kept, repeated points dropped), interior on the right. */
    static List<Edge> rawEdges(Polygon p) {
        List<Edge> out = new ArrayList<>();
        rawRing(p.getExteriorRing().getCoordinates(), true, out);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            rawRing(p.getInteriorRingN(h).getCoordinates(), false, out);
        }
        return out;
    }

    private static void rawRing(Coordinate[] ring, boolean shell, List<Edge> out) {
        int n = ring.length - 1;
        if (n < 3) {
            return;
        }
        boolean reverse = shell == Orientation.isCCW(ring);
        List<long[]> v = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Coordinate c = ring[reverse ? n - 1 - k : k];
            long[] q = {Math.round(c.x), Math.round(c.y)};
            if (v.isEmpty() || v.get(v.size() - 1)[0] != q[0] || v.get(v.size() - 1)[1] != q[1]) {
                v.add(q);
            }
        }
        while (v.size() > 1 && v.get(0)[0] == v.get(v.size() - 1)[0] && v.get(0)[1] == v.get(v.size() - 1)[1]) {
            v.remove(v.size() - 1);
        }
        if (v.size() >= 3) {
            ring(v, out);
        }
    }

    /**
     * The merged edges cut at every vertex of the drawn edges lying exactly inside them. KLayout's
     * edge processor delivers merged edges as pieces of the drawn edges, cut where another drawn
     * edge's vertex lies on them, and does not join collinear pieces again: where two shapes abut
     * along a straight run, the merged boundary keeps the vertex at which one shape ends.
     */
    static List<Edge> cutAtVertices(List<Edge> merged, List<Edge> drawn) {
        int n = drawn.size();
        long[] points = new long[4 * n];
        for (int k = 0; k < n; k++) {
            Edge e = drawn.get(k);
            points[4 * k] = points[4 * k + 2] = e.x1();
            points[4 * k + 1] = points[4 * k + 3] = e.y1();
        }
        BoxIndex index = new BoxIndex(points, n);
        List<Edge> out = new ArrayList<>(merged.size());
        List<long[]> cuts = new ArrayList<>();
        for (Edge e : merged) {
            cuts.clear();
            int hits = index.query(Math.min(e.x1(), e.x2()), Math.min(e.y1(), e.y2()), Math.max(e.x1(), e.x2()),
                    Math.max(e.y1(), e.y2()));
            for (int h = 0; h < hits; h++) {
                int k = index.hits()[h];
                long px = points[4 * k], py = points[4 * k + 1];
                if (e.cross(px, py) == 0 && !(px == e.x1() && py == e.y1()) && !(px == e.x2() && py == e.y2())) {
                    cuts.add(new long[] {px, py, (px - e.x1()) * e.dx() + (py - e.y1()) * e.dy()});
                }
            }
            if (cuts.isEmpty()) {
                out.add(e);
                continue;
            }
            cuts.sort((a, b) -> Long.compare(a[2], b[2]));
            e.cutAt(cuts, out);
        }
        return out;
    }

    private static void ring(List<long[]> v, List<Edge> out) {
        int n = v.size();
        for (int k = 0; k < n; k++) {
            long[] a = v.get(k), b = v.get((k + 1) % n);
            out.add(new Edge(a[0], a[1], b[0], b[1]));
        }
    }

    private static String symmetricKey(EdgePair ep) {
        String a = ep.first().toString(), b = ep.second().toString();
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
