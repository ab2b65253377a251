package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpodrc.engine.LayerView;
import org.cpodrc.engine.RunResult;
import org.cpodrc.geom.Region;
import org.cpodrc.testing.MapLayerView;
import org.cpodrc.testing.Polys;
import org.cpodrc.testing.SampleRuns;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The overview picture that opens the HTML report, and the scale bar of every picture. */
class HtmlOverviewTest {
    static String html(RunResult r, LayerView view) throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReport("0.1.0", view).write(r, w);
        return w.toString();
    }

    static String overview(String html) {
        Matcher m = Pattern.compile("<svg [^>]*class=\"overview\".*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "an overview picture");
        return m.group();
    }

    @Test
    void overviewComesFirstWithEveryMarkerLinkedToAnExistingRow() throws Exception {
        String h = html(SampleRuns.standard(), MapLayerView.forSampleRuns());
        assertTrue(h.indexOf("<section id=\"overview\">") < h.indexOf("<h2>Rules</h2>"), "overview before the rules");
        String svg = overview(h);
        List<String> hrefs = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"#([^\"]+)\">").matcher(svg);
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        assertEquals(List.of("v-0-1", "v-0-2", "v-1-1"), hrefs, "one link per violation, to its rule and row");
        for (String id : hrefs) {
            assertTrue(h.contains("<tr id=\"" + id + "\">"), "link target " + id + " exists");
        }
        Element root = HtmlReportTest.xml(svg).getDocumentElement();
        NodeList rects = root.getElementsByTagName("rect");
        int markers = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("class").equals("marker")) {
                markers++;
                assertTrue(Double.parseDouble(r.getAttribute("width")) >= OverviewPicture.MIN_MARKER_PX);
                assertTrue(Double.parseDouble(r.getAttribute("height")) >= OverviewPicture.MIN_MARKER_PX);
            }
        }
        assertEquals(3, markers);
        assertTrue(svg.contains("class=\"outline extent\""), "the design extent");
        // the failing rules' sparse layers (TSV, PIC, WG: a few shapes each) are drawn
        assertTrue(svg.contains("data-layer=\"TSV\"") && svg.contains("data-layer=\"PIC\"") && svg.contains("data-layer=\"WG\""));
    }

    @Test
    void outlinesOfTheViewAreDrawnWithTheirStyleAndLegend() throws Exception {
        MapLayerView base = MapLayerView.forSampleRuns();
        LayerView withDies = new LayerView() {
            @Override
            public List<String> layersOf(String ruleId) {
                return base.layersOf(ruleId);
            }

            @Override
            public Region layer(String name) {
                return base.layer(name);
            }

            @Override
            public List<Outline> outlines() {
                return List.of(new Outline("PIC (pic, tier 0)", "role-pic tier-0", Polys.rect(-50000, -30000, 300000, 60000)),
                        new Outline("EIC <a&b> (eic, tier 1)", "role-eic tier-1", Polys.rect(0, 0, 100000, 40000)));
            }
        };
        String h = html(SampleRuns.standard(), withDies);
        String svg = overview(h);
        assertTrue(svg.contains("<path class=\"outline role-pic tier-0\""), svg);
        assertTrue(svg.contains("<path class=\"outline role-eic tier-1\""), svg);
        assertTrue(svg.contains("<title>EIC &lt;a&amp;b&gt; (eic, tier 1)</title>"), "escaped label");
        assertTrue(h.contains("<span class=\"sw role-eic tier-1\"></span>EIC &lt;a&amp;b&gt; (eic, tier 1)"), "legend");
        assertTrue(h.contains(".outline.role-eic{stroke:#2ca02c}") && h.contains(".outline.tier-1{stroke-dasharray:"));
        assertFalse(svg.contains("class=\"outline extent\""), "no extent known: no extent box");
    }

    @Test
    void withoutAViewTheOverviewShowsTheMarkersAlone() throws Exception {
        String h = html(SampleRuns.standard(), LayerView.NONE);
        String svg = overview(h);
        assertEquals(3, count(svg, "class=\"marker\""));
        assertFalse(svg.contains("class=\"layer\""));
    }

    @Test
    void everyPictureHasARoundScaleBarAtMostAQuarterOfItsWidth() throws Exception {
        String h = html(SampleRuns.standard(), MapLayerView.forSampleRuns());
        Matcher svgs = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(h);
        int n = 0;
        while (svgs.find()) {
            Element root = HtmlReportTest.xml(svgs.group()).getDocumentElement();
            double width = Double.parseDouble(root.getAttribute("width"));
            NodeList groups = root.getElementsByTagName("g");
            assertEquals(1, groups.getLength(), "one scale bar in " + svgs.group());
            Element bar = (Element) groups.item(0);
            assertEquals("scalebar", bar.getAttribute("class"));
            BigDecimal um = new BigDecimal(bar.getAttribute("data-um"));
            BigDecimal mantissa = um.movePointLeft(um.precision() - um.scale() - 1).stripTrailingZeros();
            assertTrue(List.of("1", "2", "5").contains(mantissa.toPlainString()), "round length " + um);
            Element line = (Element) bar.getElementsByTagName("rect").item(1);
            double len = Double.parseDouble(line.getAttribute("width"));
            assertTrue(len <= 0.25 * width + 0.01 && len >= 0.1 * width - 0.01, "bar " + len + " of " + width);
            String text = bar.getElementsByTagName("text").item(0).getTextContent();
            assertEquals(ScaleBar.label(um), text);
            n++;
        }
        assertEquals(4, n, "the overview and three violation pictures");
    }

    @Test
    void aRowOfMarkersAloneStillGetsAPictureTallEnoughForTheScaleBar() throws Exception {
        RunResult base = SampleRuns.standard();
        List<org.cpodrc.check.Violation> row = List.of(
                new org.cpodrc.check.Violation("WG.W.1", org.cpodrc.check.Severity.WARNING, "a", 0, 0, 1000, 10, null,
                        0.4, 0.5, "TOP"),
                new org.cpodrc.check.Violation("WG.W.1", org.cpodrc.check.Severity.WARNING, "b", 9_000_000, 0,
                        9_001_000, 10, null, 0.4, 0.5, "TOP"));
        String svg = overview(html(new RunResult(base.deck(), base.input(), base.rules(), row, List.of(),
                org.cpodrc.check.Severity.ERROR), LayerView.NONE));
        Element root = HtmlReportTest.xml(svg).getDocumentElement();
        assertTrue(Double.parseDouble(root.getAttribute("height")) >= 0.25 * Double.parseDouble(root.getAttribute("width")) - 0.01);
        assertEquals(1, root.getElementsByTagName("g").getLength(), "the scale bar");
        assertEquals("2 mm", root.getElementsByTagName("text").item(0).getTextContent());
    }

    @Test
    void roundLengthsAndLabels() {
        assertEquals("0.2", ScaleBar.roundLength(0.26).toPlainString());
        assertEquals("1", ScaleBar.roundLength(1).toPlainString());
        assertEquals("5", ScaleBar.roundLength(9.99).toPlainString());
        assertEquals("500", ScaleBar.roundLength(999).toPlainString());
        assertEquals("1000", ScaleBar.roundLength(1000).toPlainString());
        assertEquals("0.002", ScaleBar.roundLength(0.0031).toPlainString());
        assertEquals("200 nm", ScaleBar.label(new BigDecimal("0.2")));
        assertEquals("2 nm", ScaleBar.label(new BigDecimal("0.002")));
        assertEquals("50 µm", ScaleBar.label(new BigDecimal("50")));
        assertEquals("1 mm", ScaleBar.label(new BigDecimal("1000")));
        assertEquals("20 mm", ScaleBar.label(new BigDecimal("2E+4")));
    }

    @Test
    void byteIdenticalAcrossRuns() throws Exception {
        assertEquals(html(SampleRuns.standard(), MapLayerView.forSampleRuns()),
                html(SampleRuns.standard(), MapLayerView.forSampleRuns()));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
