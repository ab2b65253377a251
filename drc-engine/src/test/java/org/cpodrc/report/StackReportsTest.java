package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Severity;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.RunResult;
import org.cpodrc.flatten.Flattener;
import org.cpodrc.gds.GdsWriter;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.stack.Stack;
import org.cpodrc.testutil.MiniJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * STACK-SPEC §4: a violation on a stack lists each die whose outline it touches with the box in
 * that die's own coordinates (the inverse of a flipped, rotated, moved placement) in JSON, SARIF
 * (valid 2.1.0), text and HTML; a plain layout's reports carry no die entries.
 */
class StackReportsTest {
    @TempDir
    Path dir;

    private RunResult run() throws Exception {
        die(dir.resolve("pic.gds"), "PIC_TOP", new int[] {0, 0, 0, 0, 5_000_000, 4_000_000});
        // the bump at (30, 40 .. 50, 60) um of the EIC, drawn on a 5 nm grid
        die(dir.resolve("eic.gds"), "EIC_TOP", new int[] {0, 0, 0, 0, 200_000, 120_000}, new int[] {20, 0, 6000, 8000, 10_000, 12_000});
        Path s = dir.resolve("s.yaml");
        Files.writeString(s, "cpodrc-stack: 1\nname: demo\ndies:\n"
                + "  - {name: PIC, file: pic.gds, role: pic, tier: 0, layers: {OUTLINE: 0/0}}\n"
                + "  - {name: EIC, file: eic.gds, role: eic, tier: 1, at: [2000, 1500], flip: true, rotate: 90,"
                + " layers: {OUTLINE: 0/0, BUMP: 20/0}}\n");
        Stack stack = Stack.load(s, Flattener.defaultMaxShapes());
        Path deck = dir.resolve("d.yaml");
        Files.writeString(deck, "cpodrc: 1\nname: d\nrules:\n  - {id: B, check: count, layer: EIC.BUMP, max: 0}\n");
        Deck d = new DeckLoader(CheckRegistry.standard()).load(deck.toString(), Map.of(), stack.designLayers());
        return new DrcEngine(CheckRegistry.standard(), 1).run(d, stack.layerSource(),
                new InputInfo(s.toString(), stack.name(), stack.dbuUm(), stack.assembly()), Severity.ERROR);
    }

    private static void die(Path file, String name, int[]... boxes) throws Exception {
        Layout ly = new Layout();
        ly.setUnits(name.startsWith("EIC") ? 0.005 : 0.001, (name.startsWith("EIC") ? 0.005 : 0.001) * 1e-6);
        Cell c = ly.getOrCreateCell(name);
        for (int[] b : boxes) {
            c.shapes(new LayerKey(b[0], b[1])).addBox(b[2], b[3], b[4], b[5]);
        }
        GdsWriter.write(ly, file);
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonListsEveryTouchedDieWithItsLocalBox() throws Exception {
        RunResult r = run();
        StringWriter w = new StringWriter();
        new JsonReport("t").write(r, w);
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(w.toString());
        List<Map<String, Object>> v = (List<Map<String, Object>>) json.get("violations");
        assertEquals(1, v.size());
        assertEquals(List.of(1940.0, 1450.0, 1960.0, 1470.0), v.get(0).get("bbox_um"));
        List<Map<String, Object>> dies = (List<Map<String, Object>>) v.get(0).get("dies");
        assertEquals(2, dies.size(), w::toString);
        assertEquals("PIC", dies.get(0).get("die"));
        assertEquals(List.of(1940.0, 1450.0, 1960.0, 1470.0), dies.get(0).get("bbox_um"));
        assertEquals("EIC", dies.get(1).get("die"));
        assertEquals("eic.gds", dies.get(1).get("file"));
        assertEquals(List.of(30.0, 40.0, 50.0, 60.0), dies.get(1).get("bbox_um"));
    }

    @Test
    void sarifTextAndHtmlNameTheDies() throws Exception {
        RunResult r = run();
        StringWriter sarif = new StringWriter();
        new SarifReport("0.1.0").write(r, sarif);
        assertTrue(sarif.toString().contains("\"relatedLocations\""), sarif::toString);
        assertTrue(sarif.toString().contains("die EIC (eic.gds): [30.0, 40.0 .. 50.0, 60.0] um"), sarif::toString);
        StringWriter text = new StringWriter();
        new TextReport("t").write(r, text);
        assertTrue(text.toString().contains("     in die EIC (eic.gds): [30.0, 40.0 .. 50.0, 60.0] um\n"), text::toString);
        StringWriter html = new StringWriter();
        new HtmlReport("t").write(r, html);
        assertTrue(html.toString().contains("die EIC (eic.gds): [30.0, 40.0 .. 50.0, 60.0] µm"), "html");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Shared.dir().resolve("schemas/sarif-schema-2.1.0.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(new ObjectMapper().readTree(sarif.toString()));
        assertEquals(Set.of(), errors);
    }
}
