package org.cpodrc.deck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.layout.LayerKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading valid decks: values converted, defaults filled, extends merged, params overridden. */
class DeckLoaderTest {
    @TempDir
    Path dir;

    private final DeckLoader loader = new DeckLoader(CheckRegistry.standard());

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Deck load(String text, Map<String, String> params) throws IOException {
        return loader.load(write("deck.yaml", text).toString(), params);
    }

    @Test
    void convertsEveryParameterTypeAndFillsDefaults() throws IOException {
        Deck deck = load("""
                cpodrc: 1
                name: all
                description: every type
                stack: photonic-3d
                layers:
                  WG: 1/0
                  TSV: "10/2"
                  PAD: 3
                labels: [PAD]
                targets:
                  mine: 1317GB/s/mm
                derived:
                  NEAR: WG and (TSV sized 15um)
                rules:
                  - id: A.1
                    check: test_all_types
                    layer: NEAR
                    length: 0.127mm
                    area: 2.5um2
                    number: 0.25
                    integer: 12
                    angle: 80
                    flag: true
                    text: hello
                    metric: square
                    limits: [500nm, 2um]
                    rate: 1.6Tbps
                    target: mine
                    severity: warning
                    description: all of them
                    message: "{measured} < {required} on {layer}"
                  - id: A.2
                    check: test_all_types
                    layer: WG
                """, Map.of());
        assertEquals("all", deck.name());
        assertEquals("every type", deck.description());
        assertEquals("photonic-3d", deck.stack());
        assertEquals(Map.of("WG", new LayerKey(1, 0), "TSV", new LayerKey(10, 2), "PAD", new LayerKey(3, 0)),
                deck.layers());
        assertEquals(List.of("PAD"), deck.labelLayers());
        assertEquals(10.536, deck.targets().get("mine"), 1e-12);
        assertEquals("WG and TSV sized 15um", deck.derived().get("NEAR").expr().toString());

        Rule a = deck.rules().get(0);
        assertEquals("A.1", a.id());
        assertEquals(Severity.WARNING, a.severity());
        assertEquals("all of them", a.description());
        assertEquals("{measured} < {required} on {layer}", a.messageTemplate());
        assertEquals("NEAR", a.layer("layer"));
        assertEquals(127.0, a.lengthUm("length"));
        assertEquals(2.5, a.number("area", 0));
        assertEquals(0.25, a.number("number", 0));
        assertEquals(12L, a.params().get("integer"));
        assertEquals(80.0, a.number("angle", 0));
        assertEquals(Boolean.TRUE, a.params().get("flag"));
        assertEquals("hello", a.string("text"));
        assertEquals("square", a.string("metric"));
        assertArrayEquals(new double[] {0.5, 2.0}, a.lengthRangeUm("limits"));
        assertEquals(1600.0, a.number("rate", 0));
        assertEquals("mine", a.string("target"));

        Rule b = deck.rules().get(1);
        assertEquals(Severity.ERROR, b.severity());
        assertNull(b.description());
        assertNull(b.messageTemplate());
        assertEquals(2.0, b.lengthUm("length"));
        assertEquals(10.0, b.number("area", 0));
        assertEquals(3L, b.params().get("integer"));
        assertEquals(Boolean.FALSE, b.params().get("flag"));
        assertEquals("euclidian", b.string("metric"));
        assertArrayEquals(new double[] {0, 1000}, b.lengthRangeUm("limits"));
        assertEquals(200.0, b.number("rate", 0));
        assertEquals("chiplet-3tbps", b.string("target"));
        assertEquals(false, b.has("text"), "no default, not given: absent");
    }

    @Test
    void paramsSubstituteWholeValuesAndInsideStringsAndExpressions() throws IOException {
        String deck = """
                cpodrc: 1
                name: p
                params:
                  koz: 15um
                  width: 2um
                  wide: ${width}
                  layer_name: WG
                layers:
                  WG: 1/0
                  TSV: 10/0
                derived:
                  NEAR: WG and (TSV sized ${koz})
                rules:
                  - id: W.1
                    check: test_width
                    layer: ${layer_name}
                    min: ${wide}
                    description: width at least ${wide} on ${layer_name}
                """;
        Deck d = load(deck, Map.of());
        assertEquals(2.0, d.rules().get(0).lengthUm("min"));
        assertEquals("width at least 2um on WG", d.rules().get(0).description());
        assertEquals("WG and TSV sized 15um", d.derived().get("NEAR").expr().toString());
        assertEquals(Map.of("koz", "15um", "width", "2um", "wide", "2um", "layer_name", "WG"), d.params());

        Deck o = load(deck, Map.of("width", "0.5mm", "koz", "-1um"));
        assertEquals(500.0, o.rules().get(0).lengthUm("min"), "override reaches params that refer to it");
        assertEquals("WG and TSV sized -1um", o.derived().get("NEAR").expr().toString());
    }

    @Test
    void extendsMergesParamsLayersAndRulesById() throws IOException {
        write("base/base.yaml", """
                cpodrc: 1
                name: base
                description: the base
                stack: fopop
                params:
                  min: 1um
                layers:
                  WG: 1/0
                  M1: 5/0
                labels: [M1]
                rules:
                  - id: KEEP
                    check: test_width
                    layer: WG
                    min: ${min}
                  - id: REPLACE
                    check: test_width
                    layer: WG
                    min: 1um
                  - id: DROP
                    check: test_width
                    layer: M1
                    min: 1um
                """);
        Deck d = load("""
                cpodrc: 1
                name: child
                extends: base/base.yaml
                params:
                  min: 3um
                layers:
                  WG: 100/0
                rules:
                  - id: NEW
                    check: test_width
                    layer: M1
                    min: 4um
                  - id: REPLACE
                    check: test_width
                    layer: M1
                    min: 2um
                    severity: info
                  - id: DROP
                    enabled: false
                """, Map.of());
        assertEquals("child", d.name());
        assertEquals("the base", d.description(), "inherited when the child has none");
        assertEquals("fopop", d.stack());
        assertEquals(new LayerKey(100, 0), d.layers().get("WG"));
        assertEquals(new LayerKey(5, 0), d.layers().get("M1"));
        assertEquals(List.of("M1"), d.labelLayers());
        assertEquals(List.of("KEEP", "REPLACE", "NEW"), d.rules().stream().map(Rule::id).toList());
        assertEquals(3.0, d.rules().get(0).lengthUm("min"), "the child's param value reaches the base's rule");
        Rule replaced = d.rules().get(1);
        assertEquals("M1", replaced.layer("layer"));
        assertEquals(Severity.INFO, replaced.severity());
    }

    @Test
    void extendsBuiltinDecksFromTheClasspath() throws IOException {
        Deck d = load("""
                cpodrc: 1
                name: mine
                extends: builtin:test-base
                params:
                  min_width: 0.25um
                rules:
                  - id: TSV.W.1
                    enabled: false
                """, Map.of());
        assertEquals("mine", d.name());
        assertEquals("fopop", d.stack());
        assertEquals(1, d.rules().size());
        assertEquals(0.25, d.rules().get(0).lengthUm("min"));

        Deck builtin = loader.load("builtin:test-base", Map.of("min_width", "7um"));
        assertEquals("builtin:test-base", builtin.source());
        assertEquals(7.0, builtin.rules().get(0).lengthUm("min"));
    }

    @Test
    void builtinDecksExtendTheirNeighboursByRelativePathAndAreListed() {
        Deck d = loader.load("builtin:test-child", Map.of());
        assertEquals(List.of("WG.W.1"), d.rules().stream().map(Rule::id).toList());
        assertEquals(List.of(new BuiltinDecks.Entry("test-base", "Tiny builtin deck for tests"),
                        new BuiltinDecks.Entry("test-child", "Builtin deck extending its neighbour by a relative path")),
                BuiltinDecks.list(getClass().getClassLoader()));
    }

    @Test
    void importsLayerNamesFromKLayoutLypWithExplicitOverrides() throws IOException {
        write("layers/tech.lyp", """
                <?xml version="1.0" encoding="utf-8"?>
                <layer-properties>
                 <properties>
                  <frame-color>#ff0000</frame-color>
                  <name>WG 1/0</name>
                  <source>1/0@1</source>
                 </properties>
                 <properties>
                  <name>SLAB (2/0)</name>
                  <source>2/0@1</source>
                 </properties>
                 <properties>
                  <source>3/0@1</source>
                 </properties>
                 <properties>
                  <name>metal group</name>
                  <source>*/*@*</source>
                  <group-members>
                   <name/>
                   <source>M1 41/0@1</source>
                  </group-members>
                  <group-members>
                   <name>M2 (42/0)</name>
                   <source>42/0@1</source>
                  </group-members>
                 </properties>
                 <properties>
                  <name>Heater</name>
                  <source>47/5@1</source>
                 </properties>
                </layer-properties>
                """);
        Deck d = load("""
                cpodrc: 1
                name: lyp
                layers:
                  lyp: layers/tech.lyp
                  SLAB: 20/1
                """, Map.of());
        assertEquals(Map.of("WG", new LayerKey(1, 0), "SLAB", new LayerKey(20, 1), "M1", new LayerKey(41, 0),
                "M2", new LayerKey(42, 0), "Heater", new LayerKey(47, 5)), d.layers());
    }

    @Test
    void derivedLayersMayUseEachOtherInAnyOrder() throws IOException {
        Deck d = load("""
                cpodrc: 1
                name: chain
                layers: {WG: 1/0, TSV: 10/0}
                derived:
                  KOZ_NEAR: WG and KOZ
                  KOZ: TSV sized 5um
                rules:
                  - {id: K.1, check: test_width, layer: KOZ_NEAR, min: 1}
                """, Map.of());
        assertEquals("WG and KOZ", d.derived().get("KOZ_NEAR").expr().toString());
        assertEquals("WG and KOZ", d.derived().get("KOZ_NEAR").source());
        assertEquals("KOZ_NEAR", d.rules().get(0).layer("layer"));
    }

    @Test
    void keepsDeckOrderOfRulesAndLayers() throws IOException {
        Deck d = load("""
                cpodrc: 1
                name: order
                layers: {Z: 1/0, A: 2/0, M: 3/0}
                rules:
                  - {id: R.2, check: test_width, layer: Z, min: 1}
                  - {id: R.1, check: test_width, layer: A, min: 1}
                """, Map.of());
        assertEquals(List.of("Z", "A", "M"), List.copyOf(d.layers().keySet()));
        assertEquals(List.of("R.2", "R.1"), d.rules().stream().map(Rule::id).toList());
    }

    @Test
    void aMissingDeckFileIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> loader.load(dir.resolve("nope.yaml").toString(), Map.of()));
        assertEquals(dir.resolve("nope.yaml") + ": cannot read deck: no such file", e.getMessage());
    }

    @Test
    void anUnknownBuiltinDeckSuggestsTheClosestName() {
        InputException e = assertThrows(InputException.class, () -> loader.load("builtin:test-bse", Map.of()));
        assertEquals("builtin:test-bse: no such builtin deck; did you mean 'test-base'? (builtin decks: test-base, test-child)",
                e.getMessage());
    }
}
