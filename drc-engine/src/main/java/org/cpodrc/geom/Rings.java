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
        long[] xy = packedVertices(ring, shell);
        List<long[]> pts = new ArrayList<>(xy.length / 2);
        for (int k = 0; k < xy.length; k += 2) {
            pts.add(new long[] {xy[k], xy[k + 1]});
        }
        return pts;
    }

    /**
     * {@link #vertices} packed as x0, y0, x1, y1, ... (empty when fewer than three remain): the
     * edge builders read millions of vertices, where a {@code long[]} per vertex costs more than
     * the coordinates.
     */
    public static long[] packedVertices(Coordinate[] ring, boolean shell) {
        int n = ring.length - 1;
        if (n < 3) {
            return new long[0];
        }
        boolean ccw = Orientation.isCCW(ring);
        boolean reverse = shell == ccw;
        long[] pts = new long[2 * n];
        for (int k = 0; k < n; k++) {
            Coordinate c = ring[reverse ? n - 1 - k : k];
            pts[2 * k] = Math.round(c.x);
            pts[2 * k + 1] = Math.round(c.y);
        }
        return compress(pts);
    }

    /** The length of the edge a-b rounded to whole units, as KLayout's {@code Edge::length}. */
    public static long edgeLength(long[] a, long[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        return Math.round(Math.sqrt(dx * dx + dy * dy));
    }

    /**
     * Drops repeated and collinear points, pass after pass until none is left (a dropped point can
     * make its neighbours collinear); fewer than three points leave nothing.
     */
    private static long[] compress(long[] in) {
        long[] pts = in;
        int n = in.length / 2;
        boolean changed = true;
        while (changed && n >= 3) {
            changed = false;
            long[] out = new long[2 * n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                int prev = m == 0 ? n - 1 : -1;
                long px = prev >= 0 ? pts[2 * prev] : out[2 * m - 2];
                long py = prev >= 0 ? pts[2 * prev + 1] : out[2 * m - 1];
                long cx = pts[2 * i], cy = pts[2 * i + 1];
                int next = (i + 1) % n;
                long nx = pts[2 * next], ny = pts[2 * next + 1];
                if (cx == px && cy == py) {
                    changed = true;
                    continue;
                }
                long cross = (cx - px) * (ny - cy) - (cy - py) * (nx - cx);
                if (cross == 0) {
                    changed = true;
                    continue;
                }
                out[2 * m] = cx;
                out[2 * m + 1] = cy;
                m++;
            }
            pts = out;
            n = m;
        }
        return n >= 3 ? java.util.Arrays.copyOf(pts, 2 * n) : new long[0];
    }
}
