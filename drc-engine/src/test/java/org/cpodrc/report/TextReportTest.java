package org.cpodrc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class TextReportTest {
    @Test
    void groupsByRuleWithLocationsValuesMetricsAndSummary() throws Exception {
        StringWriter w = new StringWriter();
        new TextReport("1.2.3").write(JsonReportTest.sample(), w);
        String expected = """
                cpodrc 1.2.3: design.gds, top TOP, deck cpo "engine" (decks/cpo.yaml), stack photonic-3d

                TSV.S.1  error  space  2 violations
                  TSVs 40 um apart
                  1. [12.345, -0.001 .. 50.0, 0.002] um  space 38.2 um < 40 um  (measured 38.2, required 40.0)
                  2. [0.0, 0.0 .. 0.001, 0.001] um  line1
                     line2 \u00b5m  (measured n/a, required 0.3)

                BW.1  warning  edge_bandwidth  passed

                I.1  info  area  1 violation
                  tab\there
                  1. [0.0, 0.0 .. 0.0, 0.0] um  x  (measured 0.0, required 3.0)

                Metrics
                  BW.1  edge_bandwidth
                    die edge ports gbps   shoreline_mm value    unit
                    0   west 16    3200.0 2.032        1.574803 Tbps/mm

                2 errors, 0 warnings, 1 info in 3 rules: FAILED (fail on error)
                """;
        assertEquals(expected, w.toString());
    }
}
