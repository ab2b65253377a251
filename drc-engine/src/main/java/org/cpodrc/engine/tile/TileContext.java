package org.cpodrc.engine.tile;

import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckContext;
import org.cpodrc.geom.Region;

/**
 * What a check sees while it runs on one tile: its layer parameters, each the merged polygons of
 * the layer that the tile's window selected, and the grid. Anything else (labels, the design's
 * extent, other layers) is global and refused: a check that reads it must not declare a reach.
 */
record TileContext(Map<String, Region> layers, double dbuUm, String topCell, String stack) implements CheckContext {
    @Override
    public Region layer(String name) {
        Region r = layers.get(name);
        if (r == null) {
            throw new IllegalStateException("a tiled check read layer '" + name
                    + "', which is not one of its layer parameters; it must not declare a reach");
        }
        return r;
    }

    @Override
    public Region merged(String name) {
        return layer(name);
    }

    @Override
    public org.locationtech.jts.geom.Envelope extent() {
        throw new IllegalStateException("a tiled check read the design's extent; it must not declare a reach");
    }

    @Override
    public List<Label> labels(String name) {
        throw new IllegalStateException("a tiled check read the labels of '" + name + "'; it must not declare a reach");
    }
}
