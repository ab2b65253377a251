package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stack files through the command line (STACK-SPEC §1, §5): detected by content, checked with a
 * shipped deck, described by info; every kind of bad stack input is one located line and exit 3.
 */
class StackCliTest {
    @TempDir
    Path dir;

    private static final Pattern LOCATED = Pattern.compile("cpodrc: [^\\n]*stack\\.yaml:\\d+:\\d+: [^\\n]+\\n");

    private Path dies() throws Exception {
        new TinyGds("PIC_TOP").rect(0, 0, 0, 0, 5_000_000, 4_000_000).rect(10, 0, 1_000_000, 1_000_000, 1_010_000, 1_010_000)
                .write(dir.resolve("pic.gds"));
        new TinyGds("EIC_TOP").rect(0, 0, 0, 0, 1_000_000, 600_000).rect(20, 0, 30_000, 40_000, 50_000, 60_000)
                .write(dir.resolve("eic.gds"));
        return dir;
    }

    private Path stack(String dieLines, String layers) throws Exception {
        String text = "cpodrc-stack: 1\nname: demo\nstack: photonic-3d\ndies:\n"
                + "  - name: PIC\n    file: pic.gds\n    role: pic\n    tier: 0\n    layers: {OUTLINE: 0/0, TSV: 10/0}\n"
                + "  - name: EIC\n    file: eic.gds\n    role: eic\n    tier: 1\n    at: [2000, 1500]\n"
                + "    flip: true\n    rotate: 90\n    layers: {OUTLINE: 0/0, BUMP: 20/0}\n"
                + dieLines
                + "layers:\n  PIC: PIC.OUTLINE\n  EIC: EIC.OUTLINE\n  TSV: PIC.TSV\n  BUMP: EIC.BUMP\n" + layers;
        Path p = dir.resolve("stack.yaml");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void checkDetectsAStackByContentAndRunsAShippedDeck() throws Exception {
        dies();
        Path s = stack("", "");
        Path renamed = dir.resolve("assembly.txt"); // not .yaml: detection reads the content
        Files.copy(s, renamed);
        Cli r = Cli.run("check", renamed.toString(), "--deck", "builtin:photonic-3d", "--report", "json=-");
        assertEquals(1, r.code(), r::toString);
        // the TSV at (1000, 1000) lands on no bump of the flipped EIC: TSV.LAND.1
        assertTrue(r.out().contains("\"rule\": \"TSV.LAND.1\""), r::toString);
        assertTrue(r.out().contains("\"bbox_um\": [1000.0, 1000.0, 1010.0, 1010.0]"), r::toString);
    }

    @Test
    void dieLayerNamesWorkInDeckExpressionsAndRules() throws Exception {
        dies();
        Path s = stack("", "");
        Path deck = dir.resolve("deck.yaml");
        Files.writeString(deck, "cpodrc: 1\nname: d\nderived:\n  TSV_UNDER_EIC: PIC.TSV and EIC.OUTLINE\n"
                + "rules:\n  - id: BUMP.IN\n    check: inside\n    layer: EIC.BUMP\n    container: PIC.OUTLINE\n"
                + "  - id: TSV.EIC\n    check: count\n    layer: TSV_UNDER_EIC\n    max: 0\n");
        Cli r = Cli.run("check", s.toString(), "--deck", deck.toString(), "--report", "json=-");
        assertEquals(0, r.code(), r::toString);
        // the bump boxes placed: flip x -> -x, rotate 90, move: (30..50, 40..60) -> x 1940..1960, y 1450..1470
        Files.writeString(deck, "cpodrc: 1\nname: d\nrules:\n  - id: BUMP.N\n    check: count\n    layer: EIC.BUMP\n"
                + "    max: 0\n");
        r = Cli.run("check", s.toString(), "--deck", deck.toString(), "--report", "json=-");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("[1940.0, 1450.0, 1960.0, 1470.0]"), r::toString);
    }

    @Test
    void tierOrderFlagsAnEicBelowThePicItSitsOn() throws Exception {
        dies();
        Path deck = dir.resolve("tiers.yaml");
        Files.writeString(deck, "cpodrc: 1\nname: t\nrules:\n  - id: TIER.1\n    check: tier_order\n"
                + "    above: eic\n    below: pic\n");
        Cli ok = Cli.run("check", stack("", "").toString(), "--deck", deck.toString(), "--report", "json=-");
        assertEquals(0, ok.code(), ok::toString);
        Path s = stack("", "");
        Files.writeString(s, Files.readString(s).replace("role: eic\n    tier: 1", "role: eic\n    tier: 0"));
        Cli bad = Cli.run("check", s.toString(), "--deck", deck.toString(), "--report", "json=-");
        assertEquals(1, bad.code(), bad::toString);
        assertTrue(bad.out().contains("\"message\": \"die EIC (eic, tier 0) overlaps die PIC (pic, tier 0) but is not on a"
                + " higher tier\", \"bbox_um\": [1400.0, 500.0, 2000.0, 1500.0], \"measured_um\": 0.0, \"required_um\": 1.0"),
                bad::toString);
        // the same deck on a plain layout: nothing to compare
        Cli flat = Cli.run("check", dir.resolve("pic.gds").toString(), "--deck", deck.toString());
        assertEquals(0, flat.code(), flat::toString);
    }

    /** The HTML report of a stack run opens with the package: one outline per die, coloured by role, dashed by tier. */
    @Test
    void htmlOverviewDrawsEveryDieOutline() throws Exception {
        dies();
        Path html = dir.resolve("r.html");
        Cli r = Cli.run("check", stack("", "").toString(), "--deck", "builtin:photonic-3d", "--report", "html=" + html);
        assertEquals(1, r.code(), r::toString);
        String page = Files.readString(html);
        assertTrue(page.contains("PIC (pic, tier 0)"), page);
        assertTrue(page.contains("EIC (eic, tier 1)"), page);
        assertTrue(page.contains("role-eic tier-1"), page);
        assertTrue(page.contains("role-pic tier-0"), page);
    }

    /** STACK-SPEC §4: KLayout opens the assembled package with the lyrdb and marker GDS of a check over it. */
    @Test
    @SuppressWarnings("unchecked")
    void assembledPackageCarriesTheMarkersOfACheckInKLayout() throws Exception {
        org.cpodrc.testutil.KLayout.assumeInstalled();
        dies();
        Path s = stack("", "");
        Path pkg = dir.resolve("package.gds");
        Cli a = Cli.run("assemble", s.toString(), "-o", pkg.toString());
        assertEquals(0, a.code(), a::toString);
        assertTrue(Files.exists(dir.resolve("package.lyp")), a::toString);
        Cli c = Cli.run("check", s.toString(), "--deck", "builtin:photonic-3d", "--report", "json=" + dir.resolve("r.json"),
                "--report", "lyrdb=" + dir.resolve("r.lyrdb"), "--report", "gds=" + dir.resolve("markers.gds"));
        assertEquals(1, c.code(), c::toString);
        int violations = ((java.util.List<Object>) ((java.util.Map<String, Object>) org.cpodrc.testutil.MiniJson.parse(
                Files.readString(dir.resolve("r.json")))).get("violations")).size();
        String out = org.cpodrc.testutil.KLayout.run("stack_overlay.py", "{\"gds\": \"" + pkg + "\", \"lyrdb\": \""
                + dir.resolve("r.lyrdb") + "\", \"markers\": \"" + dir.resolve("markers.gds") + "\", \"lyp\": \""
                + dir.resolve("package.lyp") + "\"}", dir);
        java.util.Map<String, Object> k = (java.util.Map<String, Object>) org.cpodrc.testutil.MiniJson.parse(out);
        assertTrue(violations > 0);
        assertEquals(violations, ((Number) k.get("items")).intValue(), out);
        assertEquals(violations, ((Number) k.get("items_in_package")).intValue(), out);
        assertEquals("demo", k.get("top"), out);
        assertEquals("demo", k.get("rdb_top"), out);
        assertEquals(java.util.List.of("demo"), k.get("tops_after_markers"), out);
        assertEquals(java.util.List.of("PIC.OUTLINE", "PIC.TSV", "EIC.OUTLINE", "EIC.BUMP"), k.get("lyp_names"), out);
    }

    @Test
    void infoPrintsEveryDieAndTheExtent() throws Exception {
        dies();
        Cli r = Cli.run("info", stack("", "").toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("extent     0.0, 0.0, 5000.0, 4000.0 um"), r::toString);
        assertTrue(r.out().contains("DCplxTrans(1, 270, true, 2000, 1500)"), r::toString);
        assertTrue(Pattern.compile("EIC.OUTLINE +0/0 +1 +0 +600000.0 +1400.0, 500.0, 2000.0, 1500.0").matcher(r.out()).find(),
                r::toString);
        Cli j = Cli.run("info", stack("", "").toString(), "--format", "json");
        assertEquals(0, j.code(), j::toString);
        assertTrue(j.out().contains("\"name\": \"EIC.BUMP\", \"from\": \"20/0\", \"package_layer\": \"4/0\", \"shapes\": 1"),
                j::toString);
    }

    private void assertLocated(Cli r, String fragment) {
        assertEquals(Main.EXIT_INPUT, r.code(), r::toString);
        assertTrue(LOCATED.matcher(r.err()).matches(), () -> "one located line expected: " + r);
        assertTrue(r.err().contains(fragment), () -> "expected '" + fragment + "': " + r);
    }

    private Cli check(Path s) {
        return Cli.run("check", s.toString(), "--deck", "builtin:photonic-3d");
    }

    @Test
    void missingDieFile() throws Exception {
        dies();
        Files.delete(dir.resolve("eic.gds"));
        assertLocated(check(stack("", "")), "stack.yaml:11:11: die 'EIC': no such file 'eic.gds'");
    }

    @Test
    void dieFileThatIsNotGdsKeepsItsByteOffset() throws Exception {
        dies();
        Files.writeString(dir.resolve("eic.gds"), "this is not GDSII at all");
        Cli r = check(stack("", ""));
        assertLocated(r, "stack.yaml:11:11: die 'EIC': ");
        assertTrue(r.err().contains("eic.gds: offset "), r::toString);
    }

    @Test
    void unknownKeyWithDidYouMean() throws Exception {
        dies();
        assertLocated(check(stack("  - name: FAU\n    role: fau\n    teir: 1\n    shapes: {OUTLINE: [[-500, 1000, 0, 3100]]}\n",
                "")), "stack.yaml:20:5: unknown key 'teir' in a die; did you mean 'tier'?");
    }

    @Test
    void rotationOtherThanRightAngles() throws Exception {
        dies();
        Path s = stack("", "");
        Files.writeString(s, Files.readString(s).replace("rotate: 90", "rotate: 45"));
        assertLocated(check(s), "stack.yaml:16:13: bad rotate '45' for die 'EIC'");
    }

    @Test
    void duplicateDieNames() throws Exception {
        dies();
        assertLocated(check(stack("  - name: PIC\n    file: pic.gds\n    role: pic\n    tier: 2\n", "")),
                "stack.yaml:18:11: duplicate die name 'PIC' (first at 5:11)");
    }

    @Test
    void deckLayerMappedToAnUnknownDie() throws Exception {
        dies();
        assertLocated(check(stack("", "  RING: PCI.RING\n")), "stack.yaml:23:9: unknown die 'PCI' in 'PCI.RING'; did you mean 'PIC'? (dies: PIC, EIC)");
    }

    @Test
    void deckLayerMappedToALayerTheDieDoesNotHave() throws Exception {
        dies();
        assertLocated(check(stack("", "  RING: PIC.RIGN\n")), "die 'PIC' has no layer 'RIGN'");
    }

    @Test
    void placementOffThePackageGrid() throws Exception {
        dies();
        Path s = stack("", "");
        Files.writeString(s, Files.readString(s).replace("at: [2000, 1500]", "at: [2000, 1500.0004]"));
        assertLocated(check(s), "stack.yaml:14:16: die 'EIC': 1500.0004 um is off the package grid of 0.001 um");
    }

    @Test
    void truncatedUnitsDoubleIsStillTheNanometreGrid() throws Exception {
        // some writers store 1e-3 and 1e-9 a few units short in the last mantissa byte (...A7EC, not
        // KLayout's ...A7F0): the database unit is 0.0009999999999999998 um, and 0.001 um steps of
        // the stack file must still lie on its grid
        dies();
        Path eic = dir.resolve("eic.gds");
        byte[] b = Files.readAllBytes(eic);
        int units = -1;
        for (int i = 0; i + 4 <= b.length; i += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)) {
            if (b[i + 2] == 0x03 && b[i + 3] == 0x05) {
                units = i + 4;
                break;
            }
        }
        assertTrue(units > 0);
        b[units + 7] -= 4;
        b[units + 15] -= 2;
        Files.write(eic, b);
        Path s = stack("", "");
        Files.writeString(s, Files.readString(s).replace("at: [2000, 1500]", "at: [2000, 1500.001]"));
        Cli r = Cli.run("check", s.toString(), "--deck", "builtin:photonic-3d", "--report", "json=-");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("\"rule\": \"TSV.LAND.1\""), r::toString);
    }

    @Test
    void unknownDieInADeckExpression() throws Exception {
        dies();
        Path deck = dir.resolve("deck.yaml");
        Files.writeString(deck, "cpodrc: 1\nname: d\nderived:\n  X: PIC.TSV and EICC.OUTLINE\nrules: []\n");
        Cli r = Cli.run("check", stack("", "").toString(), "--deck", deck.toString());
        assertEquals(Main.EXIT_INPUT, r.code(), r::toString);
        assertTrue(r.err().contains("deck.yaml:4:18: undefined layer 'EICC.OUTLINE'"), r::toString);
        assertTrue(r.err().contains("the stack has no die 'EICC'"), r::toString);
    }
}
