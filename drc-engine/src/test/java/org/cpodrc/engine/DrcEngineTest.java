package org.cpodrc.engine;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cpodrc.InputException;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.check.generic.AreaCheck;
import org.cpodrc.check.generic.InsideCheck;
import org.cpodrc.check.generic.OverlapCheck;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.expr.Expr;
import org.cpodrc.testing.Decks;
import org.cpodrc.testing.MemoryLayerSource;
import org.junit.jupiter.api.Test;

class DrcEngineTest {
    private static final InputInfo INPUT = new InputInfo("t.gds", "TOP", 0.001);

    private final MemoryLayerSource design = new MemoryLayerSource(0.001, "TOP")
            .add("1/0", rect(0, 0, 100_000, 100_000))
            .add("2/0", rect(50_000, 50_000, 60_000, 60_000), rect(90_000, 0, 120_000, 10_000),
                    rect(-5_000, 20_000, 1_000, 21_000));

    private static CheckRegistry registry(Check... extra) {
        List<Check> all = new java.util.ArrayList<>(List.of(new AreaCheck(), new InsideCheck(), new OverlapCheck()));
        all.addAll(List.of(extra));
        return CheckRegistry.of(all.toArray(new Check[0]));
    }

    @Test
    void rulesInDeckOrderViolationsSortedByBoxWithinEachRule() {
        Deck deck = Decks.builder().layer("PIC", "1/0").layer("EIC", "2/0")
                .rule(rule("Z.IN", "inside", "layer", "EIC", "container", "PIC"))
                .rule(rule("A.AREA", "area", Severity.WARNING, null, "layer", "EIC", "min", 150.0))
                .rule(rule("M.OV", "overlap", Severity.INFO, null, "layer", "EIC", "other", "PIC"))
                .build();
        RunResult r = new DrcEngine(registry(), 2).run(deck, design, INPUT, Severity.ERROR);
        assertEquals(List.of("Z.IN", "A.AREA", "M.OV"), r.rules().stream().map(RuleSummary::id).toList());
        assertEquals(List.of(2, 2, 0), r.rules().stream().map(RuleSummary::violations).toList());
        List<Violation> vs = r.violations();
        assertEquals(List.of("Z.IN", "Z.IN", "A.AREA", "A.AREA"), vs.stream().map(Violation::rule).toList());
        assertEquals(-5_000, vs.get(0).x1());
        assertEquals(100_000, vs.get(1).x1());
        assertEquals(-5_000, vs.get(2).x1());
        assertEquals(50_000, vs.get(3).x1());
        assertEquals(Severity.WARNING, vs.get(2).severity());
        assertEquals(3, r.metrics().size());
        assertEquals(2, r.count(Severity.ERROR));
        assertFalse(r.passed());
    }

    @Test
    void failOnDecidesWhichSeveritiesFailTheGate() {
        Deck deck = Decks.builder().layer("EIC", "2/0")
                .rule(rule("A", "area", Severity.WARNING, null, "layer", "EIC", "min", 150.0)).build();
        DrcEngine engine = new DrcEngine(registry(), 1);
        assertTrue(engine.run(deck, design, INPUT, Severity.ERROR).passed());
        assertFalse(engine.run(deck, design, INPUT, Severity.WARNING).passed());
        assertFalse(engine.run(deck, design, INPUT, Severity.INFO).passed());
    }

    @Test
    void messageTemplatesFillPlaceholders() {
        Deck deck = Decks.builder().layer("EIC", "2/0")
                .rule(rule("A.1", "area", Severity.ERROR,
                        "{rule}: {measured} < {required} um2 on {layer}; {nope} {{x}}",
                        "layer", "EIC", "min", 70.0)).build();
        RunResult r = new DrcEngine(registry(), 1).run(deck, design, INPUT, Severity.ERROR);
        assertEquals(List.of("A.1: 6.0 < 70.0 um2 on EIC; {nope} {x}"),
                r.violations().stream().map(Violation::message).toList());
    }

    @Test
    void ruleIdAndSeverityComeFromTheRuleWhateverTheCheckSays() {
        Check sloppy = new Check() {
            public String name() {
                return "sloppy";
            }

            public String summary() {
                return "test";
            }

            public List<ParamSpec> parameters() {
                return List.of();
            }

            public void run(Rule rule, CheckContext ctx, ResultSink sink) {
                sink.violation(new Violation("other", Severity.INFO, null, 0, 0, 1, 1, null, Double.NaN, Double.NaN,
                        "TOP"));
            }
        };
        RunResult r = new DrcEngine(registry(sloppy), 1).run(Decks.builder().rule(rule("S.1", "sloppy")).build(),
                design, INPUT, Severity.ERROR);
        Violation v = r.violations().get(0);
        assertEquals("S.1", v.rule());
        assertEquals(Severity.ERROR, v.severity());
        assertEquals("sloppy violation", v.message());
        assertFalse(r.passed());
    }

    @Test
    void layersAndDerivedLayersAreComputedOnceAcrossThreads() {
        AtomicInteger evaluations = new AtomicInteger();
        Expr bigEic = ctx -> {
            evaluations.incrementAndGet();
            return ctx.layer("EIC").and(ctx.layer("PIC"));
        };
        Decks b = Decks.builder().layer("PIC", "1/0").layer("EIC", "2/0").layer("PIC2", "1/0").derived("IN", bigEic);
        for (int i = 0; i < 40; i++) {
            b.rule(rule("R" + i, "area", "layer", i % 2 == 0 ? "IN" : "PIC2", "min", 1.0 + i));
        }
        RunResult r = new DrcEngine(registry(), 4).run(b.build(), design, INPUT, Severity.ERROR);
        assertEquals(40, r.rules().size());
        assertEquals(1, evaluations.get());
        assertEquals(1, design.reads("2/0"));
        // PIC and PIC2 name the same layer; the engine memoises by name, the CLI's source by layer
        assertEquals(2, design.reads("1/0"));
    }

    @Test
    void aLayerReadOnlyMergedIsMergedByTheSourceAndOneReadRawIsMergedFromThatRead() {
        // the source may then skip keeping the unmerged shapes (LayoutLayerSource: a flattened copy)
        Deck mergedOnly = Decks.builder().layer("EIC", "2/0").rule(rule("A", "area", "layer", "EIC", "min", 1.0)).build();
        new DrcEngine(registry(), 1).run(mergedOnly, design, INPUT, Severity.ERROR);
        assertEquals(1, design.mergedReads("2/0"));
        assertEquals(1, design.reads("2/0"));
        // read raw first (by a derived layer), the layer is merged from that read: one read in all
        MemoryLayerSource fresh = new MemoryLayerSource(0.001, "TOP").add("1/0", rect(0, 0, 10, 10));
        Deck rawFirst = Decks.builder().layer("PIC", "1/0").derived("BIG", ctx -> ctx.layer("PIC").sized(1))
                .rule(rule("B", "area", "layer", "BIG", "min", 1.0))
                .rule(rule("P", "area", "layer", "PIC", "min", 1.0)).build();
        new DrcEngine(registry(), 1).run(rawFirst, fresh, INPUT, Severity.ERROR);
        assertEquals(0, fresh.mergedReads("1/0"));
        assertEquals(1, fresh.reads("1/0"));
    }

    @Test
    void mergedLayersAreSharedByAllRules() {
        java.util.Set<org.cpodrc.geom.Region> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Check recorder = new Check() {
            public String name() {
                return "record_merged";
            }

            public String summary() {
                return "test";
            }

            public List<ParamSpec> parameters() {
                return List.of();
            }

            public void run(Rule rule, CheckContext ctx, ResultSink sink) {
                seen.add(ctx.merged("EIC"));
            }
        };
        Decks b = Decks.builder().layer("EIC", "2/0");
        for (int i = 0; i < 12; i++) {
            b.rule(rule("R" + i, "record_merged"));
        }
        new DrcEngine(registry(recorder), 4).run(b.build(), design, INPUT, Severity.ERROR);
        assertEquals(1, seen.size(), "one merged region, computed once, for every rule");
        assertTrue(seen.iterator().next().isMerged());
        assertEquals(3, seen.iterator().next().size());
    }

    @Test
    void aCycleOfDerivedLayersIsAnInputError() {
        Deck deck = Decks.builder().layer("PIC", "1/0")
                .derived("A", ctx -> ctx.layer("B").or(ctx.layer("PIC")))
                .derived("B", ctx -> ctx.layer("A"))
                .rule(rule("R", "area", "layer", "A", "min", 1.0)).build();
        InputException e = assertThrows(InputException.class,
                () -> new DrcEngine(registry(), 1).run(deck, design, INPUT, Severity.ERROR));
        assertEquals("test.yaml: rule R: derived layers refer to each other: A -> B -> A", e.getMessage());
    }

    @Test
    void unknownLayerOrCheckIsAnInputError() {
        Deck unknownLayer = Decks.builder().rule(rule("R", "area", "layer", "NOPE", "min", 1.0)).build();
        InputException e = assertThrows(InputException.class,
                () -> new DrcEngine(registry(), 1).run(unknownLayer, design, INPUT, Severity.ERROR));
        assertEquals("test.yaml: rule R: unknown layer 'NOPE'", e.getMessage());
        Deck unknownCheck = Decks.builder().rule(rule("R", "frobnicate")).build();
        e = assertThrows(InputException.class,
                () -> new DrcEngine(registry(), 1).run(unknownCheck, design, INPUT, Severity.ERROR));
        assertTrue(e.getMessage().contains("frobnicate"), e.getMessage());
    }

    @Test
    void aCrashingCheckIsAnInternalErrorNamingTheFirstFailingRuleInDeckOrder() {
        Check broken = new Stub("broken", () -> {
            throw new IllegalStateException("boom");
        });
        Deck deck = Decks.builder().layer("EIC", "2/0")
                .rule(rule("OK", "area", "layer", "EIC", "min", 1.0))
                .rule(rule("B1", "broken"))
                .rule(rule("B2", "broken")).build();
        for (int threads : new int[] {1, 3}) {
            RuleFailedException e = assertThrows(RuleFailedException.class,
                    () -> new DrcEngine(registry(broken), threads).run(deck, design, INPUT, Severity.ERROR));
            assertTrue(e.getMessage().startsWith("rule B1 (check broken) failed"), e.getMessage());
            assertInstanceOf(IllegalStateException.class, e.getCause());
        }
    }

    @Test
    void inputErrorsFromChecksStayInputErrors() {
        Check picky = new Stub("picky", () -> {
            throw new InputException("deck.yaml:3:5: bad value");
        });
        Deck deck = Decks.builder().rule(rule("P", "picky")).build();
        InputException e = assertThrows(InputException.class,
                () -> new DrcEngine(registry(picky), 2).run(deck, design, INPUT, Severity.ERROR));
        assertEquals("test.yaml: rule P: deck.yaml:3:5: bad value", e.getMessage());
    }

    /** A check that only runs the given action. */
    record Stub(String name, Runnable action) implements Check {
        @Override
        public String summary() {
            return "test stub";
        }

        @Override
        public List<ParamSpec> parameters() {
            return List.of();
        }

        @Override
        public void run(Rule rule, CheckContext context, ResultSink sink) {
            action.run();
        }
    }
}
