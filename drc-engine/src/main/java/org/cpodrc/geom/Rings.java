package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;

/** Ring vertices in KLayout's convention: interior on the right, no repeats, no collinear points. */
public final class Rings {
    private Rings() {
    }

    /**
     * The vertices of a closed JTS ring (last point repeating the first), oriented so the interior
     * lies on the right of every edge (a shell clockwise, a hole counter-clockwise), with
     * duplicate and collinear (including reflecting) points removed, as KLayout stores polygons.
     */
    public static List<long[]> vertices(Coordinate[] ring, boolean shell) {
        int n = ring.length - 1;
        List<long[]> pts = new ArrayList<>(n);
        if (n < 3) {
            return pts;
        }
        boolean ccw = Orientation.isCCW(ring);
        boolean reverse = shell == ccw;
        for (int k = 0; k < n; k++) {
            Coordinate c = ring[reverse ? n - 1 - k : k];
            pts.add(new long[] {Math.round(c.x), Math.round(c.y)});
        }
        return compress(pts);
    }

    /** The length of the edge a-b rounded to whole units, as KLayout's {@code Edge::length}. */
    public static long edgeLength(long[] a, long[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        return Math.round(Math.sqrt(dx * dx + dy * dy));
    }

    private static List<long[]> compress(List<long[]> in) {
        List<long[]> pts = new ArrayList<>(in);
        boolean changed = true;
        while (changed && pts.size() >= 3) {
            changed = false;
            List<long[]> out = new ArrayList<>(pts.size());
            int n = pts.size();
            for (int i = 0; i < n; i++) {
                long[] prev = out.isEmpty() ? pts.get(n - 1) : out.get(out.size() - 1);
                long[] cur = pts.get(i);
                long[] next = pts.get((i + 1) % n);
                if (cur[0] == prev[0] && cur[1] == prev[1]) {
                    changed = true;
                    continue;
                }
                long cross = (cur[0] - prev[0]) * (next[1] - cur[1]) - (cur[1] - prev[1]) * (next[0] - cur[0]);
                if (cross == 0) {
                    changed = true;
                    continue;
                }
                out.add(cur);
            }
            pts = out;
        }
        return pts.size() >= 3 ? pts : new ArrayList<>();
    }
}
