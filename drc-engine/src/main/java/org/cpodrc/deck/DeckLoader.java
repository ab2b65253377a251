package org.cpodrc.deck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckRegistry;

/**
 * Loads decks from files or {@code builtin:NAME} (DECK-SPEC §1–§3): reads the extends chain
 * ({@link DeckChain}), then substitutes params and validates every value ({@link DeckResolver}).
 * Mistakes raise {@link org.cpodrc.InputException} with "FILE:LINE:COL: message".
 */
public final class DeckLoader {
    private final CheckRegistry registry;
    private final ClassLoader resources;
    private List<Path> files = List.of();

    public DeckLoader(CheckRegistry registry) {
        this(registry, DeckLoader.class.getClassLoader());
    }

    /** @param resources where builtin decks are looked up */
    public DeckLoader(CheckRegistry registry, ClassLoader resources) {
        this.registry = registry;
        this.resources = resources;
    }

    /**
     * Loads and validates a deck. Mistakes raise {@link org.cpodrc.InputException} with
     * "FILE:LINE:COL: message".
     *
     * @param params {@code --param NAME=VALUE} overrides
     */
    public Deck load(String pathOrBuiltin, Map<String, String> params) {
        return load(pathOrBuiltin, params, null);
    }

    /**
     * Loads a deck for a design that brings its own layer names (a multi-die stack): {@code DIE.NAME}
     * references are valid and the deck's layers are rebound as the design maps them.
     *
     * @param design null for a flat layout
     */
    public Deck load(String pathOrBuiltin, Map<String, String> params, DesignLayers design) {
        DeckSource source = DeckSource.of(pathOrBuiltin, resources);
        DeckChain chain = new DeckChain(resources);
        try {
            DeckDraft draft = chain.load(source);
            return new DeckResolver(draft, registry, params, source.name(), design).resolve();
        } finally {
            files = chain.files();
        }
    }

    /** The files the last {@link #load} read: the deck, its extends chain and .lyp files. */
    public List<Path> filesRead() {
        return files;
    }

    /**
     * The decks of a deck's {@code extends} chain, the deck first: file paths as given (resolved
     * against the referring deck) and {@code builtin:NAME} for shipped decks. What
     * {@code deck test} looks for tests beside and what {@code --watch} watches.
     */
    public List<String> chain(String pathOrBuiltin) {
        DeckChain chain = new DeckChain(resources);
        chain.load(DeckSource.of(pathOrBuiltin, resources));
        return chain.read().stream().map(DeckSource::name).toList();
    }
}
