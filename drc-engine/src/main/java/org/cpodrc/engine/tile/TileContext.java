package org.cpodrc.engine.tile;

import java.util.List;

import org.cpodrc.check.CheckContext;
import org.cpodrc.geom.Region;

/**
 * What a check sees while it reports a tile's edge pairs: the grid, top cell and stack. Layers,
 * labels and the design's extent are the whole design's and refused: a tile has only its edges.
 */
record TileContext(double dbuUm, String topCell, String stack) implements CheckContext {
    @Override
    public Region layer(String name) {
        throw new IllegalStateException("a tile's report read layer '" + name + "'; a tile has only its edges");
    }

    @Override
    public Region merged(String name) {
        return layer(name);
    }

    @Override
    public org.locationtech.jts.geom.Envelope extent() {
        throw new IllegalStateException("a tile's report read the design's extent; a tile has only its edges");
    }

    @Override
    public List<Label> labels(String name) {
        throw new IllegalStateException("a tile's report read the labels of '" + name + "'; a tile has only its edges");
    }
}
