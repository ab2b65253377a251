package org.cpodrc.geom.edges;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.geom.BoxIndex;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.Rings;
import org.locationtech.jts.geom.Polygon;

/**
 * Edge checks on a raw (unmerged) layer the way KLayout 0.28's DRC engine runs them when the
 * input is not flagged as merged (a layer from {@code input(...)} without {@code .merged}).
 * KLayout then checks shape by shape: each drawn shape (the subject) is checked together with
 * the shapes of the layer whose boxes come closer than the distance (its intruders).
 * <ul>
 * <li>No intruders: the shape alone, merged (its own polygon edges).</li>
 * <li>Intruders: subject and intruders are merged into boundary <em>edges</em>, and an
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
            List<Polygon> local = new ArrayList<>();
            local.add(subject);
            for (int j : hits) {
                if (j != i) {
                    local.add(shapes.get(j));
                }
            }
            List<EdgePair> pairs;
            if (local.size() == 1) {
                pairs = EdgePairChecks.space(Region.of(local).merged(), options);
            } else {
                List<Edge> merged = edges(Region.of(local).merged().polygons());
                List<Edge> own = edges(List.of(subject));
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
