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
import org.cpodrc.stack.StackReference;
import org.cpodrc.stack.StackSchema;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cpodrc deck validate|doc|list|schema|test}: work with rule decks without a design. */
@Command(name = "deck", description = "Validate, document and list rule decks; print their JSON Schema; run their tests.",
        subcommands = {DeckCommand.Validate.class, DeckCommand.Doc.class, DeckCommand.ListDecks.class,
                DeckCommand.Schema.class, DeckTestCommand.class, DeckImportCommand.class})
public final class DeckCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate, doc, list, schema, test or import");
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
            out.print(reference(CheckRegistry.standard()));
            out.flush();
            return Main.EXIT_OK;
        }
    }

    /** What {@code deck doc} prints: the deck language, then stack files (docs/deck-reference.md). */
    static String reference(CheckRegistry registry) {
        return DeckReference.markdown(registry) + "\n" + StackReference.markdown();
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

    @Command(name = "schema", description = "Print the JSON Schema of deck files for this build's checks"
            + " (--stack: of stack files; --test: of deck test files).")
    static final class Schema implements Callable<Integer> {
        /** The deck test schema, shipped beside deck.schema.json. */
        static final String TEST_SCHEMA = "org/cpodrc/rules/deck-test.schema.json";

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--stack", description = "the schema of stack files (multi-die packages) instead")
        boolean stack;

        @Option(names = "--test", description = "the schema of deck test files (cpodrc deck test) instead")
        boolean test;

        @Override
        public Integer call() throws java.io.IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (test) {
                try (java.io.InputStream in = Schema.class.getClassLoader().getResourceAsStream(TEST_SCHEMA)) {
                    if (in == null) {
                        throw new IllegalStateException(TEST_SCHEMA + " is missing from the class path");
                    }
                    out.print(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
                out.flush();
                return Main.EXIT_OK;
            }
            out.print(stack ? StackSchema.json() : DeckSchema.json(CheckRegistry.standard()));
            out.flush();
            return Main.EXIT_OK;
        }
    }
}
