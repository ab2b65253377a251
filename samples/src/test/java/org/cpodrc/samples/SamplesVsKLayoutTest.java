package org.cpodrc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.cpodrc.gds.GdsReader;
import org.cpodrc.info.LayerStatistics;
import org.cpodrc.info.LayoutStatistics;
import org.cpodrc.layout.Layout;
import org.cpodrc.testutil.KLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KLayout reads every committed sample as cpodrc does: same top cell and, per layer, the same
 * flattened shape and text counts and merged area (one KLayout run for all files).
 */
class SamplesVsKLayoutTest {
    @Test
    void everySampleReadsTheSameInKLayout(@TempDir Path tmp) throws Exception {
        KLayout.assumeInstalled();
        StringBuilder files = new StringBuilder();
        for (Sample s : Sample.all()) {
            files.append(files.length() == 0 ? "" : ",").append('"')
                    .append(SampleFiles.gds().resolve(s.file()).toString().replace("\\", "\\\\")).append('"');
        }
        String json = KLayout.run("sample_stats.py", "{\"files\": [" + files + "]}", tmp);
        StringBuilder wrong = new StringBuilder();
        for (Sample s : Sample.all()) {
            Path file = SampleFiles.gds().resolve(s.file());
            String theirs = normalise(section(json, file.toString().replace("\\", "\\\\")));
            Layout layout = GdsReader.read(file);
            LayoutStatistics ours = LayoutStatistics.of(layout, layout.topCells(), Long.MAX_VALUE, s.file());
            Map<String, String> layers = new TreeMap<>();
            for (LayerStatistics l : ours.layers()) {
                layers.put(l.layer().toString(), l.shapes() + "," + l.texts() + ","
                        + String.format(java.util.Locale.ROOT, "%.6f", l.areaDbu2() * ours.dbuUm() * ours.dbuUm()));
            }
            String mine = "top=" + ours.topCells().get(0) + " " + layers;
            if (!mine.equals(theirs)) {
                wrong.append(s.file()).append("\n  cpodrc  ").append(mine).append("\n  KLayout ").append(theirs)
                        .append('\n');
            }
        }
        assertEquals("", wrong.toString());
    }

    /** The JSON object KLayout wrote for one file (flat enough to cut out by its key). */
    private static String section(String json, String key) {
        int at = json.indexOf("\"" + key + "\"");
        int end = json.indexOf("}}", at);
        return json.substring(at + key.length() + 3, end + 2);
    }

    /** {"top": "T", "layers": {"1/0": [n, t, a], ...}} as "top=T {1/0=n,t,a, ...}" with sorted layers. */
    private static String normalise(String obj) {
        String top = obj.replaceAll("(?s).*\"top\": \"([^\"]*)\".*", "$1");
        Map<String, String> layers = new TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\"(\\d+/\\d+)\": \\[(\\d+), (\\d+), ([-0-9.eE+]+)\\]").matcher(obj);
        while (m.find()) {
            layers.put(m.group(1), m.group(2) + "," + m.group(3) + ","
                    + String.format(java.util.Locale.ROOT, "%.6f", Double.parseDouble(m.group(4))));
        }
        return "top=" + top + " " + layers;
    }
}
