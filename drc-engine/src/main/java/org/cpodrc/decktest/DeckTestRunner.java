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
import org.cpodrc.engine.LayoutLayerSource;
import org.cpodrc.engine.RunResult;

/**
 * Runs deck test files: loads the deck (once per distinct set of param overrides), reads every
 * test file against it before running anything (so a bad file costs no run), then runs each
 * case's layout through the real {@link DrcEngine} and holds each expectation against the result.
 */
public final class DeckTestRunner {
    /** Inline layouts are tiny; the limit only guards a test that names a huge GDS file. */
    private static final long MAX_SHAPES = 50_000_000L;
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
        Deck deck = deck(c.params(), c.paramsAt());
        LayoutLayerSource source = new LayoutLayerSource(c.layout(), List.of(c.top()), MAX_SHAPES);
        double dbu = c.layout().dbuUm();
        InputInfo input = new InputInfo(file.name() + " case '" + c.name() + "'", c.top().name(), dbu);
        RunResult r;
        try {
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
