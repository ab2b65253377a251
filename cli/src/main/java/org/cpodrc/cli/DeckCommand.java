package org.cpodrc.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cpodrc.check.CheckRegistry;
import org.cpodrc.deck.BuiltinDecks;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DeckLoader;
import org.cpodrc.deck.DeckReference;
import org.cpodrc.deck.DeckSchema;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpodrc deck validate|doc|list}: work with rule decks without a design. */
@Command(name = "deck", description = "Validate, document and list rule decks; print their JSON Schema.",
        subcommands = {DeckCommand.Validate.class, DeckCommand.Doc.class, DeckCommand.ListDecks.class,
                DeckCommand.Schema.class, DeckImportCommand.class})
public final class DeckCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate, doc, list, schema or import");
    }

    /** Loads a deck as {@code check} would; deck errors go to Main's handler (exit 3). */
    @Command(name = "validate", description = "Check a deck file (or builtin:NAME) and report its first mistake.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DECK", description = "deck file or builtin:NAME")
        String deck;

        @Option(names = "--param", paramLabel = "NAME=VALUE", description = "override a deck param")
        Map<String, String> params = new LinkedHashMap<>();

        @Override
        public Integer call() {
            Deck d = new DeckLoader(CheckRegistry.standard()).load(deck, params);
            spec.commandLine().getOut().println("OK: " + d.name() + ", " + d.rules().size()
                    + (d.rules().size() == 1 ? " rule" : " rules"));
            return Main.EXIT_OK;
        }
    }

    @Command(name = "doc", description = "Print the deck-language reference and every check's parameters (Markdown).")
    static final class Doc implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(DeckReference.markdown(CheckRegistry.standard()));
            out.flush();
            return Main.EXIT_OK;
        }
    }

    @Command(name = "list", description = "List the builtin decks (use as --deck builtin:NAME).")
    static final class ListDecks implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<BuiltinDecks.Entry> decks = BuiltinDecks.list(DeckCommand.class.getClassLoader());
            if (decks.isEmpty()) {
                out.println("no builtin decks");
            }
            int width = decks.stream().mapToInt(e -> e.name().length()).max().orElse(0) + "builtin:".length();
            for (BuiltinDecks.Entry e : decks) {
                out.println(String.format("%-" + width + "s  %s", "builtin:" + e.name(), e.description()).strip());
            }
            out.flush();
            return Main.EXIT_OK;
        }
    }

    @Command(name = "schema", description = "Print the JSON Schema of deck files for this build's checks.")
    static final class Schema implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.print(DeckSchema.json(CheckRegistry.standard()));
            out.flush();
            return Main.EXIT_OK;
        }
    }
}
