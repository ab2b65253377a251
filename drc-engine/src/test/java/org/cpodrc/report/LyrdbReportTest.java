package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cpodrc.engine.RunResult;
import org.cpodrc.testing.KLayout;
import org.cpodrc.testing.Polys;
import org.cpodrc.testing.SampleRuns;
import org.cpodrc.waiver.Waiver;
import org.cpodrc.waiver.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LyrdbReportTest {
    static String lyrdb(RunResult r) throws Exception {
        StringWriter w = new StringWriter();
        new LyrdbReport("0.1.0").write(r, w);
        return w.toString();
    }

    /** Per-rule counts in the JSON report, read back with Jackson: what KLayout must see per category. */
    static String jsonCounts(RunResult r) throws Exception {
        StringWriter w = new StringWriter();
        new JsonReport("0.1.0").write(r, w);
        StringBuilder b = new StringBuilder();
        for (var rule : new com.fasterxml.jackson.databind.ObjectMapper().readTree(w.toString()).get("rules")) {
            b.append(rule.get("id").asText()).append('=').append(rule.get("violations").asInt()).append('\n');
        }
        return b.toString();
    }

    @Test
    void elementOrderAndValueSyntaxAsKLayoutWrites() throws Exception {
        String x = lyrdb(SampleRuns.standard());
        int description = x.indexOf("<description>");
        int original = x.indexOf("<original-file>");
        int generator = x.indexOf("<generator>");
        int top = x.indexOf("<top-cell>");
        int tags = x.indexOf("<tags>");
        int categories = x.indexOf("<categories>");
        int cells = x.indexOf("<cells>");
        int items = x.indexOf("<items>");
        assertTrue(description < original && original < generator && generator < top && top < tags
                && tags < categories && categories < cells && cells < items, x);
        assertTrue(x.contains("<value>edge-pair: (10,0;10,20)|(48.2,0;48.2,20)</value>"), x);
        assertTrue(x.contains("<value>polygon: (200,1;200,1.45;210,1.45;210,1)</value>"), x);
        assertTrue(x.contains("<category>'TSV.S.1'</category>"), x);
        assertTrue(x.contains("<top-cell>TOP</top-cell>"), x);
    }

    @Test
    void polygonsFollowKLayoutContourOrder() {
        var triangle = Polys.polygon(0, 5, 10, 5, 5, 0);
        assertEquals("(5,0;0,5;10,5)", LyrdbReport.polygon(triangle, 1.0));
        var withHole = org.cpodrc.geom.Region.FACTORY.createPolygon(
                Polys.rect(0, 0, 10, 10).getExteriorRing(),
                new org.locationtech.jts.geom.LinearRing[] {Polys.rect(2, 2, 3, 3).getExteriorRing()});
        assertEquals("(0,0;0,10;10,10;10,0/2,2;3,2;3,3;2,3)", LyrdbReport.polygon(withHole, 1.0));
    }

    @Test
    void stringsAndNumbersAsKLayoutQuotesThem() {
        assertEquals("'q\\' b\\\\ nl\\n tab\\t c\\001 \\303\\251'", LyrdbReport.quote("q' b\\ nl\n tab\t c\u0001 \u00e9"));
        assertEquals("0.0005", LyrdbReport.num(0.0005));
        assertEquals("123456789.123", LyrdbReport.num(123456789.123456789));
        assertEquals("-3", LyrdbReport.num(-3.0));
    }

    @Test
    void klayoutLoadsItWithTheJsonReportsCountsPerCategory(@TempDir Path dir) throws Exception {
        KLayout.assumeInstalled();
        RunResult r = Waivers.apply(SampleRuns.standard(),
                List.of(new Waiver("WG.*", null, null, "legacy", "bob", null, "w.yaml:3")), LocalDate.of(2026, 1, 1));
        Files.writeString(dir.resolve("r.lyrdb"), lyrdb(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("read.py"), """
                import pya
                rdb = pya.ReportDatabase("x")
                rdb.load(rdb_path)
                counts = {}
                for c in rdb.each_category():
                    counts[c.name()] = c.num_items()
                with open(out_path, "w") as f:
                    for c in rdb.each_category():
                        f.write("%s=%d\\n" % (c.name(), counts[c.name()]))
                    f.write("top=%s\\n" % rdb.top_cell_name)
                    waived = rdb.tag_id("waived")
                    for item in rdb.each_item():
                        vals = [v.to_s() for v in item.each_value()]
                        f.write("item %s tags=%s %s\\n" % (rdb.category_by_id(item.category_id()).name(),
                                item.tags_str, vals[0]))
                """);
        KLayout.run(dir.resolve("read.py"), dir, "rdb_path=" + dir.resolve("r.lyrdb"), "out_path=" + dir.resolve("out.txt"));
        String out = Files.readString(dir.resolve("out.txt"));
        assertTrue(out.startsWith(jsonCounts(r)), out);
        assertTrue(out.contains("top=TOP\n"), out);
        assertTrue(out.contains("item TSV.S.1 tags= edge-pair: (10,0;10,20)|(48.2,0;48.2,20)"), out);
        assertTrue(out.contains("item WG.W.1 tags=waived polygon: (200,1;200,1.45;210,1.45;210,1)"), out);
    }
}
