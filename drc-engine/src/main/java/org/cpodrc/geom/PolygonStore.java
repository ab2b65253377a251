package org.cpodrc.geom;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Polygons packed into primitive arrays: the points of every ring as {@code int} x, y pairs
 * (without the closing point), ring starts and polygon starts as offsets. A JTS polygon costs
 * about 105 bytes per vertex once built (a {@code Coordinate} object per point, the rings, their
 * sequences and two cached envelopes), a packed one 8 bytes plus 4 per ring and 4 per polygon, so
 * a layer of millions of shapes is held packed and each polygon is built as JTS only while an
 * operation needs it ({@link #polygon}: a new object on every call, equal point for point to the
 * polygon that was added, so results do not change).
 *
 * <p>A polygon that cannot be packed exactly (a coordinate off the integer grid or beyond 32 bits,
 * e.g. a sized all-angle edge, or one made by another geometry factory) is kept as given, by
 * reference. Immutable once built; build with {@link Builder}.
 */
public final class PolygonStore {
    static final PolygonStore EMPTY = new Builder().build();

    private final int[] xy;          // x0, y0, x1, y1, ... of all packed rings, closing points left out
    private final int[] ringStart;   // ring r has points ringStart[r] .. ringStart[r + 1] - 1
    private final int[] polyRing;    // polygon i has rings polyRing[i] .. polyRing[i + 1] - 1 (shell first)
    private final Polygon[] loose;   // null, or per polygon: the JTS polygon kept as given (not packed)
    private final int size;

    private PolygonStore(int[] xy, int[] ringStart, int[] polyRing, Polygon[] loose, int size) {
        this.xy = xy;
        this.ringStart = ringStart;
        this.polyRing = polyRing;
        this.loose = loose;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Polygon i as a new JTS polygon (on {@link Region#FACTORY}), or the one kept as given. */
    public Polygon polygon(int i) {
        if (loose != null && loose[i] != null) {
            return loose[i];
        }
        int r0 = polyRing[i], r1 = polyRing[i + 1];
        LinearRing shell = ring(r0);
        LinearRing[] holes = new LinearRing[r1 - r0 - 1];
        for (int r = r0 + 1; r < r1; r++) {
            holes[r - r0 - 1] = ring(r);
        }
        return Region.FACTORY.createPolygon(shell, holes);
    }

    private LinearRing ring(int r) {
        int a = ringStart[r], n = ringStart[r + 1] - a;
        Coordinate[] c = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            c[k] = new Coordinate(xy[2 * (a + k)], xy[2 * (a + k) + 1]);
        }
        c[n] = new Coordinate(c[0]);
        return Region.FACTORY.createLinearRing(c);
    }

    /** The number of vertices of polygon i, all rings, closing points not counted. */
    public int numVertices(int i) {
        if (loose != null && loose[i] != null) {
            return loose[i].getNumPoints() - 1 - loose[i].getNumInteriorRing();
        }
        return ringStart[polyRing[i + 1]] - ringStart[polyRing[i]];
    }

    /** Whether polygon i is held packed (else it is kept as the JTS polygon given). */
    public boolean isPacked(int i) {
        return loose == null || loose[i] == null;
    }

    /** The number of points of polygon i as JTS counts them (every ring with its closing point). */
    public int numPoints(int i) {
        if (loose != null && loose[i] != null) {
            return loose[i].getNumPoints();
        }
        int r0 = polyRing[i], r1 = polyRing[i + 1];
        return ringStart[r1] - ringStart[r0] + (r1 - r0);
    }

    /**
     * The bounding boxes of all polygons as x1, y1, x2, y2 quadruples, as {@link BoxIndex#boxes}
     * gives them (a polygon's box is its shell's).
     */
    public long[] boxes() {
        long[] box = new long[4 * size];
        for (int i = 0; i < size; i++) {
            if (loose != null && loose[i] != null) {
                System.arraycopy(BoxIndex.boxes(List.of(loose[i])), 0, box, 4 * i, 4);
                continue;
            }
            int r = polyRing[i];
            boxOf(xy, ringStart[r], ringStart[r + 1], box, 4 * i);
        }
        return box;
    }

    /** The bounding box of points from .. to - 1 of packed x, y pairs, written as x1, y1, x2, y2 at box[at]. */
    static void boxOf(int[] xy, int from, int to, long[] box, int at) {
        long x1 = Long.MAX_VALUE, y1 = Long.MAX_VALUE, x2 = Long.MIN_VALUE, y2 = Long.MIN_VALUE;
        for (int p = from; p < to; p++) {
            x1 = Math.min(x1, xy[2 * p]);
            x2 = Math.max(x2, xy[2 * p]);
            y1 = Math.min(y1, xy[2 * p + 1]);
            y2 = Math.max(y2, xy[2 * p + 1]);
        }
        box[at] = x1;
        box[at + 1] = y1;
        box[at + 2] = x2;
        box[at + 3] = y2;
    }

    /** Heap bytes of the packed arrays (for the memory figures in BENCHMARKS.md and tests). */
    public long packedBytes() {
        return 4L * (xy.length + ringStart.length + polyRing.length) + (loose == null ? 0 : 4L * loose.length);
    }

    /** Appends polygons one at a time; {@link #build} trims the arrays. */
    public static final class Builder {
        private int[] xy = new int[64];
        private int points;
        private int[] ringStart = new int[16];
        private int rings;
        private int[] polyRing = new int[16];
        private int size;
        private Polygon[] loose;

        /** Adds a JTS polygon: packed when every coordinate is a 32-bit integer, else kept as given. */
        public Builder add(Polygon p) {
            if (!packable(p)) {
                addLoose(p);
                return this;
            }
            addRing(p.getExteriorRing().getCoordinateSequence());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addRing(p.getInteriorRingN(h).getCoordinateSequence());
            }
            endPolygon();
            return this;
        }

        /** Adds every polygon of the list in order. */
        public Builder addAll(List<Polygon> ps) {
            for (Polygon p : ps) {
                add(p);
            }
            return this;
        }

        /** Adds polygon i of another store, copying its packed form. */
        public Builder add(PolygonStore s, int i) {
            if (s.loose != null && s.loose[i] != null) {
                addLoose(s.loose[i]);
                return this;
            }
            for (int r = s.polyRing[i]; r < s.polyRing[i + 1]; r++) {
                int a = s.ringStart[r], n = s.ringStart[r + 1] - a;
                reservePoints(n);
                System.arraycopy(s.xy, 2 * a, xy, 2 * points, 2 * n);
                points += n;
                closeRing();
            }
            endPolygon();
            return this;
        }

        /**
         * Adds a single-ring polygon from x0, y0, x1, y1, ... (n points, no closing point needed),
         * consecutive repeated points dropped and trailing points equal to the first removed;
         * nothing is added when fewer than three points remain. Returns whether one was added.
         */
        public boolean addPoints(int[] pts, int n) {
            reservePoints(n);
            int m = 0;
            int base = 2 * points;
            for (int i = 0; i < n; i++) {
                int x = pts[2 * i], y = pts[2 * i + 1];
                if (m > 0 && xy[base + 2 * m - 2] == x && xy[base + 2 * m - 1] == y) {
                    continue;
                }
                xy[base + 2 * m] = x;
                xy[base + 2 * m + 1] = y;
                m++;
            }
            while (m > 1 && xy[base + 2 * m - 2] == xy[base] && xy[base + 2 * m - 1] == xy[base + 1]) {
                m--;
            }
            if (m < 3) {
                return false;
            }
            points += m;
            closeRing();
            endPolygon();
            return true;
        }

        public PolygonStore build() {
            int[] rs = Arrays.copyOf(ringStart, rings + 1);
            rs[rings] = points;
            int[] pr = Arrays.copyOf(polyRing, size + 1);
            pr[size] = rings;
            return new PolygonStore(Arrays.copyOf(xy, 2 * points), rs, pr,
                    loose == null ? null : Arrays.copyOf(loose, size), size);
        }

        private static boolean packable(Polygon p) {
            if (p.getFactory() != Region.FACTORY || p.getUserData() != null || p.isEmpty()) {
                return false;
            }
            if (!fits(p.getExteriorRing().getCoordinateSequence())) {
                return false;
            }
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                if (!fits(p.getInteriorRingN(h).getCoordinateSequence())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean fits(CoordinateSequence s) {
            int n = s.size();
            if (n < 4 || s.getX(0) != s.getX(n - 1) || s.getY(0) != s.getY(n - 1)) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (!isInt(s.getX(k)) || !isInt(s.getY(k)) || !Double.isNaN(s.getZ(k))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isInt(double v) {
            return v == (int) v && !(v == 0 && 1 / v < 0); // -0.0 would come back as 0.0
        }

        private void addRing(CoordinateSequence s) {
            int n = s.size() - 1; // the closing point is not stored
            reservePoints(n);
            for (int k = 0; k < n; k++) {
                xy[2 * points] = (int) s.getX(k);
                xy[2 * points + 1] = (int) s.getY(k);
                points++;
            }
            closeRing();
        }

        private void addLoose(Polygon p) {
            if (loose == null) {
                loose = new Polygon[Math.max(16, polyRing.length)];
            }
            endPolygon();
            loose[size - 1] = p;
        }

        private void reservePoints(int n) {
            if (2 * (points + n) > xy.length) {
                xy = Arrays.copyOf(xy, Math.max(2 * (points + n), xy.length + (xy.length >> 1)));
            }
        }

        /** The ring just appended ends at {@code points}: records where it started. */
        private void closeRing() {
            if (rings + 2 > ringStart.length) {
                ringStart = Arrays.copyOf(ringStart, ringStart.length * 2);
            }
            rings++;
            ringStart[rings] = points;
        }

        /** The rings appended since the last polygon form the next polygon. */
        private void endPolygon() {
            if (size + 2 > polyRing.length) {
                polyRing = Arrays.copyOf(polyRing, polyRing.length * 2);
            }
            if (loose != null && size + 1 > loose.length) {
                loose = Arrays.copyOf(loose, Math.max(loose.length * 2, polyRing.length));
            }
            size++;
            polyRing[size] = rings;
        }
    }
}
