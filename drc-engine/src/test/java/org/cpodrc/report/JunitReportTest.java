package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.cpodrc.check.Severity;
import org.cpodrc.engine.RunResult;
import org.cpodrc.testing.SampleRuns;
import org.cpodrc.waiver.Waiver;
import org.cpodrc.waiver.Waivers;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReportTest {
    static String junit(RunResult r) throws Exception {
        StringWriter w = new StringWriter();
        new JunitReport("0.1.0").write(r, w);
        return w.toString();
    }

    /** Parses with a real parser and validates against the JUnit schema in test resources. */
    static Document parseAndValidate(String xml) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = sf.newSchema(new StreamSource(JunitReportTest.class.getResource("junit.xsd").toExternalForm()));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void oneTestCasePerRuleFailuresListViolations() throws Exception {
        Document doc = parseAndValidate(junit(SampleRuns.standard()));
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("3", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("failures"), "only the error rule fails with --fail-on error");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Element tsv = (Element) cases.item(0);
        assertEquals("TSV.S.1: TSV space", tsv.getAttribute("name"));
        NodeList failures = tsv.getElementsByTagName("failure");
        assertEquals(1, failures.getLength());
        Element failure = (Element) failures.item(0);
        assertEquals("2 errors of space rule TSV.S.1", failure.getAttribute("message"));
        assertEquals("1. [0.0, 0.0 .. 50.0, 20.0] um in TOP: space 38.2 < 40 um (measured 38.2, required 40.0)\n"
                + "2. [100.0, 0.0 .. 150.0, 20.0] um in TOP: space 39.5 < 40 um (measured 39.5, required 40.0)\n",
                failure.getTextContent());
        Element wg = (Element) cases.item(1);
        assertEquals(0, wg.getElementsByTagName("failure").getLength(), "warnings do not fail with --fail-on error");
        assertTrue(wg.getElementsByTagName("system-out").item(0).getTextContent().contains("width 0.45 um < 0.5 um"));
        Element bw = (Element) cases.item(2);
        assertEquals(0, bw.getChildNodes().getLength(), "a passing rule is an empty test case");
    }

    @Test
    void failOnWarningAndWaiversChangeWhatFails() throws Exception {
        RunResult base = SampleRuns.standard();
        RunResult strict = new RunResult(base.deck(), base.input(), base.rules(), base.violations(), base.metrics(),
                Severity.WARNING);
        assertEquals("2", parseAndValidate(junit(strict)).getDocumentElement().getAttribute("failures"));
        RunResult waived = Waivers.apply(strict, List.of(new Waiver("TSV.*", null, null, "ok by sim", "jane", null,
                "w.yaml:3")), LocalDate.of(2026, 1, 1));
        Document doc = parseAndValidate(junit(waived));
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        Element tsv = (Element) doc.getElementsByTagName("testcase").item(0);
        assertTrue(tsv.getElementsByTagName("system-out").item(0).getTextContent()
                .contains("[waived by w.yaml:3: ok by sim]"));
    }

    @Test
    void longFailureListsAreCapped() throws Exception {
        RunResult base = SampleRuns.standard();
        List<org.cpodrc.check.Violation> many = new java.util.ArrayList<>();
        for (int i = 0; i < JunitReport.LINES_PER_RULE + 5; i++) {
            many.add(new org.cpodrc.check.Violation("TSV.S.1", Severity.ERROR, "v" + i, i, 0, i + 1, 1, null, 1, 2,
                    "TOP"));
        }
        Document doc = parseAndValidate(junit(new RunResult(base.deck(), base.input(), base.rules(), many, List.of(),
                Severity.ERROR)));
        String failure = doc.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.contains("1000. [") && !failure.contains("1001. ["));
        assertTrue(failure.endsWith("... and 5 more (see the JSON report)\n"), failure);
        assertEquals("1005 errors of space rule TSV.S.1",
                ((Element) doc.getElementsByTagName("failure").item(0)).getAttribute("message"));
    }

    @Test
    void passingRunHasNoFailures() throws Exception {
        RunResult base = SampleRuns.standard();
        RunResult clean = new RunResult(base.deck(), base.input(), base.rules(), List.of(), base.metrics(), Severity.ERROR);
        Document doc = parseAndValidate(junit(clean));
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(0, doc.getElementsByTagName("failure").getLength());
    }
}
