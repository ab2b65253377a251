package org.cpodrc.report;

import java.math.BigDecimal;

/**
 * The scale bar of a picture: a round length (1, 2 or 5 × 10^n µm) no longer than a quarter of
 * the picture's width, drawn bottom left on a light backing with its label. Written with rects
 * and text only, so it never mixes with the layer and marker paths.
 */
final class ScaleBar {
    private static final double MAX_FRACTION = 0.25;
    private static final double MARGIN = 6;

    private ScaleBar() {
    }

    /** The largest 1/2/5 × 10^n not above maxUm (maxUm &gt; 0), as an exact decimal. */
    static BigDecimal roundLength(double maxUm) {
        BigDecimal max = new BigDecimal(maxUm);
        int e = (int) Math.floor(Math.log10(maxUm));
        for (int exp = e + 1; exp >= e - 1; exp--) {
            for (int m : new int[] {5, 2, 1}) {
                BigDecimal candidate = BigDecimal.valueOf(m).scaleByPowerOfTen(exp);
                if (candidate.compareTo(max) <= 0) {
                    return candidate.stripTrailingZeros();
                }
            }
        }
        return BigDecimal.ONE.scaleByPowerOfTen(e - 1);
    }

    /** The label of a length: nm below 1 µm, mm from 1000 µm, else µm ({@code 500 nm}, {@code 20 µm}, {@code 2 mm}). */
    static String label(BigDecimal um) {
        if (um.compareTo(BigDecimal.ONE) < 0) {
            return plain(um.scaleByPowerOfTen(3)) + " nm";
        }
        if (um.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return plain(um.scaleByPowerOfTen(-3)) + " mm";
        }
        return plain(um) + " µm";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** Appends the bar for a picture w × h pixels at pxPerUm pixels per µm. */
    static void draw(StringBuilder b, double pxPerUm, double w, double h) {
        if (!(pxPerUm > 0) || w < 40 || h < 30) {
            return;
        }
        BigDecimal um = roundLength(MAX_FRACTION * w / pxPerUm);
        double len = um.doubleValue() * pxPerUm;
        String text = label(um);
        double x = MARGIN, y = h - MARGIN - 4; // the bar's baseline
        double boxW = Math.max(len, 7 * text.length()) + 8;
        b.append("<g class=\"scalebar\" data-um=\"").append(um.toPlainString()).append("\">");
        b.append("<rect x=\"").append(SvgPicture.fmt(x - 4)).append("\" y=\"").append(SvgPicture.fmt(y - 16))
                .append("\" width=\"").append(SvgPicture.fmt(boxW)).append("\" height=\"22\" fill=\"#fff\" fill-opacity=\"0.85\"/>");
        // the bar with end ticks, in black
        rect(b, x, y, len, 2);
        rect(b, x, y - 4, 1.5, 6);
        rect(b, x + len - 1.5, y - 4, 1.5, 6);
        b.append("<text x=\"").append(SvgPicture.fmt(x)).append("\" y=\"").append(SvgPicture.fmt(y - 6))
                .append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"#000\">").append(Xml.attr(text))
                .append("</text></g>");
    }

    private static void rect(StringBuilder b, double x, double y, double w, double h) {
        b.append("<rect x=\"").append(SvgPicture.fmt(x)).append("\" y=\"").append(SvgPicture.fmt(y)).append("\" width=\"")
                .append(SvgPicture.fmt(w)).append("\" height=\"").append(SvgPicture.fmt(h)).append("\" fill=\"#000\"/>");
    }
}
