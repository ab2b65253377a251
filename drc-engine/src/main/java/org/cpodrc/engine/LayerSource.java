package org.cpodrc.engine;

import java.util.List;

import org.cpodrc.check.CheckContext;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;

/** Where the engine gets design layers from: the flattened GDS in the CLI, polygons in tests. */
public interface LayerSource {
    Region region(LayerKey layer);

    List<CheckContext.Label> labels(LayerKey layer);

    /**
     * The layer merged. A source that keeps its layers may skip keeping the unmerged shapes when
     * they were not asked for: a large layer's flattened shapes cost as much heap as its merged ones.
     */
    default Region merged(LayerKey layer) {
        return region(layer).merged();
    }

    double dbuUm();

    String topCell();

    /** The placed dies when the design is a multi-die stack; empty for a plain layout. */
    default java.util.Optional<org.cpodrc.check.Assembly> assembly() {
        return java.util.Optional.empty();
    }

    /** Bounding box of every layer of the design in database units (null envelope if empty or unknown). */
    default org.locationtech.jts.geom.Envelope extent() {
        return new org.locationtech.jts.geom.Envelope();
    }
}
