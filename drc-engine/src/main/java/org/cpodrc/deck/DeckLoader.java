package org.cpodrc.deck;

import java.util.Map;

import org.cpodrc.check.CheckRegistry;

/** Loads decks from files or {@code builtin:NAME}. Contract stub: replaced by the deck-language work. */
public final class DeckLoader {
    private final CheckRegistry registry;

    public DeckLoader(CheckRegistry registry) {
        this.registry = registry;
    }

    /**
     * Loads and validates a deck. Mistakes raise {@link org.cpodrc.InputException} with
     * "FILE:LINE:COL: message".
     *
     * @param params {@code --param NAME=VALUE} overrides
     */
    public Deck load(String pathOrBuiltin, Map<String, String> params) {
        throw new UnsupportedOperationException("DeckLoader.load");
    }
}
