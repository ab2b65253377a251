package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.RunResult;
import org.cpodrc.gds.GdsReader;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.testing.KLayout;
import org.cpodrc.testing.Polys;
import org.cpodrc.testing.SampleRuns;
import org.cpodrc.waiver.Waiver;
import org.cpodrc.waiver.Waivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class GdsMarkerReportTest {
    private static RunResult waivedSample() {
        return Waivers.apply(SampleRuns.standard(), List.of(new Waiver("WG.*", null, null, "ok", "bob", null, "w:1")),
                LocalDate.of(2026, 1, 1));
    }

    @Test
    void oneLayerPerRuleDatatypeByDisposition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.gds");
        AtomicFiles.writeBytes(file, os -> new GdsMarkerReport("t").write(waivedSample(), os));
        Layout l = GdsReader.read(file);
        assertEquals(0.001, l.dbuUm(), 1e-15);
        Cell top = l.cell("TOP");
        assertEquals(2, top.shapes(new LayerKey(1000, 0)).size(), "two TSV.S.1 edge pairs");
        assertEquals(1, top.shapes(new LayerKey(1001, 1)).size(), "the waived WG.W.1 violation on datatype 1");
        assertEquals(0, top.shapes(new LayerKey(1001, 0)).size());
        assertEquals("TSV.S.1 (space)", top.textsByLayer().get(new LayerKey(1000, 255)).get(0).string());
    }

    @Test
    void streamedFileHasTheBytesOfTheWholeLayoutWritten() throws IOException {
        for (RunResult r : List.of(SampleRuns.standard(), SampleRuns.hostile(), waivedSample())) {
            java.io.ByteArrayOutputStream streamed = new java.io.ByteArrayOutputStream();
            new GdsMarkerReport("t").write(r, streamed);
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            org.cpodrc.gds.GdsWriter.write(GdsMarkerReport.layout(r), whole);
            org.junit.jupiter.api.Assertions.assertArrayEquals(whole.toByteArray(), streamed.toByteArray());
        }
    }

    @Test
    void edgePairsBecomeTheAreaBetweenTheEdges() {
        List<Polygon> ps = GdsMarkerReport.markerPolygons(SampleRuns.standard().violations().get(0));
        assertEquals(1, ps.size());
        assertEquals(38200.0 * 20000, ps.get(0).getArea(), 0.0);
        Violation collinear = new Violation("R", Severity.ERROR, "m", 0, 0, 10, 0,
                SampleRuns.edgePair(0, 0, 4, 0, 6, 0, 10, 0), 2, 3, "TOP");
        List<Polygon> thin = GdsMarkerReport.markerPolygons(collinear);
        assertEquals(2, thin.size());
        assertEquals(8.0, thin.get(0).getArea(), 0.0, "a 2-unit-wide strip along a 4-unit edge");
    }

    @Test
    void polygonsWithHolesAreCutIntoHoleFreePieces() {
        Polygon ring = Region.FACTORY.createPolygon(Polys.rect(0, 0, 100, 100).getExteriorRing(), new LinearRing[] {
                Polys.rect(10, 10, 30, 30).getExteriorRing(), Polys.rect(60, 60, 90, 70).getExteriorRing()});
        Violation v = new Violation("R", Severity.ERROR, "m", 0, 0, 100, 100, ring, Double.NaN, Double.NaN, "TOP");
        List<Polygon> pieces = GdsMarkerReport.markerPolygons(v);
        double area = 0;
        for (Polygon p : pieces) {
            assertEquals(0, p.getNumInteriorRing());
            area += p.getArea();
        }
        assertEquals(ring.getArea(), area, 0.0);
        assertTrue(Region.FACTORY.buildGeometry(pieces).union().equalsTopo(ring));
    }

    @Test
    void notToStdout() {
        assertTrue(new GdsMarkerReport("t").binary());
        assertThrows(IOException.class, () -> new GdsMarkerReport("t").write(SampleRuns.standard(), new StringWriter()));
    }

    @Test
    void klayoutReadsTheMarkers(@TempDir Path dir) throws Exception {
        KLayout.assumeInstalled();
        Path file = dir.resolve("m.gds");
        AtomicFiles.writeBytes(file, os -> new GdsMarkerReport("t").write(waivedSample(), os));
        Files.writeString(dir.resolve("read.py"), """
                import pya
                ly = pya.Layout()
                ly.read(gds)
                top = ly.top_cell()
                with open(out, "w") as f:
                    f.write("top=%s\\n" % top.name)
                    b = pya.Box()
                    for li in ly.layer_indexes():
                        info = ly.get_info(li)
                        n = top.shapes(li).size()
                        f.write("%d/%d %d\\n" % (info.layer, info.datatype, n))
                        for s in top.shapes(li).each():
                            if info.layer == 1000 and info.datatype == 0 and not s.is_text():
                                b = b + s.bbox()
                    f.write("bbox %d %d %d %d\\n" % (b.left, b.bottom, b.right, b.top))
                """);
        KLayout.run(dir.resolve("read.py"), dir, "gds=" + file, "out=" + dir.resolve("out.txt"));
        String out = Files.readString(dir.resolve("out.txt"));
        assertTrue(out.contains("top=TOP\n"), out);
        assertTrue(out.contains("1001/1 1\n"), out);
        // shapes: 2 polygons + 2 texts on 1000/0
        assertTrue(out.contains("1000/0 4\n"), out);
        assertTrue(out.contains("bbox 10000 0 149500 20000\n"), out);
    }
}
