package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.cpodrc.testing.KLayout;
import org.cpodrc.testing.MapLayerView;
import org.cpodrc.testing.Processes;
import org.cpodrc.testing.SampleRuns;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in headless Chromium and checks the screenshot shows the page: mostly
 * white background, but text and the red violation markers drawn, the overview's markers and
 * every picture's scale bar really rendered. Skipped (visibly) without
 * chromium on PATH; test.sh installs it where it can.
 */
class HtmlRenderTest {
    @Test
    void rendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(KLayout.onPath("chromium"), "chromium not installed: HTML rendering check skipped");
        StringWriter w = new StringWriter();
        new HtmlReport("0.1.0", MapLayerView.forSampleRuns()).write(SampleRuns.standard(), w);
        String html = w.toString();
        Pixels page = render(dir, html, "report");
        assertTrue(page.dark > 2000, "text is drawn (dark pixels: " + page.dark + ")");
        assertTrue(page.red > 100, "violation markers are drawn (red pixels: " + page.red + ")");
        // the same page without scale bars, and without the overview's markers: the layout does not
        // move (both sit inside fixed-size pictures), so the difference is exactly what they drew
        Pixels noBars = render(dir, html.replaceAll("<g class=\"scalebar\".*?</g>", ""), "nobars");
        assertTrue(page.dark - noBars.dark > 4 * 60,
                "four scale bars with their labels drawn (dark pixels " + page.dark + " vs " + noBars.dark + ")");
        String overview = html.substring(html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"overview\""));
        overview = overview.substring(0, overview.indexOf("</svg>"));
        Pixels noOverviewMarkers = render(dir, html.replace(overview, overview.replaceAll("<a href=.*?</a>", "")),
                "nomarkers");
        assertTrue(page.red - noOverviewMarkers.red > 3 * 15, "the overview's three markers drawn (red pixels "
                + page.red + " vs " + noOverviewMarkers.red + ")");
        assertTrue(html.contains("<tr id=\"v-0-1\">"), "the first marker's link target");
        String keep = System.getProperty("cpodrc.keepScreenshot");
        if (keep != null) {
            Files.copy(dir.resolve("report.png"), Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private record Pixels(long dark, long red) {
    }

    /** Screenshots the page in headless Chromium and counts dark (text, scale bars) and red (marker) pixels. */
    private static Pixels render(Path dir, String html, String name) throws Exception {
        Path page = dir.resolve(name + ".html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path png = dir.resolve(name + ".png");
        Processes.run(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile-" + name), "--window-size=1200,1600",
                "--screenshot=" + png, page.toUri().toString()), dir, 120);
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null && img.getWidth() > 100 && img.getHeight() > 100, "a PNG screenshot");
        long dark = 0;
        long red = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 200) {
                    dark++;
                }
                if (r > 180 && g < 80 && b < 80) {
                    red++;
                }
            }
        }
        return new Pixels(dark, red);
    }
}
