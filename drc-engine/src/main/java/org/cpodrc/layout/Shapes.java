package org.cpodrc.layout;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The geometric shapes of one cell on one layer/datatype, stored packed: all coordinates of all
 * shapes in one growing {@code int[]}, so a large layout costs a few bytes per point and no
 * object per point or per shape.
 *
 * <p>Shape {@code i} owns points {@code [start(i), start(i+1))}. BOUNDARY points are the polygon
 * vertices without the closing repeat; BOX is stored as its (closed-free) vertex list as read;
 * PATH points are the spine, with width, path type and extensions alongside.
 *
 * <p>As read by {@code GdsReader}: path extensions are the effective ones (half the width for path
 * types 1 and 2 unless the file gives BGNEXTN/ENDEXTN, which KLayout honours for every type); a
 * negative width is kept as in the file; BOX points are the file's points without the closing
 * one (KLayout uses their bounding box); a BOUNDARY may repeat points, as KLayout keeps them.
 */
public final class Shapes {
    private int count;
    private int[] start = new int[8];       // point index where shape i starts; start[count] = total points
    private byte[] kind = new byte[8];
    private int[] xy = new int[32];
    private int points;
    // path attributes, allocated lazily on the first path
    private int[] width;
    private byte[] pathType;
    private int[] beginExt;
    private int[] endExt;
    private Map<Integer, List<Property>> properties;

    public int size() {
        return count;
    }

    public ShapeKind kind(int i) {
        return ShapeKind.values()[kind[i]];
    }

    public int pointCount(int i) {
        return start[i + 1] - start[i];
    }

    /** Offset into {@link #coordinates()} of the first x of shape i. */
    public int offset(int i) {
        return 2 * start[i];
    }

    /** The packed coordinate array (x0, y0, x1, y1, ...). Read only; valid until the next add. */
    public int[] coordinates() {
        return xy;
    }

    public int x(int i, int p) {
        return xy[2 * (start[i] + p)];
    }

    public int y(int i, int p) {
        return xy[2 * (start[i] + p) + 1];
    }

    public int pathWidth(int i) {
        return width == null ? 0 : width[i];
    }

    public int pathType(int i) {
        return pathType == null ? 0 : pathType[i];
    }

    public int pathBeginExtension(int i) {
        return beginExt == null ? 0 : beginExt[i];
    }

    public int pathEndExtension(int i) {
        return endExt == null ? 0 : endExt[i];
    }

    public List<Property> properties(int i) {
        if (properties == null) {
            return List.of();
        }
        return properties.getOrDefault(i, List.of());
    }

    /** Adds a polygon (BOUNDARY) from packed coordinates; the closing point must already be removed. */
    public int addPolygon(int[] coords, int from, int nPoints) {
        return add(ShapeKind.BOUNDARY, coords, from, nPoints);
    }

    public int addBox(int x1, int y1, int x2, int y2) {
        int[] c = {Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.min(y1, y2),
                Math.max(x1, x2), Math.max(y1, y2), Math.min(x1, x2), Math.max(y1, y2)};
        return add(ShapeKind.BOX, c, 0, 4);
    }

    /** Adds a BOX element with its recorded vertices (GDSII BOX carries five points, the last closing). */
    public int addBoxPoints(int[] coords, int from, int nPoints) {
        return add(ShapeKind.BOX, coords, from, nPoints);
    }

    public int addPath(int[] coords, int from, int nPoints, int w, int type, int bgnExt, int endExtension) {
        int i = add(ShapeKind.PATH, coords, from, nPoints);
        if (width == null) {
            width = new int[start.length];
            pathType = new byte[start.length];
            beginExt = new int[start.length];
            endExt = new int[start.length];
        }
        width[i] = w;
        pathType[i] = (byte) type;
        beginExt[i] = bgnExt;
        endExt[i] = endExtension;
        return i;
    }

    public void setProperties(int i, List<Property> props) {
        if (props == null || props.isEmpty()) {
            return;
        }
        if (properties == null) {
            properties = new HashMap<>();
        }
        properties.put(i, Collections.unmodifiableList(props));
    }

    private int add(ShapeKind k, int[] coords, int from, int nPoints) {
        if (count + 2 > start.length) {
            int n = start.length * 2;
            start = Arrays.copyOf(start, n);
            kind = Arrays.copyOf(kind, n);
            if (width != null) {
                width = Arrays.copyOf(width, n);
                pathType = Arrays.copyOf(pathType, n);
                beginExt = Arrays.copyOf(beginExt, n);
                endExt = Arrays.copyOf(endExt, n);
            }
        }
        if (2 * (points + nPoints) > xy.length) {
            xy = Arrays.copyOf(xy, Math.max(2 * (points + nPoints), xy.length * 2));
        }
        System.arraycopy(coords, from, xy, 2 * points, 2 * nPoints);
        start[count] = points;
        kind[count] = (byte) k.ordinal();
        points += nPoints;
        count++;
        start[count] = points;
        return count - 1;
    }

    /** Releases spare capacity once a cell is fully read. */
    public void trim() {
        xy = Arrays.copyOf(xy, 2 * points);
        start = Arrays.copyOf(start, count + 1);
        kind = Arrays.copyOf(kind, count + 1);
        if (width != null) {
            width = Arrays.copyOf(width, count + 1);
            pathType = Arrays.copyOf(pathType, count + 1);
            beginExt = Arrays.copyOf(beginExt, count + 1);
            endExt = Arrays.copyOf(endExt, count + 1);
        }
    }
}
