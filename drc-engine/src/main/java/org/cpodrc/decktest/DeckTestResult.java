package org.cpodrc.decktest;

import java.util.List;

import org.cpodrc.deck.Deck;

/** Every case of every test file run against one deck, in file and case order. */
public record DeckTestResult(Deck deck, List<CaseResult> cases) {
    public DeckTestResult {
        cases = List.copyOf(cases);
    }

    public boolean passed() {
        return cases.stream().allMatch(CaseResult::passed);
    }

    public long failedCases() {
        return cases.stream().filter(c -> !c.passed()).count();
    }

    public Coverage coverage() {
        return Coverage.of(this);
    }
}
