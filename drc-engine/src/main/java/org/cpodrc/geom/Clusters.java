package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/** Groups polygons whose bounding boxes touch or overlap, transitively (union-find over an STRtree). */
final class Clusters {
    private Clusters() {
    }

    @SuppressWarnings("unchecked")
    static List<List<Polygon>> byTouchingBoxes(List<Polygon> polygons) {
        int n = polygons.size();
        int[] parent = new int[n];
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            tree.insert(polygons.get(i).getEnvelopeInternal(), i);
        }
        for (int i = 0; i < n; i++) {
            for (Object o : tree.query(polygons.get(i).getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j > i) {
                    int a = find(parent, i), b = find(parent, j);
                    if (a != b) {
                        parent[a] = b;
                    }
                }
            }
        }
        Map<Integer, List<Polygon>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(polygons.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
