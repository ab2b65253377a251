package org.cpodrc.geom.edges;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.cpodrc.geom.BoxIndex;

/**
 * KLayout's boolean of two edge sets ({@code Edges & Edges}, {@code Edges - Edges}), as its
 * local-merge checks use it. Edges of both sets are grouped into clusters: two edges join a
 * cluster when they are nearly parallel (the longer one deviates less than one unit from the
 * other's direction over its length) and share an end point or lie on each other. Each cluster
 * is then computed on one straight line, from the farthest end point to the farthest end point
 * along its longest edge, with positions rounded to whole units along that line. So a run of
 * short, nearly collinear edges (the segments of a waveguide bend) comes out as one straight edge
 * through its two end points, which is not an edge of the input. An edge that joins no cluster is
 * kept as it is (the first set's, for "not") or dropped (for "and").
 */
public final class EdgeBoolean {
    private EdgeBoolean() {
    }

    /** The parts of a's edges that b's edges cover, oriented as a's. */
    public static List<Edge> and(List<Edge> a, List<Edge> b) {
        return run(a, b, true);
    }

    /** The parts of a's edges that b's edges do not cover. */
    public static List<Edge> not(List<Edge> a, List<Edge> b) {
        return run(a, b, false);
    }

    private static List<Edge> run(List<Edge> a, List<Edge> b, boolean and) {
        List<Edge> all = new ArrayList<>(a.size() + b.size());
        for (Edge e : a) {
            if (!e.isDegenerate()) {
                all.add(e);
            }
        }
        int na = all.size();
        for (Edge e : b) {
            if (!e.isDegenerate()) {
                all.add(e);
            }
        }
        int n = all.size();
        List<Edge> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        long[] boxes = EdgePairChecks.boxes(all);
        BoxIndex index = new BoxIndex(boxes, n);
        int[] parent = new int[n];
        boolean[] paired = new boolean[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int hits = index.query(boxes[4 * i] - 1, boxes[4 * i + 1] - 1, boxes[4 * i + 2] + 1, boxes[4 * i + 3] + 1);
            for (int h = 0; h < hits; h++) {
                int j = index.hits()[h];
                if (j > i && joins(all.get(i), all.get(j))) {
                    paired[i] = paired[j] = true;
                    union(parent, i, j);
                }
            }
        }
        // clusters in order of their first edge (the order only matters for ties of the longest edge)
        TreeMap<Integer, List<Integer>> clusters = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (!paired[i]) {
                if (!and && i < na) {
                    out.add(all.get(i));
                }
                continue;
            }
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> c : clusters.values()) {
            cluster(all, na, c, and, out);
        }
        return out;
    }

    /** KLayout's cluster condition: nearly parallel and connected (a shared end point or lying on each other). */
    static boolean joins(Edge o1, Edge o2) {
        double vp = (double) o1.dx() * o2.dy() - (double) o1.dy() * o2.dx();
        if (Math.abs(vp) >= Math.min(o1.length(), o2.length())) {
            return false;
        }
        return (o1.x1() == o2.x1() && o1.y1() == o2.y1()) || (o1.x1() == o2.x2() && o1.y1() == o2.y2())
                || (o1.x2() == o2.x1() && o1.y2() == o2.y1()) || (o1.x2() == o2.x2() && o1.y2() == o2.y2())
                || coincident(o1, o2);
    }

    /** Both end points of e less than half a unit (rounded distance 0) from a's line and the two overlapping (KLayout's Edge.coincident). */
    private static boolean coincident(Edge a, Edge e) {
        double len = a.length();
        if (Math.abs(a.cross(e.x1(), e.y1())) / len >= 0.5 || Math.abs(a.cross(e.x2(), e.y2())) / len >= 0.5) {
            return false;
        }
        if (a.sprodSign(e) < 0) {
            return sprodSign(e.x2(), e.y2(), a.x1(), a.y1(), a.x2(), a.y2()) > 0
                    && sprodSign(e.x1(), e.y1(), a.x2(), a.y2(), a.x1(), a.y1()) > 0;
        }
        return sprodSign(e.x1(), e.y1(), a.x1(), a.y1(), a.x2(), a.y2()) > 0
                && sprodSign(e.x2(), e.y2(), a.x2(), a.y2(), a.x1(), a.y1()) > 0;
    }

    /** Sign of (p - a) . (b - a). */
    private static int sprodSign(long px, long py, long ax, long ay, long bx, long by) {
        return Long.signum((px - ax) * (bx - ax) + (py - ay) * (by - ay));
    }

    private static void cluster(List<Edge> all, int na, List<Integer> members, boolean and, List<Edge> out) {
        // base: the longest edge (length rounded to whole units, the first of equals)
        Edge r = null;
        long best = -1;
        for (int i : members) {
            long l = Geo.round(all.get(i).length());
            if (l > best) {
                best = l;
                r = all.get(i);
            }
        }
        double l1 = 0, l2 = r.length(), inv = 1.0 / l2;
        long p1x = r.x1(), p1y = r.y1(), p2x = r.x2(), p2y = r.y2();
        for (int i : members) {
            Edge o = all.get(i);
            double ll1 = ((o.x1() - r.x1()) * (double) r.dx() + (o.y1() - r.y1()) * (double) r.dy()) * inv;
            double ll2 = ((o.x2() - r.x1()) * (double) r.dx() + (o.y2() - r.y1()) * (double) r.dy()) * inv;
            if (ll1 < l1) {
                p1x = o.x1();
                p1y = o.y1();
                l1 = ll1;
            }
            if (ll2 < l1) {
                p1x = o.x2();
                p1y = o.y2();
                l1 = ll2;
            }
            if (ll1 > l2) {
                p2x = o.x1();
                p2y = o.y1();
                l2 = ll1;
            }
            if (ll2 > l2) {
                p2x = o.x2();
                p2y = o.y2();
                l2 = ll2;
            }
        }
        long dx = p2x - p1x, dy = p2y - p1y;
        double dl = Math.sqrt((double) dx * dx + (double) dy * dy);
        double n = 1.0 / dl;
        // positions along the line: the sums of a's and of b's orientations (opposite edges cancel, as in KLayout)
        TreeMap<Long, int[]> steps = new TreeMap<>();
        for (int i : members) {
            Edge o = all.get(i);
            long s1 = Geo.round(((o.x1() - p1x) * (double) dx + (o.y1() - p1y) * (double) dy) * n);
            long s2 = Geo.round(((o.x2() - p1x) * (double) dx + (o.y2() - p1y) * (double) dy) * n);
            if (s1 == s2) {
                continue;
            }
            long lo = Math.min(s1, s2), hi = Math.max(s1, s2);
            int slot = i < na ? 0 : 1;
            int v = s1 < s2 ? 1 : -1;
            steps.computeIfAbsent(lo, k -> new int[2])[slot] += v;
            steps.computeIfAbsent(hi, k -> new int[2])[slot] -= v;
        }
        int sa = 0, sb = 0;
        Long start = null;
        int current = 0;
        for (var step : steps.entrySet()) {
            long pos = step.getKey();
            sa += step.getValue()[0];
            sb += step.getValue()[1];
            int q = Integer.signum(sa);
            if (and ? sb == 0 : sb != 0) {
                q = 0;
            }
            if (q != current) {
                if (current != 0) {
                    out.add(piece(p1x, p1y, dx, dy, n, start, pos, current));
                }
                start = pos;
                current = q;
            }
        }
    }

    private static Edge piece(long p1x, long p1y, long dx, long dy, double n, long from, long to, int sign) {
        long ax = p1x + Geo.round(dx * (from * n)), ay = p1y + Geo.round(dy * (from * n));
        long bx = p1x + Geo.round(dx * (to * n)), by = p1y + Geo.round(dy * (to * n));
        return sign > 0 ? new Edge(ax, ay, bx, by) : new Edge(bx, by, ax, ay);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
