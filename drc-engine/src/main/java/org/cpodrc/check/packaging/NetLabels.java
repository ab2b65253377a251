package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.cpodrc.check.CheckContext.Label;
import org.cpodrc.geom.BoxIndex;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * The nets of shapes from TEXT labels: a label belongs to the shape whose polygon contains the
 * label's point (boundary included; of two shapes sharing that point, the first in list order).
 * A shape carries the distinct texts of all its labels, sorted; a label on no shape is ignored.
 */
final class NetLabels {
    private NetLabels() {
    }

    /** For each shape (same order), the sorted distinct texts of the labels on it; empty if unlabelled. */
    static List<SortedSet<String>> of(List<Port> shapes, BoxIndex index, List<Label> labels) {
        List<SortedSet<String>> nets = new ArrayList<>(shapes.size());
        for (int i = 0; i < shapes.size(); i++) {
            nets.add(new TreeSet<>());
        }
        for (Label label : labels) {
            int hits = index.query(label.x(), label.y(), label.x(), label.y());
            int owner = Integer.MAX_VALUE;
            Coordinate at = new Coordinate(label.x(), label.y());
            for (int h = 0; h < hits; h++) {
                int j = index.hits()[h];
                if (j < owner && SimplePointInAreaLocator.locate(at, shapes.get(j).shape()) != Location.EXTERIOR) {
                    owner = j;
                }
            }
            if (owner != Integer.MAX_VALUE) {
                nets.get(owner).add(label.text());
            }
        }
        return nets;
    }

    /** A shape's nets as message text: 'VDD', or 'A', 'B' for a shape with two different labels. */
    static String text(SortedSet<String> nets) {
        StringBuilder s = new StringBuilder();
        for (String n : nets) {
            s.append(s.length() == 0 ? "" : ", ").append('\'').append(n).append('\'');
        }
        return s.toString();
    }
}
