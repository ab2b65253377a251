package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cpodrc.engine.LayerView;
import org.cpodrc.engine.RunResult;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.layout.Layout;
import org.cpodrc.testing.SampleRuns;
import org.cpodrc.waiver.Waiver;
import org.cpodrc.waiver.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotes, markup, control characters, an emoji and "]]>" in the cell name, design file name,
 * messages, descriptions and waiver reason: every format must stay well-formed and keep the text.
 */
class HostileNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunResult run() {
        return Waivers.apply(SampleRuns.hostile(), List.of(new Waiver("WG.*", null, null,
                "reason " + SampleRuns.HOSTILE, "owner " + SampleRuns.HOSTILE, null, "w.yaml:2")),
                LocalDate.of(2026, 1, 1));
    }

    private static String text(String format) throws Exception {
        StringWriter w = new StringWriter();
        ReportFormats.create(format, "0.1", LayerView.NONE).orElseThrow().write(run(), w);
        return w.toString();
    }

    @Test
    void jsonParsesAndKeepsTheNames() throws Exception {
        JsonNode j = JSON.readTree(text("json"));
        assertEquals("TOP" + SampleRuns.HOSTILE, j.get("input").get("top").asText());
        assertEquals("reason " + SampleRuns.HOSTILE, j.get("waivers").get(0).get("reason").asText());
    }

    @Test
    void sarifParsesAndStaysValid() throws Exception {
        String s = text("sarif");
        SarifReportTest.assertValid(s);
        JsonNode result = JSON.readTree(s).get("runs").get(0).get("results").get(0);
        assertEquals("TOP" + SampleRuns.HOSTILE,
                result.get("locations").get(0).get("logicalLocations").get(0).get("name").asText());
    }

    @Test
    void junitIsWellFormedAndValid() throws Exception {
        var doc = JunitReportTest.parseAndValidate(text("junit"));
        String failure = doc.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("a\"b'<c>&d</script>\uFFFD\uFFFD\t\u00b5\u00e9\u4e2d\ud83d\ude00]]>"), failure);
    }

    @Test
    void lyrdbIsWellFormedAndKLayoutReadsTheNames(@TempDir Path dir) throws Exception {
        String x = text("lyrdb");
        var doc = JunitReportTest.class.getClassLoader(); // keep imports minimal: parse with the DOM parser
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(x)));
        assertTrue(doc != null);
        org.cpodrc.testing.KLayout.assumeInstalled();
        Files.writeString(dir.resolve("r.lyrdb"), x);
        Files.writeString(dir.resolve("read.py"), """
                import pya
                rdb = pya.ReportDatabase("x")
                rdb.load(path)
                with open(out, "w", encoding="utf-8") as f:
                    f.write(rdb.top_cell_name + "\\n")
                    for item in rdb.each_item():
                        f.write(list(item.each_value())[-1].string() + "\\n")
                        break
                """);
        org.cpodrc.testing.KLayout.run(dir.resolve("read.py"), dir, "path=" + dir.resolve("r.lyrdb"),
                "out=" + dir.resolve("out.txt"));
        List<String> lines = Files.readAllLines(dir.resolve("out.txt"));
        String expectedTop = ("TOP" + SampleRuns.HOSTILE).replace('\u0001', '\uFFFD').replace('\u001f', '\uFFFD');
        assertEquals(expectedTop, lines.get(0));
        assertTrue(lines.get(1).startsWith("msg a\"b'<c>&d</script>\u0001\u001f\t"), lines.get(1));
    }

    @Test
    void htmlEscapesEverything() throws Exception {
        String h = text("html");
        assertFalse(h.contains("</script>"), "no raw markup from names");
        assertFalse(h.contains("<c>"));
        assertFalse(h.contains("\u0001"));
        assertTrue(h.contains("a&quot;b&apos;&lt;c&gt;&amp;d&lt;/script&gt;"));
        for (String svg : HtmlReportTest.svgs(h)) {
            HtmlReportTest.xml(svg);
        }
    }

    @Test
    void textAndGdsCarryTheNames(@TempDir Path dir) throws Exception {
        assertTrue(text("text").contains("TOP" + SampleRuns.HOSTILE));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new GdsMarkerReport("0.1").write(run(), bytes);
        Path f = dir.resolve("m.gds");
        Files.write(f, bytes.toByteArray());
        Layout l = GdsReader.read(f);
        assertEquals(1, l.cellCount());
    }
}
