package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Polygon;

/** Groups polygons whose bounding boxes touch or overlap, transitively (union-find over a {@link BoxIndex}). */
final class Clusters {
    private Clusters() {
    }

    static List<List<Polygon>> byTouchingBoxes(List<Polygon> polygons) {
        Groups groups = byTouchingBoxes(BoxIndex.boxes(polygons), polygons.size());
        List<List<Polygon>> out = new ArrayList<>(groups.size());
        for (int k = 0; k < groups.size(); k++) {
            List<Polygon> g = new ArrayList<>(groups.start()[k + 1] - groups.start()[k]);
            for (int m = groups.start()[k]; m < groups.start()[k + 1]; m++) {
                g.add(polygons.get(groups.members()[m]));
            }
            out.add(g);
        }
        return out;
    }

    /**
     * Groups packed in two arrays: group k is members[start[k] .. start[k + 1] - 1]. A layer of
     * millions of polygons, most of them alone, would otherwise cost an array object per polygon.
     */
    record Groups(int[] members, int[] start) {
        int size() {
            return start.length - 1;
        }
    }

    /**
     * The groups of the n boxes (x1, y1, x2, y2 quadruples) that touch or overlap, transitively:
     * each group's indices ascending, the groups ordered by their first index.
     */
    static Groups byTouchingBoxes(long[] box, int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
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
        index = null;
        // counting sort by root, groups in the order of their first member (as a LinkedHashMap would give)
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (groupOf[r] < 0) {
                groupOf[r] = groups++;
            }
        }
        int[] start = new int[groups + 1];
        for (int i = 0; i < n; i++) {
            start[groupOf[find(parent, i)] + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] members = new int[n];
        int[] fill = java.util.Arrays.copyOf(start, groups);
        for (int i = 0; i < n; i++) {
            members[fill[groupOf[find(parent, i)]]++] = i;
        }
        return new Groups(members, start);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
