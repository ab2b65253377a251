package org.cpodrc.decktest;

import java.util.List;

/**
 * A deck test file as read.
 *
 * @param name how messages and reports name it: the path as found, or a classpath name for shipped tests
 */
public record DeckTestFile(String name, List<TestCase> cases) {
    public DeckTestFile {
        cases = List.copyOf(cases);
    }
}
