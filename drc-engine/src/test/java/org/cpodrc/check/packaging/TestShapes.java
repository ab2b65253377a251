package org.cpodrc.check.packaging;

import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Polygons on the 1 nm grid of {@link TestContext}, placed in micrometres. */
final class TestShapes {
    private TestShapes() {
    }

    static Polygon rect(double cxUm, double cyUm, double wUm, double hUm) {
        return rotatedRect(cxUm, cyUm, wUm, hUm, 0);
    }

    /** A square of side sUm centred at (cx, cy). */
    static Polygon square(double cxUm, double cyUm, double sUm) {
        return rect(cxUm, cyUm, sUm, sUm);
    }

    /** A w × h rectangle centred at (cx, cy), turned by angleDeg, vertices rounded to the grid. */
    static Polygon rotatedRect(double cxUm, double cyUm, double wUm, double hUm, double angleDeg) {
        double a = Math.toRadians(angleDeg);
        double c = Math.cos(a);
        double s = Math.sin(a);
        double[][] corners = {{-wUm / 2, -hUm / 2}, {wUm / 2, -hUm / 2}, {wUm / 2, hUm / 2}, {-wUm / 2, hUm / 2}};
        Coordinate[] ring = new Coordinate[5];
        for (int i = 0; i < 4; i++) {
            double x = cxUm + corners[i][0] * c - corners[i][1] * s;
            double y = cyUm + corners[i][0] * s + corners[i][1] * c;
            ring[i] = new Coordinate(Math.round(x * 1000), Math.round(y * 1000));
        }
        ring[4] = ring[0];
        return Region.FACTORY.createPolygon(ring);
    }
}
