package org.cpodrc.check;

import java.util.Arrays;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A violation's marker in primitive form: the vertices in database units in one {@code int[]}
 * (a {@code double[]} only when a vertex is off the grid or beyond int range, e.g. a nearest-point
 * segment) and the geometry's structure in a small {@code int[]} shared by all markers of the
 * same shape (edge pairs, boxes). A million violations then hold a million small arrays instead
 * of a million JTS object graphs (a JTS edge pair is about ten objects, ~450 bytes).
 *
 * <p>The structure is a prefix code: {@code POINT n} (n = 0 or 1 vertices), {@code LINE n},
 * {@code RING n}, {@code POLYGON rings n1 n2 ...}, and {@code MULTI_POINT|MULTI_LINE|MULTI_POLYGON|
 * COLLECTION parts} followed by each part's code. {@link #toGeometry()} rebuilds exactly the
 * geometry {@link #of(Geometry)} was given (same types, vertex order and values), so every report
 * reads the same marker it did when violations kept JTS geometries.
 */
public final class Marker {
    private static final int POINT = 0, LINE = 1, RING = 2, POLYGON = 3, MULTI_POINT = 4, MULTI_LINE = 5,
            MULTI_POLYGON = 6, COLLECTION = 7;
    private static final int[] EDGE_PAIR = {MULTI_LINE, 2, LINE, 2, LINE, 2};
    private static final int[] BOX = {POLYGON, 1, 5};

    private final int[] structure;
    private final int[] ints;       // x0, y0, x1, y1, ... when every vertex is an int
    private final double[] reals;   // otherwise

    private Marker(int[] structure, int[] ints, double[] reals) {
        this.structure = structure;
        this.ints = ints;
        this.reals = reals;
    }

    /** Two edges, as the edge checks mark a pair: a two-line MultiLineString. */
    public static Marker edgePair(long ax1, long ay1, long ax2, long ay2, long bx1, long by1, long bx2, long by2) {
        return vertices(EDGE_PAIR, new double[] {ax1, ay1, ax2, ay2, bx1, by1, bx2, by2});
    }

    /** A box as JTS's {@code toGeometry(Envelope)} draws it (x1 &lt; x2, y1 &lt; y2): one ring from the lower left, clockwise. */
    public static Marker box(long x1, long y1, long x2, long y2) {
        return vertices(BOX, new double[] {x1, y1, x1, y2, x2, y2, x2, y1, x1, y1});
    }

    /** The marker of any geometry; null for null. */
    public static Marker of(Geometry g) {
        if (g == null) {
            return null;
        }
        Encoder e = new Encoder(g.getNumPoints());
        e.add(g);
        int[] s = Arrays.copyOf(e.structure, e.structureSize);
        if (Arrays.equals(s, EDGE_PAIR)) {
            s = EDGE_PAIR;
        } else if (Arrays.equals(s, BOX)) {
            s = BOX;
        }
        return vertices(s, Arrays.copyOf(e.xy, e.xySize));
    }

    private static Marker vertices(int[] structure, double[] xy) {
        for (double d : xy) {
            if (Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits((int) d)) { // -0.0 and fractions stay exact
                return new Marker(structure, null, xy);
            }
        }
        int[] ints = new int[xy.length];
        for (int i = 0; i < xy.length; i++) {
            ints[i] = (int) xy[i];
        }
        return new Marker(structure, ints, null);
    }

    /** Number of vertices. */
    public int size() {
        return (ints != null ? ints.length : reals.length) / 2;
    }

    public double x(int i) {
        return ints != null ? ints[2 * i] : reals[2 * i];
    }

    public double y(int i) {
        return ints != null ? ints[2 * i + 1] : reals[2 * i + 1];
    }

    /** True for a marker without vertices (an empty geometry). */
    public boolean isEmpty() {
        return size() == 0;
    }

    /** The marker as a new JTS geometry, for writers that draw or convert it. */
    public Geometry toGeometry() {
        int[] at = {0, 0}; // structure position, vertex index
        return decode(at);
    }

    private Geometry decode(int[] at) {
        int type = structure[at[0]++];
        int n = structure[at[0]++];
        var f = Region.FACTORY;
        switch (type) {
            case POINT:
                return n == 0 ? f.createPoint() : f.createPoint(coordinates(at, 1)[0]);
            case LINE:
                return f.createLineString(coordinates(at, n));
            case RING:
                return f.createLinearRing(coordinates(at, n));
            case POLYGON: {
                if (n == 0) {
                    return f.createPolygon();
                }
                LinearRing shell = f.createLinearRing(coordinates(at, structure[at[0]++]));
                LinearRing[] holes = new LinearRing[n - 1];
                for (int i = 0; i < holes.length; i++) {
                    holes[i] = f.createLinearRing(coordinates(at, structure[at[0]++]));
                }
                return f.createPolygon(shell, holes);
            }
            default: {
                Geometry[] parts = new Geometry[n];
                for (int i = 0; i < n; i++) {
                    parts[i] = decode(at);
                }
                return switch (type) {
                    case MULTI_POINT -> f.createMultiPoint(Arrays.copyOf(parts, n, Point[].class));
                    case MULTI_LINE -> f.createMultiLineString(Arrays.copyOf(parts, n, LineString[].class));
                    case MULTI_POLYGON -> f.createMultiPolygon(Arrays.copyOf(parts, n, Polygon[].class));
                    default -> f.createGeometryCollection(parts);
                };
            }
        }
    }

    private Coordinate[] coordinates(int[] at, int n) {
        Coordinate[] c = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            c[i] = new Coordinate(x(at[1]), y(at[1]));
            at[1]++;
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Marker m && Arrays.equals(structure, m.structure) && Arrays.equals(ints, m.ints)
                && Arrays.equals(reals, m.reals);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(structure) + (ints != null ? Arrays.hashCode(ints) : Arrays.hashCode(reals));
    }

    @Override
    public String toString() {
        return toGeometry().toText();
    }

    /** Flattens a geometry into the structure code and the vertex list. */
    private static final class Encoder {
        int[] structure = new int[8];
        int structureSize;
        final double[] xy;
        int xySize;

        Encoder(int points) {
            xy = new double[2 * points];
        }

        void add(Geometry g) {
            if (g instanceof Point p) {
                code(POINT, p.isEmpty() ? 0 : 1);
                if (!p.isEmpty()) {
                    vertices(p.getCoordinates());
                }
            } else if (g instanceof LinearRing r) {
                code(RING, r.getNumPoints());
                vertices(r.getCoordinates());
            } else if (g instanceof LineString l) {
                code(LINE, l.getNumPoints());
                vertices(l.getCoordinates());
            } else if (g instanceof Polygon p) {
                if (p.isEmpty()) {
                    code(POLYGON, 0);
                    return;
                }
                code(POLYGON, 1 + p.getNumInteriorRing());
                ring(p.getExteriorRing());
                for (int i = 0; i < p.getNumInteriorRing(); i++) {
                    ring(p.getInteriorRingN(i));
                }
            } else {
                int type = g instanceof MultiPoint ? MULTI_POINT : g instanceof MultiLineString ? MULTI_LINE
                        : g instanceof MultiPolygon ? MULTI_POLYGON : COLLECTION;
                GeometryCollection c = (GeometryCollection) g;
                code(type, c.getNumGeometries());
                for (int i = 0; i < c.getNumGeometries(); i++) {
                    add(c.getGeometryN(i));
                }
            }
        }

        private void ring(LinearRing r) {
            push(r.getNumPoints());
            vertices(r.getCoordinates());
        }

        private void code(int type, int n) {
            push(type);
            push(n);
        }

        private void push(int v) {
            if (structureSize == structure.length) {
                structure = Arrays.copyOf(structure, structure.length * 2);
            }
            structure[structureSize++] = v;
        }

        private void vertices(Coordinate[] cs) {
            for (Coordinate c : cs) {
                xy[xySize++] = c.x;
                xy[xySize++] = c.y;
            }
        }
    }
}
