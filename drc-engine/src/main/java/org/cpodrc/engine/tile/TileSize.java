package org.cpodrc.engine.tile;

import java.util.Locale;

/**
 * How a run tiles its local rules: {@link #AUTO} (the engine decides per rule from the number of
 * polygons and the extent), {@link #OFF} (whole layers, as before tiling existed) or a fixed tile
 * side in µm ({@code --tile SIZE}), which also tiles layers with few shapes.
 */
public record TileSize(Mode mode, double sideUm) {
    public enum Mode { AUTO, OFF, FIXED }

    public static final TileSize AUTO = new TileSize(Mode.AUTO, Double.NaN);
    public static final TileSize OFF = new TileSize(Mode.OFF, Double.NaN);

    public static TileSize fixed(double sideUm) {
        if (!(sideUm > 0) || Double.isInfinite(sideUm)) {
            throw new IllegalArgumentException("tile size must be a positive number of µm, not " + sideUm);
        }
        return new TileSize(Mode.FIXED, sideUm);
    }

    /** {@code auto}, {@code off} or a size in µm ({@code 500}, {@code 500um}); IllegalArgumentException otherwise. */
    public static TileSize parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return AUTO;
        }
        if (t.equals("off")) {
            return OFF;
        }
        if (t.endsWith("um")) {
            t = t.substring(0, t.length() - 2).trim();
        }
        try {
            return fixed(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tile size must be 'auto', 'off' or a size in µm, not '" + text + "'");
        }
    }
}
