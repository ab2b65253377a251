package org.cpodrc.engine.tile;

import java.util.List;

import org.cpodrc.check.Violation;

/**
 * What a {@link Tile} gives back: the violations it owns, or, when a marker touching the tile left
 * its window, how far beyond the tile the window must at least reach ({@code grow} &gt; 0, no
 * violations).
 */
public record TileResult(List<Violation> violations, long grow) {
    public TileResult {
        violations = List.copyOf(violations);
    }

    public boolean exact() {
        return grow == 0;
    }
}
