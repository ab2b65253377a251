package org.cpodrc.engine.tile;

import java.util.List;

import org.cpodrc.check.Violation;
import org.cpodrc.geom.edges.EdgePair;

/**
 * What a {@link Tile} gives back: the violations it owns and knows to be exact, and the owned edge
 * pairs it cannot decide alone ({@code open}): a pair whose marker leaves the tile's window might
 * be shielded by an edge beyond it, which only a look at the edges around the marker settles
 * ({@link Tile#confirms}).
 */
public record TileResult(List<Violation> violations, List<EdgePair> open) {
    public TileResult {
        violations = List.copyOf(violations);
        open = List.copyOf(open);
    }
}
