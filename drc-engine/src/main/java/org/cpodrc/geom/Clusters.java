package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Polygon;

/** Groups polygons whose bounding boxes touch or overlap, transitively (union-find over a {@link BoxIndex}). */
final class Clusters {
    private Clusters() {
    }

    static List<List<Polygon>> byTouchingBoxes(List<Polygon> polygons) {
        int n = polygons.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        long[] box = BoxIndex.boxes(polygons);
        BoxIndex index = new BoxIndex(box, n);
        for (int i = 0; i < n; i++) {
            int hits = index.query(box[4 * i], box[4 * i + 1], box[4 * i + 2], box[4 * i + 3]);
            for (int h = 0; h < hits; h++) {
                int j = index.hits()[h];
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
