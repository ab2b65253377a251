package org.cpodrc.geom;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * A plain timed main (no assertions, not a test) for {@link Winding#area}: a long curved
 * waveguide (an Archimedean spiral, as gdsfactory draws them) sized by more than half its gap,
 * so that the sized contours overlap themselves at every inner corner and across turns.
 * <pre>
 * mvn -o -q -B test-compile -pl drc-engine
 * /usr/bin/time -f '%e s %U+%S cpu %M KB' java -cp drc-engine/target/classes:drc-engine/target/test-classes:$HOME/.m2/repository/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar \
 *     org.cpodrc.geom.WindingProfile [turns] [sizeDbu] [repeats]    # e.g. 20 700: sized 2,883 points, 6.7 s CPU before, 2.7 s after
 * </pre>
 */
public final class WindingProfile {
    private WindingProfile() {
    }

    public static void main(String[] args) {
        int turns = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long d = args.length > 1 ? Long.parseLong(args[1]) : 700;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Region spiral = Region.of(List.of(spiral(turns, 1_150, 500, 72)));
        for (int k = 0; k < repeats; k++) {
            long t0 = System.nanoTime();
            Region sized = spiral.sized(d);
            long t1 = System.nanoTime();
            int pts = 0;
            for (Polygon p : sized.polygons()) {
                pts += p.getNumPoints();
            }
            System.out.printf("turns %d: %d input points, sized by %d: %d polygons, %d points (text hash %08x), %.2f s%n",
                turns, spiral.polygons().get(0).getNumPoints(), d, sized.size(), pts, sized.geometry().toText().hashCode(), (t1 - t0) / 1e9);
        }
    }

    /** An Archimedean spiral waveguide of the given pitch and width (dbu), steps points per turn. */
    static Polygon spiral(int turns, double pitch, double width, int steps) {
        List<double[]> centre = new ArrayList<>();
        for (int k = 0; k <= turns * steps; k++) {
            double t = 2 * Math.PI * k / steps;
            double r = 3_000 + pitch * t / (2 * Math.PI);
            centre.add(new double[] {r * Math.cos(t), r * Math.sin(t)});
        }
        List<Coordinate> left = new ArrayList<>(), right = new ArrayList<>();
        for (int k = 0; k < centre.size(); k++) {
            double[] a = centre.get(Math.max(0, k - 1)), b = centre.get(Math.min(centre.size() - 1, k + 1));
            double dx = b[0] - a[0], dy = b[1] - a[1], l = Math.hypot(dx, dy);
            double nx = -dy / l * width / 2, ny = dx / l * width / 2;
            double[] c = centre.get(k);
            left.add(new Coordinate(Math.round(c[0] + nx), Math.round(c[1] + ny)));
            right.add(new Coordinate(Math.round(c[0] - nx), Math.round(c[1] - ny)));
        }
        List<Coordinate> ring = new ArrayList<>(left);
        for (int k = right.size() - 1; k >= 0; k--) {
            ring.add(right.get(k));
        }
        ring.add(ring.get(0).copy());
        return Region.FACTORY.createPolygon(ring.toArray(new Coordinate[0]));
    }
}
