package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.RunResult;
import org.cpodrc.testing.MapLayerView;
import org.cpodrc.testing.Polys;
import org.cpodrc.testing.SampleRuns;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {
    static String html(RunResult r) throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReport("0.1.0", MapLayerView.forSampleRuns()).write(r, w);
        return w.toString();
    }

    /** The per-violation pictures (not the overview). */
    static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            if (!m.group().contains("class=\"overview\"")) {
                out.add(m.group());
            }
        }
        return out;
    }

    static Document xml(String s) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(s)));
    }

    @Test
    void summaryRulesPicturesAndMetrics() throws Exception {
        String h = html(SampleRuns.standard());
        assertTrue(h.startsWith("<!DOCTYPE html>"));
        assertTrue(h.contains("<span class=\"failed\">FAILED</span>"));
        assertTrue(h.contains("2 errors, 1 warnings, 0 infos; 0 waived, 0 in baseline; 3 rules"), h);
        List<String> svgs = svgs(h);
        assertEquals(3, svgs.size(), "one picture per violation");
        Document first = xml(svgs.get(0));
        NodeList paths = first.getElementsByTagName("path");
        List<String> layers = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        int markers = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getAttribute("class").equals("layer")) {
                layers.add(p.getAttribute("data-layer"));
                colours.add(p.getAttribute("fill"));
            } else if (p.getAttribute("class").equals("marker")) {
                markers++;
                assertEquals(SvgPicture.MARKER, p.getAttribute("stroke"));
            }
        }
        assertEquals(List.of("TSV", "PIC"), layers, "the rule's layers near the violation");
        assertEquals(2, colours.stream().distinct().count(), "layers in distinct colours");
        assertEquals(1, markers);
        assertTrue(h.contains("<th>shoreline_mm</th>") && h.contains("<td class=\"num\">2.032</td>"), "metrics table");
    }

    @Test
    void picturesClipLayersToTheNeighbourhood() throws Exception {
        String svg = svgs(html(SampleRuns.standard())).get(0);
        Element root = xml(svg).getDocumentElement();
        double w = Double.parseDouble(root.getAttribute("width"));
        double h = Double.parseDouble(root.getAttribute("height"));
        Matcher m = Pattern.compile("[ML](-?[0-9.]+) (-?[0-9.]+)").matcher(svg);
        int n = 0;
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            double y = Double.parseDouble(m.group(2));
            assertTrue(x >= 0 && x <= w && y >= 0 && y <= h, "point outside the picture: " + m.group());
            n++;
        }
        assertTrue(n > 10);
    }

    @Test
    void picturesAreCappedPerRuleWithANote() throws Exception {
        RunResult base = SampleRuns.standard();
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < HtmlReport.PICTURES_PER_RULE + 7; i++) {
            many.add(new Violation("WG.W.1", Severity.WARNING, "w" + i, i * 1000L, 0, i * 1000L + 500, 400,
                    Polys.rect(i * 1000L, 0, i * 1000L + 500, 400), 0.4, 0.5, "TOP"));
        }
        RunResult r = new RunResult(base.deck(), base.input(), base.rules(), many, List.of(), Severity.ERROR);
        String h = html(r);
        assertEquals(HtmlReport.PICTURES_PER_RULE, svgs(h).size());
        assertTrue(h.contains("Pictures of the first 50 of 57 violations"));
        assertTrue(h.contains(">w56</td>"), "the table still lists every violation");
    }

    @Test
    void tablesAreCappedPerRuleWithANote() throws Exception {
        RunResult base = SampleRuns.standard();
        List<Violation> many = new ArrayList<>();
        for (int i = 0; i < HtmlReport.ROWS_PER_RULE + 3; i++) {
            many.add(new Violation("WG.W.1", Severity.WARNING, "w" + i, i * 1000L, 0, i * 1000L + 500, 400,
                    null, 0.4, 0.5, "TOP"));
        }
        String h = html(new RunResult(base.deck(), base.input(), base.rules(), many, List.of(), Severity.ERROR));
        assertTrue(h.contains(">w999</td>") && !h.contains(">w1000</td>"));
        assertTrue(h.contains("The first 1000 of 1003 violations; the JSON and SARIF reports list all of them."));
    }

    @Test
    void withoutLayersOnlyTheMarkerIsDrawn() throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReport("0.1.0").write(SampleRuns.standard(), w);
        String svg = svgs(w.toString()).get(0);
        assertEquals(0, xml(svg).getElementsByTagName("path").getLength() - 1);
    }
}
