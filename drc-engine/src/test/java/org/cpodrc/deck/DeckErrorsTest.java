package org.cpodrc.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of deck mistake; each asserts the whole message with its line and column. */
class DeckErrorsTest {
    @TempDir
    Path dir;

    // only the test checks, so messages listing the known checks do not change when real checks are added
    private final DeckLoader loader = new DeckLoader(CheckRegistry.of(new TestChecks.Width(), new TestChecks.AllTypes()));

    private static final String HEAD = """
            cpodrc: 1
            name: x
            params: {width: 2um}
            layers: {WG: 1/0, TSV: 10/0}
            """;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    /** The message of loading deck.yaml, with the temp folder left out of paths. */
    private String error(String deck, Map<String, String> params) throws IOException {
        write("deck.yaml", deck);
        InputException e = assertThrows(InputException.class,
                () -> loader.load(dir.resolve("deck.yaml").toString(), params));
        return e.getMessage().replace(dir + java.io.File.separator, "");
    }

    private String error(String deck) throws IOException {
        return error(deck, Map.of());
    }

    /** HEAD plus one rule of test_width with the given extra lines (rule starts at line 6). */
    private String rule(String lines) {
        return HEAD + "rules:\n  - id: W.1\n" + lines;
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        assertEquals("deck.yaml:3:1: unknown key 'layer' in the deck; did you mean 'layers'?",
                error("cpodrc: 1\nname: x\nlayer:\n  WG: 1/0\n"));
    }

    @Test
    void misspeltRuleKey() throws IOException {
        assertEquals("deck.yaml:8:5: unknown key 'layr' in rule 'W.1'; did you mean 'layer'?",
                error(rule("    check: test_width\n    layr: WG\n    min: 1um\n")));
    }

    @Test
    void wrongKindOfValue() throws IOException {
        assertEquals("deck.yaml:3:9: expected 'layers' to be a mapping (key: value), found a list",
                error("cpodrc: 1\nname: x\nlayers: [WG]\n"));
        assertEquals("deck.yaml:9:10: expected a length (127um, 0.127mm, 500nm; bare = µm) for 'min', found a list",
                error(rule("    check: test_width\n    layer: WG\n    min: [1, 2]\n")));
    }

    @Test
    void missingRequiredKey() throws IOException {
        assertEquals("deck.yaml:1:1: missing key 'name' in the deck", error("cpodrc: 1\nlayers: {}\n"));
        assertEquals("deck.yaml:1:1: missing key 'cpodrc' in the deck", error("name: x\n"));
        assertEquals("deck.yaml:6:5: missing key 'check' in rule 'W.1'", error(rule("    layer: WG\n")));
    }

    @Test
    void missingRequiredParameter() throws IOException {
        assertEquals("deck.yaml:6:5: rule 'W.1' misses parameter 'min' of check 'test_width' (required: layer, min)",
                error(rule("    check: test_width\n    layer: WG\n")));
    }

    @Test
    void badUnit() throws IOException {
        assertEquals("deck.yaml:9:11: unknown length unit 'uq' in '2uq'; did you mean 'um'? "
                        + "(accepted: mm, nm, um, µm, μm; a bare number is µm)",
                error(rule("    check: test_width\n    layer: WG\n    min: 2uq\n")));
        assertEquals("deck.yaml:9:10: bad length 'wide': expected a number with a unit "
                        + "(mm, nm, um, µm, μm; a bare number is µm)",
                error(rule("    check: test_width\n    layer: WG\n    min: wide\n")));
    }

    @Test
    void duplicateRuleId() throws IOException {
        assertEquals("deck.yaml:7:10: duplicate rule id 'W.1' (first at deck.yaml:6:10)",
                error(HEAD + "rules:\n  - {id: W.1, check: test_width, layer: WG, min: 1}\n"
                        + "  - {id: W.1, check: test_width, layer: WG, min: 2}\n"));
    }

    @Test
    void badRuleIdCharacter() throws IOException {
        assertEquals("deck.yaml:6:11: bad character ' ' in rule id 'W 1' (use letters, digits, '.', '_' and '-')",
                error(HEAD + "rules:\n  - id: \"W 1\"\n    check: test_width\n"));
    }

    @Test
    void undefinedLayerInRule() throws IOException {
        assertEquals("deck.yaml:8:12: undefined layer 'WGG'; did you mean 'WG'?",
                error(rule("    check: test_width\n    layer: WGG\n    min: 1\n")));
    }

    @Test
    void undefinedLayerInExpressionIsLocatedInsideTheString() throws IOException {
        String pre = HEAD + "derived:\n  NEAR: ";
        assertEquals("deck.yaml:6:17: undefined layer 'TSVV'; did you mean 'TSV'?",
                error(pre + "WG and (TSVV sized 1um)\n"), "plain scalar");
        assertEquals("deck.yaml:6:18: undefined layer 'TSVV'; did you mean 'TSV'?",
                error(pre + "\"WG and (TSVV sized 1um)\"\n"), "double-quoted: one more for the quote");
        assertEquals("deck.yaml:6:23: undefined layer 'TSVV'; did you mean 'TSV'?",
                error(pre + "\"W\\u0047 and (TSVV sized 1um)\"\n"), "an escape is six characters in the file");
        assertEquals("deck.yaml:6:36: undefined layer 'TSVV'; did you mean 'TSV'?",
                error(pre + "'with_text(WG, ''P*'') and TSVV'\n"), "'' is two characters in the file");
        assertEquals("deck.yaml:8:6: undefined layer 'TSVV'; did you mean 'TSV'?",
                error(pre + ">-\n    WG and\n    (TSVV sized 1um)\n"), "folded block scalar");
        assertEquals("deck.yaml:6:16: undefined layer 'TSVV'; did you mean 'TSV'?",
                error(HEAD.replace("{width: 2um}", "{width: 2um, l: TSVV}") + "derived:\n  NEAR: WG and ${l}\n"),
                "a name from a param is reported at the ${");
    }

    @Test
    void expressionSyntaxErrorAtTheFault() throws IOException {
        String pre = HEAD + "derived:\n  NEAR: ";
        assertEquals("deck.yaml:6:16: expected a layer name, a function or '(' but found 'and'",
                error(pre + "WG and and TSV\n"));
        assertEquals("deck.yaml:6:20: expected ')' to close '(' but found end of expression",
                error(pre + "(WG and TSV\n"));
        assertEquals("deck.yaml:6:17: expected a length after 'sized' (e.g. 2um or -0.5um) but found end of expression",
                error(pre + "WG sized\n"));
        assertEquals("deck.yaml:6:12: expected an operator (or, xor, not, and, sized) but found 'adn', did you mean 'and'?",
                error(pre + "WG adn TSV\n"));
        assertEquals("deck.yaml:6:9: unknown function 'merge'; did you mean 'merged'?",
                error(pre + "merge(WG)\n"));
    }

    @Test
    void derivedLayerCycle() throws IOException {
        assertEquals("deck.yaml:7:6: derived layers form a cycle: A -> B -> A",
                error(HEAD + "derived:\n  A: B and WG\n  B: A or WG\n"));
    }

    @Test
    void unknownCheckName() throws IOException {
        assertEquals("deck.yaml:7:12: unknown check 'test_widht'; did you mean 'test_width'? "
                        + "(known: test_all_types, test_width)",
                error(rule("    check: test_widht\n    layer: WG\n")));
    }

    @Test
    void extendsCycle() throws IOException {
        write("a.yaml", "cpodrc: 1\nname: a\nextends: b.yaml\n");
        write("b.yaml", "cpodrc: 1\nname: b\nextends: ./a.yaml\n");
        InputException e = assertThrows(InputException.class,
                () -> loader.load(dir.resolve("a.yaml").toString(), Map.of()));
        assertEquals("b.yaml:3:10: extends cycle: a.yaml -> b.yaml -> a.yaml",
                e.getMessage().replace(dir + java.io.File.separator, ""));
    }

    @Test
    void missingExtendsFile() throws IOException {
        assertEquals("deck.yaml:3:10: cannot read base deck 'nothere.yaml' (nothere.yaml: no such file)",
                error("cpodrc: 1\nname: x\nextends: nothere.yaml\n"));
        assertEquals("deck.yaml:3:10: cannot read base deck 'builtin:nope' (no such builtin deck; see 'cpodrc deck list')",
                error("cpodrc: 1\nname: x\nextends: builtin:nope\n"));
    }

    @Test
    void unknownParamReference() throws IOException {
        assertEquals("deck.yaml:9:10: unknown param 'widht'; did you mean 'width'?",
                error(rule("    check: test_width\n    layer: WG\n    min: ${widht}\n")));
        assertEquals("deck.yaml:10:28: unknown param 'widht'; did you mean 'width'?",
                error(rule("    check: test_width\n    layer: WG\n    min: 1\n    description: \"at least ${widht}\"\n")));
    }

    @Test
    void badParamOnTheCommandLine() throws IOException {
        assertEquals("--param widht=3um: unknown param 'widht'; did you mean 'width'? (the deck declares: width)",
                error(rule("    check: test_width\n    layer: WG\n    min: ${width}\n"), Map.of("widht", "3um")));
        assertEquals("deck.yaml:9:10: bad length 'abc': expected a number with a unit "
                        + "(mm, nm, um, µm, μm; a bare number is µm)",
                error(rule("    check: test_width\n    layer: WG\n    min: ${width}\n"), Map.of("width", "abc")),
                "a bad value from --param is reported where it is used");
    }

    @Test
    void wrongFormatVersion() throws IOException {
        assertEquals("deck.yaml:1:9: unsupported deck format version '2' (this cpodrc reads version 1: write 'cpodrc: 1')",
                error("cpodrc: 2\nname: x\n"));
    }

    @Test
    void malformedYaml() throws IOException {
        assertEquals("deck.yaml:3:1: malformed YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence)",
                error("cpodrc: 1\nname: [x\n"));
        assertEquals("deck.yaml:1:1: the deck is empty", error("# nothing\n"));
    }

    @Test
    void duplicateYamlKey() throws IOException {
        assertEquals("deck.yaml:3:1: duplicate key 'name' in the deck (first at 2:1)", error("cpodrc: 1\nname: x\nname: y\n"));
    }

    @Test
    void invalidSeverity() throws IOException {
        assertEquals("deck.yaml:10:15: invalid severity 'eror': expected error, warning or info; did you mean 'error'?",
                error(rule("    check: test_width\n    layer: WG\n    min: 1\n    severity: eror\n")));
    }

    @Test
    void unknownMessagePlaceholder() throws IOException {
        assertEquals("deck.yaml:10:19: unknown placeholder '{measurd}'; did you mean 'measured'? "
                        + "(known: measured, required, rule, check, severity, description, message, layer, min)",
                error(rule("    check: test_width\n    layer: WG\n    min: 1\n    message: \"got {measurd} want {required}\"\n")));
    }

    @Test
    void badValuesOfTypedParameters() throws IOException {
        String all = HEAD + "rules:\n  - id: A.1\n    check: test_all_types\n    layer: WG\n";
        assertEquals("deck.yaml:9:13: expected one of euclidian, square, projection, found 'squre'; did you mean 'square'?",
                error(all + "    metric: squre\n"));
        assertEquals("deck.yaml:9:19: range [min, max] has min 2 µm above max 1 µm", error(all + "    limits: [2um, 1um]\n"));
        assertEquals("deck.yaml:9:14: expected an integer, found '2.5'", error(all + "    integer: 2.5\n"));
        assertEquals("deck.yaml:9:11: expected true or false, found 'yes'", error(all + "    flag: yes\n"));
        assertEquals("deck.yaml:9:14: unknown rate unit 'Gbit' in '200Gbit' (accepted: GB/s, Gb/s, Gbps, Mbps, TB/s, "
                + "Tb/s, Tbps; a bare number is Gbps)", error(all + "    rate: 200Gbit\n"));
        assertEquals("deck.yaml:9:13: expected a density (3Tbps/mm, 1317GB/s/mm, 200Gbps/mm) or a target name, found "
                        + "'chiplet-3tbp'; did you mean 'chiplet-3tbps'? (targets: chiplet-3tbps, cpo-today, "
                        + "oif-3.2t-module, ucie-a-16g, ucie-a-32g, ucie-advanced, ucie-s-16g, ucie-s-32g, ucie-standard)",
                error(all + "    target: chiplet-3tbp\n"));
    }

    @Test
    void badLayersLabelsTargetsAndStack() throws IOException {
        assertEquals("deck.yaml:3:14: bad layer '1-0' for 'WG': expected LAYER/DATATYPE such as 1/0",
                error("cpodrc: 1\nname: x\nlayers: {WG: 1-0}\n"));
        assertEquals("deck.yaml:3:10: 'and' is a reserved word and cannot name a layer",
                error("cpodrc: 1\nname: x\nlayers: {and: 1/0}\n"));
        assertEquals("deck.yaml:5:10: labels: 'WGG' is not a layer in 'layers'; did you mean 'WG'?",
                error(HEAD + "labels: [WGG]\n"));
        assertEquals("deck.yaml:5:18: unknown density unit 'Tbps' in '3Tbps' (accepted: GB/s/mm, Gb/s/mm, Gbps/mm, "
                + "TB/s/mm, Tb/s/mm, Tbps/mm; a bare number is Tbps/mm)", error(HEAD + "targets: {mine: 3Tbps}\n"));
        assertEquals("deck.yaml:3:8: unknown stack 'photonic3d': expected photonic-3d or fopop; did you mean 'photonic-3d'?",
                error("cpodrc: 1\nname: x\nstack: photonic3d\n"));
    }

    @Test
    void paramsReferringToEachOtherInACycle() throws IOException {
        assertEquals("deck.yaml:3:13: params refer to each other in a cycle: a -> b -> a",
                error("cpodrc: 1\nname: x\nparams: {a: \"${b}\", b: \"${a}\"}\n"));
    }

    @Test
    void badLypFiles() throws IOException {
        assertEquals("deck.yaml:4:8: cannot read layer properties 'none.lyp' (none.lyp: no such file)",
                error("cpodrc: 1\nname: x\nlayers:\n  lyp: none.lyp\n"));
        write("bad.lyp", "<layer-properties>\n <properties>\n</layer-properties>\n");
        assertEquals("bad.lyp:3:3: malformed layer-properties XML: The element type \"properties\" must be terminated by "
                + "the matching end-tag \"</properties>\".", error("cpodrc: 1\nname: x\nlayers:\n  lyp: bad.lyp\n"));
    }

    @Test
    void literalBlockAndMultiLinePlainScalarsAreLocated() throws IOException {
        String pre = HEAD + "derived:\n  NEAR: ";
        assertEquals("deck.yaml:8:12: undefined layer 'TSVV'; did you mean 'TSV'?",
                error(pre + "|\n    WG and\n    (WG or TSVV)\n"));
        assertEquals("deck.yaml:7:6: undefined layer 'TSVV'; did you mean 'TSV'?",
                error(pre + "WG and\n    (TSVV)\n"));
    }

    @Test
    void windowsLineEndingsKeepLinesAndColumns() throws IOException {
        String deck = (HEAD + "derived:\n  NEAR: >-\n    WG and\n    (TSVV)\n").replace("\n", "\r\n");
        assertEquals("deck.yaml:8:6: undefined layer 'TSVV'; did you mean 'TSV'?", error(deck));
    }
}
