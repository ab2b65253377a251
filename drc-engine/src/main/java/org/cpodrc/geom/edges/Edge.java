package org.cpodrc.geom.edges;

/**
 * A directed edge on the integer grid, with KLayout's edge primitives (side, signed distance,
 * cut point, intersection point) computed the same way, rounding included, so derived edge
 * pairs land on the same grid points as KLayout's.
 */
public record Edge(long x1, long y1, long x2, long y2) {

    public long dx() {
        return x2 - x1;
    }

    public long dy() {
        return y2 - y1;
    }

    public boolean isDegenerate() {
        return x1 == x2 && y1 == y2;
    }

    public boolean isOrtho() {
        return x1 == x2 || y1 == y2;
    }

    public Edge swapped() {
        return new Edge(x2, y2, x1, y1);
    }

    public double sqLength() {
        return (double) dx() * dx() + (double) dy() * dy();
    }

    public double length() {
        return Math.sqrt(sqLength());
    }

    /** (p2 - p1) x (p - p1): positive when p is left of the edge. */
    long cross(long px, long py) {
        return dx() * (py - y1) - dy() * (px - x1);
    }

    /** 1 if the point is left of the edge, -1 if right, 0 on the line (or degenerate edge). */
    public int sideOf(long px, long py) {
        return isDegenerate() ? 0 : Long.signum(cross(px, py));
    }

    /**
     * Signed distance of the point from the edge's line, rounded to the grid; positive on the
     * left. As in KLayout, the cross product is divided by the edge length rounded to the grid.
     */
    public long distance(long px, long py) {
        return isDegenerate() ? 0 : Geo.round(cross(px, py) / (double) Geo.round(length()));
    }

    public boolean parallel(Edge o) {
        return dx() * o.dy() - dy() * o.dx() == 0;
    }

    /** Sign of the scalar product of the two direction vectors. */
    public int sprodSign(Edge o) {
        return Long.signum(dx() * o.dx() + dy() * o.dy());
    }

    public long sprod(Edge o) {
        return dx() * o.dx() + dy() * o.dy();
    }

    /** Whether the point lies on the closed segment. */
    public boolean contains(long px, long py) {
        if (isDegenerate()) {
            return px == x1 && py == y1;
        }
        return cross(px, py) == 0 && (px - x1) * dx() + (py - y1) * dy() >= 0
                && (px - x2) * dx() + (py - y2) * dy() <= 0;
    }

    private boolean boxTouches(Edge e) {
        return Math.max(Math.min(x1, x2), Math.min(e.x1, e.x2)) <= Math.min(Math.max(x1, x2), Math.max(e.x1, e.x2))
                && Math.max(Math.min(y1, y2), Math.min(e.y1, e.y2)) <= Math.min(Math.max(y1, y2), Math.max(e.y1, e.y2));
    }

    /** Whether e's end points lie on different sides of this edge's line (or on it). */
    boolean crossedBy(Edge e) {
        int a = Long.signum(cross(e.x1, e.y1));
        if (a == 0) {
            return true;
        }
        int b = Long.signum(cross(e.x2, e.y2));
        if (b == 0) {
            return true;
        }
        return a != b;
    }

    /** Whether the two segments touch or cross (KLayout's edge intersect test). */
    public boolean intersects(Edge e) {
        if (isDegenerate()) {
            return e.contains(x1, y1);
        } else if (e.isDegenerate()) {
            return contains(e.x1, e.y1);
        } else if (!boxTouches(e)) {
            return false;
        } else if (isOrtho() && e.isOrtho()) {
            return true;
        }
        return crossedBy(e) && e.crossedBy(this);
    }

    /**
     * The intersection point of two segments (touching included), or null. Coinciding segments
     * give one of the shared end points; a proper crossing is rounded to the grid.
     */
    public long[] intersectPoint(Edge e) {
        if (isDegenerate()) {
            return e.contains(x1, y1) ? new long[] {x1, y1} : null;
        }
        if (e.isDegenerate()) {
            return contains(e.x1, e.y1) ? new long[] {e.x1, e.y1} : null;
        }
        if (!boxTouches(e)) {
            return null;
        }
        if (isOrtho() && e.isOrtho()) {
            long x = Math.max(Math.min(x1, x2), Math.min(e.x1, e.x2));
            long y = Math.max(Math.min(y1, y2), Math.min(e.y1, e.y2));
            return new long[] {x, y};
        }
        if (!crossedBy(e)) {
            return null;
        }
        // where this edge's end points lie relative to e
        long vxa = e.cross(x1, y1);
        long vxb = -e.cross(x2, y2);
        boolean endsOnEdge = vxa == 0 || vxb == 0;
        // the end points of this edge must lie on opposite sides of e
        boolean res = vxa >= 0;
        if (-vxb > 0) {
            res = !res;
        }
        if (endsOnEdge) {
            if (contains(e.x1, e.y1)) {
                return new long[] {e.x1, e.y1};
            } else if (contains(e.x2, e.y2)) {
                return new long[] {e.x2, e.y2};
            } else if (e.contains(x1, y1)) {
                return new long[] {x1, y1};
            } else if (e.contains(x2, y2)) {
                return new long[] {x2, y2};
            }
            return null;
        }
        if (!res) {
            return null;
        }
        double a = Math.abs((double) vxa), b = Math.abs((double) vxb);
        return new long[] {x1 + Geo.round(dx() * a / (a + b)), y1 + Geo.round(dy() * a / (a + b))};
    }

    /**
     * The point where the line through e2 crosses this edge's line, measured along e2 from its
     * first point and rounded to the grid; null for parallel lines.
     */
    public long[] cutPoint(Edge e2) {
        long vps = e2.dx() * dy() - e2.dy() * dx();
        if (vps == 0) {
            return null;
        }
        double pr1 = (double) ((e2.x1 - x1) * dy() - (e2.y1 - y1) * dx());
        double f = pr1 / vps;
        return new long[] {e2.x1 - Geo.round(e2.dx() * f), e2.y1 - Geo.round(e2.dy() * f)};
    }

    /**
     * Appends this edge cut at {@code points} (each {x, y, ...}, on the edge, sorted from (x1, y1)
     * towards (x2, y2)) to {@code out}; a point repeated or equal to the start gives no empty piece.
     */
    public void cutAt(java.util.List<long[]> points, java.util.List<Edge> out) {
        long x = x1, y = y1;
        for (long[] p : points) {
            if (p[0] != x || p[1] != y) {
                out.add(new Edge(x, y, p[0], p[1]));
                x = p[0];
                y = p[1];
            }
        }
        out.add(new Edge(x, y, x2, y2));
    }

    @Override
    public String toString() {
        return "(" + x1 + "," + y1 + ";" + x2 + "," + y2 + ")";
    }
}
