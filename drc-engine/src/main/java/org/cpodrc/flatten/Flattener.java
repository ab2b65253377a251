package org.cpodrc.flatten;

import java.util.List;

import org.cpodrc.check.CheckContext;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;

/**
 * Flattens a layer of the given top cells into polygons in the top's database units, applying
 * every instance transformation as KLayout does. Contract stub: replaced by the flattening work.
 */
public final class Flattener {
    public static final long DEFAULT_MAX_SHAPES = 200_000_000L;

    public Flattener(Layout layout, long maxShapes) {
    }

    /** All shapes (BOUNDARY, BOX, PATH as polygon) of layer under the tops, not merged. */
    public Region region(List<Cell> tops, LayerKey layer) {
        throw new UnsupportedOperationException("Flattener.region");
    }

    /** All TEXT elements of layer under the tops, at their flattened positions. */
    public List<CheckContext.Label> labels(List<Cell> tops, LayerKey layer) {
        throw new UnsupportedOperationException("Flattener.labels");
    }
}
