package org.cpodrc.layout;

/**
 * Where a die of a package stack lands (STACK-SPEC §2), exact on integers: die coordinates are
 * first scaled to the package database unit ({@code scale} = die dbu / package dbu, an integer),
 * then mirrored about the die's own y axis when {@code flip} (x → −x, a die turned face-down),
 * then rotated counter-clockwise by {@code rotate} (0, 90, 180 or 270 degrees) about the die
 * origin, then displaced by ({@code dx}, {@code dy}) package units. In KLayout terms this is
 * {@code DCplxTrans(1, rotate + (flip ? 180 : 0), flip, x, y)}. No step rounds.
 */
public record Placement(long scale, boolean flip, int rotate, long dx, long dy) {
    public static final Placement IDENTITY = new Placement(1, false, 0, 0, 0);

    public Placement {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be a positive integer: " + scale);
        }
        if (rotate != 0 && rotate != 90 && rotate != 180 && rotate != 270) {
            throw new IllegalArgumentException("rotate must be 0, 90, 180 or 270: " + rotate);
        }
    }

    /** Package x of die point (x, y). */
    public long x(long x, long y) {
        long fx = flip ? -x * scale : x * scale;
        long fy = y * scale;
        return switch (rotate) {
            case 90 -> -fy;
            case 180 -> -fx;
            case 270 -> fy;
            default -> fx;
        } + dx;
    }

    /** Package y of die point (x, y). */
    public long y(long x, long y) {
        long fx = flip ? -x * scale : x * scale;
        long fy = y * scale;
        return switch (rotate) {
            case 90 -> fx;
            case 180 -> -fy;
            case 270 -> -fx;
            default -> fy;
        } + dy;
    }

    /**
     * A package point back in the die's own axes, still in package units (divide by nothing:
     * multiply by the package dbu for µm). Exact; the inverse of {@link #x}/{@link #y} up to the scale.
     */
    public long[] toDie(long px, long py) {
        long x = px - dx;
        long y = py - dy;
        long rx;
        long ry;
        switch (rotate) {
            case 90 -> { rx = y; ry = -x; }
            case 180 -> { rx = -x; ry = -y; }
            case 270 -> { rx = -y; ry = x; }
            default -> { rx = x; ry = y; }
        }
        return new long[] {flip ? -rx : rx, ry};
    }

    /** The same transform as a {@link Trans} on package units (for writers that take KLayout's form). */
    public Trans trans() {
        return new Trans(flip, rotate + (flip ? 180 : 0), 1, dx, dy);
    }

    @Override
    public String toString() {
        return (flip ? "flip " : "") + "r" + rotate + " " + dx + "," + dy + (scale != 1 ? " x" + scale : "");
    }
}
