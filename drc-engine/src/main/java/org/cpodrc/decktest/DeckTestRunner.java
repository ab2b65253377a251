package org.cpodrc.decktest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.engine.DrcEngine;
import org.cpodrc.engine.InputInfo;
import org.cpodrc.engine.LayerSource;
import org.cpodrc.engine.LayoutLayerSource;
import org.cpodrc.engine.RunResult;

/**
 * Runs deck test files: loads the deck (once per distinct set of param overrides), reads every
 * test file against it before running anything (so a bad file costs no run), then runs each
 * case's layout through the real {@link DrcEngine} and holds each expectation against the result.
 */
public final class DeckTestRunner {
    private static final long MAX_SHAPES = DeckTestReader.MAX_SHAPES;
    private final CheckRegistry registry;
    private final String deckRef;
    private final Map<String, String> params;
    private final Map<Map<String, String>, Deck> decks = new HashMap<>();

    /**
     * @param deckRef a deck file or builtin:NAME
     * @param params  {@code --param} overrides applied to every case (a case's own params win)
     */
    public DeckTestRunner(CheckRegistry registry, String deckRef, Map<String, String> params) {
        this.registry = registry;
        this.deckRef = deckRef;
        this.params = Map.copyOf(params);
    }

    /** The deck as the command line gives it (no case overrides). */
    public Deck deck() {
        return deck(Map.of(), null);
    }

    /** Reads every file first; any mistake is an {@link InputException} before a case runs. */
    public List<DeckTestFile> read(List<TestSource> sources) {
        Deck deck = deck();
        Set<String> own = deck.rules().stream().map(Rule::id).collect(Collectors.toSet());
        List<DeckTestFile> files = new ArrayList<>();
        for (TestSource s : sources) {
            Set<String> skipped = new HashSet<>();
            if (s.shipped() != null) {
                // rules the shipped deck has and this deck disabled: their expectations do not apply
                new DeckLoader(registry).load(s.shipped(), Map.of()).rules().stream().map(Rule::id)
                        .filter(id -> !own.contains(id)).forEach(skipped::add);
            }
            files.add(new DeckTestReader(deck, skipped).read(s));
        }
        return files;
    }

    public DeckTestResult run(List<DeckTestFile> files) {
        List<CaseResult> results = new ArrayList<>();
        for (DeckTestFile f : files) {
            for (TestCase c : f.cases()) {
                results.add(run(f, c));
            }
        }
        return new DeckTestResult(deck(), results);
    }

    private CaseResult run(DeckTestFile file, TestCase c) {
        String label = file.name() + " case '" + c.name() + "'";
        Deck deck = c.stack() == null ? deck(c.params(), c.paramsAt()) : null; // locates its own errors
        LayerSource source;
        InputInfo input;
        double dbu;
        RunResult r;
        try {
            if (c.stack() != null) {
                // a stack binds the deck's layer names through its layers: map, so the deck is loaded for it
                deck = stackDeck(c);
                source = c.stack().layerSource();
                dbu = c.stack().dbuUm();
                input = new InputInfo(label, c.stack().name(), dbu, c.stack().assembly());
            } else {
                source = new LayoutLayerSource(c.layout(), List.of(c.top()), MAX_SHAPES);
                dbu = c.layout().dbuUm();
                input = new InputInfo(label, c.top().name(), dbu);
            }
            r = new DrcEngine(registry, 1).run(deck, source, input, Severity.ERROR);
        } catch (InputException e) {
            throw new InputException(c.where() + ": case '" + c.name() + "': " + e.getMessage());
        }
        Map<String, List<Violation>> byRule = new LinkedHashMap<>();
        for (Violation v : r.violations()) {
            byRule.computeIfAbsent(v.rule(), k -> new ArrayList<>()).add(v);
        }
        List<RuleCheck> checks = new ArrayList<>();
        c.expect().forEach((rule, e) -> checks.add(RuleCheck.of(rule, e, byRule.getOrDefault(rule, List.of()), dbu)));
        return new CaseResult(file.name(), c, checks);
    }

    private Deck stackDeck(TestCase c) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.putAll(c.params());
        return new DeckLoader(registry).load(deckRef, all, c.stack().designLayers());
    }

    private Deck deck(Map<String, String> overrides, String where) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.putAll(overrides);
        Deck d = decks.get(all);
        if (d == null) {
            try {
                d = new DeckLoader(registry).load(deckRef, all);
            } catch (InputException e) {
                if (where == null) {
                    throw e;
                }
                throw new InputException(where + ": params: " + e.getMessage());
            }
            decks.put(all, d);
        }
        return d;
    }
}
