package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.cpodrc.engine.RunResult;
import org.cpodrc.testing.SampleRuns;
import org.cpodrc.waiver.Waiver;
import org.cpodrc.waiver.Waivers;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String sarif(RunResult r) throws Exception {
        StringWriter w = new StringWriter();
        new SarifReport("0.1.0").write(r, w);
        return w.toString();
    }

    static void assertValid(String sarif) throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Shared.dir().resolve("schemas/sarif-schema-2.1.0.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(sarif));
        assertTrue(errors.isEmpty(), "SARIF schema violations: " + errors + "\n" + sarif);
    }

    @Test
    void validAgainstTheOfficialSchemaWithRulesResultsAndLevels() throws Exception {
        String s = sarif(SampleRuns.standard());
        assertValid(s);
        JsonNode run = JSON.readTree(s).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(3, rules.size());
        assertEquals("TSV.S.1", rules.get(0).get("id").asText());
        assertEquals("TSV space", rules.get(0).get("shortDescription").get("text").asText());
        assertEquals("note", rules.get(2).get("defaultConfiguration").get("level").asText());
        JsonNode results = run.get("results");
        assertEquals(3, results.size());
        JsonNode first = results.get(0);
        assertEquals("TSV.S.1", first.get("ruleId").asText());
        assertEquals(0, first.get("ruleIndex").asInt());
        assertEquals("error", first.get("level").asText());
        assertEquals("warning", results.get(2).get("level").asText());
        assertEquals("space 38.2 < 40 um at [0.0, 0.0 .. 50.0, 20.0] um in cell TOP",
                first.get("message").get("text").asText());
        JsonNode loc = first.get("locations").get(0);
        assertEquals("design.gds", loc.get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals("TOP", loc.get("logicalLocations").get(0).get("name").asText());
        assertEquals("design.gds", run.get("artifacts").get(0).get("location").get("uri").asText());
        JsonNode props = first.get("properties");
        assertEquals("[0.0,0.0,50.0,20.0]", props.get("bbox_um").toString());
        assertEquals(38.2, props.get("measured_um").asDouble());
        assertEquals(40.0, props.get("required_um").asDouble());
        assertFalse(first.has("suppressions"));
        assertFalse(first.has("baselineState"));
    }

    @Test
    void waivedResultsAreSuppressedWithTheReason() throws Exception {
        RunResult r = Waivers.apply(SampleRuns.standard(),
                List.of(new Waiver("WG.*", null, null, "legacy block", "bob", null, "w.yaml:3"),
                        new Waiver("NONE", null, null, "n", "o", LocalDate.of(2020, 1, 1), "w.yaml:7")),
                LocalDate.of(2026, 11, 25));
        String s = sarif(r);
        assertValid(s);
        JsonNode run = JSON.readTree(s).get("runs").get(0);
        JsonNode sup = run.get("results").get(2).get("suppressions").get(0);
        assertEquals("external", sup.get("kind").asText());
        assertEquals("accepted", sup.get("status").asText());
        assertEquals("legacy block", sup.get("justification").asText());
        assertFalse(run.get("results").get(0).has("suppressions"));
        assertEquals("expired", run.get("properties").get("waivers").get(1).get("status").asText());
    }

    @Test
    void sameResultGivesSameBytes() throws Exception {
        assertEquals(sarif(SampleRuns.standard()), sarif(SampleRuns.standard()));
    }

    @Test
    void fileNamesBecomeUriReferences() {
        assertEquals("dir/de%22sign%3C%26%3E%C3%A9.gds", SarifReport.uri("dir\\de\"sign<&>\u00e9.gds"));
        assertEquals("a%20b.gds.gz", SarifReport.uri("a b.gds.gz"));
    }
}
