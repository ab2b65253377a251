package org.cpodrc.waiver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.cpodrc.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiverFileTest {
    private static final String GOOD = """
            cpodrc-waivers: 1
            waivers:
              - rule: TSV.S.1
                bbox_um: [0, 0, 60, 25.5]
                cell: TSV_FIELD
                reason: stress simulation shows 38 um is safe
                owner: jane.doe@example.com
                expires: 2027-03-31
              - rule: "WG.*"
                reason: legacy block
                owner: bob
            """;

    @Test
    void readsEveryField() {
        List<Waiver> ws = WaiverFile.parse("w.yaml", GOOD);
        assertEquals(2, ws.size());
        Waiver a = ws.get(0);
        assertEquals("TSV.S.1", a.rule());
        assertArrayEquals(new double[] {0, 0, 60, 25.5}, a.bboxUm());
        assertEquals("TSV_FIELD", a.cell());
        assertEquals("stress simulation shows 38 um is safe", a.reason());
        assertEquals("jane.doe@example.com", a.owner());
        assertEquals(LocalDate.of(2027, 3, 31), a.expires());
        assertEquals("w.yaml:3", a.source());
        Waiver b = ws.get(1);
        assertNull(b.bboxUm());
        assertNull(b.cell());
        assertNull(b.expires());
        assertEquals("w.yaml:9", b.source());
    }

    @Test
    void loadsFromFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("waivers.yaml");
        Files.writeString(f, GOOD);
        assertEquals(2, WaiverFile.load(f).size());
        InputException e = assertThrows(InputException.class, () -> WaiverFile.load(dir.resolve("missing.yaml")));
        assertEquals(true, e.getMessage().startsWith(dir.resolve("missing.yaml") + ": cannot read waiver file"));
    }

    @Test
    void emptyListIsAllowed() {
        assertEquals(0, WaiverFile.parse("w.yaml", "cpodrc-waivers: 1\nwaivers: []\n").size());
        assertEquals(0, WaiverFile.parse("w.yaml", "cpodrc-waivers: 1\nwaivers:\n").size());
    }

    @Test
    void unknownKeyNamesPlaceAndSuggests() {
        String text = "cpodrc-waivers: 1\nwaivers:\n  - rule: A\n    reason: r\n    ownr: me\n";
        assertEquals("w.yaml:5:5: unknown key 'ownr' (did you mean 'owner'?); allowed: rule, bbox_um, cell, reason, owner, expires",
                message(text));
    }

    @Test
    void malformedInputsAreInputErrorsWithPositions() {
        assertEquals("w.yaml:3:5: waiver without 'owner'", message("cpodrc-waivers: 1\nwaivers:\n  - rule: A\n    reason: r\n"));
        assertEquals("w.yaml:6:14: 'expires' must be an ISO date such as 2027-03-31, not '31.03.2027'",
                message("cpodrc-waivers: 1\nwaivers:\n  - rule: A\n    reason: r\n    owner: o\n    expires: 31.03.2027\n"));
        assertEquals("w.yaml:6:14: 'bbox_um' must be a list of four numbers [x1, y1, x2, y2] in micrometres",
                message("cpodrc-waivers: 1\nwaivers:\n  - rule: A\n    reason: r\n    owner: o\n    bbox_um: [1, 2, 3]\n"));
        assertEquals("w.yaml:6:18: '2um' is not a number (bbox_um is in micrometres, no unit)",
                message("cpodrc-waivers: 1\nwaivers:\n  - rule: A\n    reason: r\n    owner: o\n    bbox_um: [1, 2um, 3, 4]\n"));
        assertEquals("w.yaml:6:14: 'bbox_um' must be [x1, y1, x2, y2] with x1 <= x2 and y1 <= y2",
                message("cpodrc-waivers: 1\nwaivers:\n  - rule: A\n    reason: r\n    owner: o\n    bbox_um: [5, 0, 1, 4]\n"));
        assertEquals("w.yaml:1:17: unsupported waiver file version '2'; this cpodrc reads version 1",
                message("cpodrc-waivers: 2\nwaivers: []\n"));
        assertEquals("w.yaml:1:1: missing 'cpodrc-waivers: 1' (the waiver file format version)", message("waivers: []\n"));
        assertEquals("w.yaml:2:10: 'waivers' must be a list", message("cpodrc-waivers: 1\nwaivers: 3\n"));
        assertEquals("w.yaml:4:5: duplicate key 'rule'",
                message("cpodrc-waivers: 1\nwaivers:\n  - rule: A\n    rule: B\n    reason: r\n    owner: o\n"));
        assertEquals("w.yaml:1:1: empty waiver file; expected 'cpodrc-waivers: 1'", message(""));
        assertEquals("w.yaml:3:11: 'rule' must be a single value, not a list or mapping",
                message("cpodrc-waivers: 1\nwaivers:\n  - rule: [A]\n    reason: r\n    owner: o\n"));
        assertEquals("w.yaml:3:13: 'reason' must say why the violation is acceptable",
                message("cpodrc-waivers: 1\nwaivers:\n  - reason: ''\n    rule: A\n    owner: o\n"));
    }

    @Test
    void yamlSyntaxErrorsNamePosition() {
        String m = message("cpodrc-waivers: 1\nwaivers:\n  - rule: [A\n");
        assertEquals(true, m.matches("w\\.yaml:\\d+:\\d+: .+"), m);
    }

    private static String message(String text) {
        return assertThrows(InputException.class, () -> WaiverFile.parse("w.yaml", text)).getMessage();
    }
}
