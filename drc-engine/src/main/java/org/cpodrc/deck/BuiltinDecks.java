package org.cpodrc.deck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

import org.cpodrc.InputException;
import org.cpodrc.deck.yaml.MapReader;
import org.cpodrc.deck.yaml.Scalar;
import org.cpodrc.deck.yaml.YamlFile;

/**
 * The decks usable as {@code builtin:NAME}: classpath resources {@code org/cpodrc/rules/decks/NAME.yaml},
 * listed (because a jar's folders cannot be listed) in {@code org/cpodrc/rules/decks/index.txt},
 * one name per line, {@code #} starting a comment. Every index on the classpath counts.
 */
public final class BuiltinDecks {
    public static final String INDEX = DeckSource.DECKS + "index.txt";

    /** A builtin deck's name and description (or why it could not be read). */
    public record Entry(String name, String description) {
    }

    private BuiltinDecks() {
    }

    /** Names from every index on the class path, sorted. */
    public static List<String> names(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(indexes.nextElement().openStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        int hash = line.indexOf('#');
                        String n = (hash >= 0 ? line.substring(0, hash) : line).strip();
                        if (!n.isEmpty()) {
                            names.add(n);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + INDEX + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(names);
    }

    /** Each builtin deck with the description from its file (not validated: listing must work even if a check is missing). */
    public static List<Entry> list(ClassLoader loader) {
        List<Entry> out = new ArrayList<>();
        for (String n : names(loader)) {
            DeckSource s = DeckSource.of(DeckSource.BUILTIN + n, loader);
            String description;
            try {
                YamlFile f = YamlFile.parse(s.name(), s.read());
                description = new MapReader(f, f.root(), "the deck").scalar("description", "a description")
                        .map(Scalar::value).orElse("");
            } catch (IOException e) {
                description = "(missing: " + DeckSource.reason(e) + ")";
            } catch (InputException e) {
                description = "(unreadable: " + e.getMessage() + ")";
            }
            out.add(new Entry(n, description));
        }
        return out;
    }
}
