package org.cpodrc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.cpodrc.InputException;
import org.cpodrc.deckimport.DeckImport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cpodrc deck import DECK.drc|DECK.lydrc [-o DECK.yaml] [--strict]}: a KLayout DRC script as
 * a cpodrc deck. Statements it cannot translate are listed as {@code FILE:LINE: not translated
 * (reason): statement} on stderr; exit 0, or 3 with {@code --strict}.
 */
@Command(name = "import", description = "Translate a KLayout DRC script (.drc or .lydrc) into a cpodrc deck; "
        + "list the statements that cannot be translated.")
final class DeckImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DECK", description = "KLayout DRC script (.drc, .lydrc)")
    Path script;

    @Option(names = {"-o", "--output"}, paramLabel = "DECK.yaml", description = "write the deck here (default: stdout)")
    Path output;

    @Option(names = "--strict", description = "exit 3 when any statement cannot be translated")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(script)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new InputException(script + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(script + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(script + ": cannot read: " + e.getMessage());
        }
        DeckImport.Result r = DeckImport.translate(script.toString(), text);
        PrintWriter err = spec.commandLine().getErr();
        for (DeckImport.Skipped s : r.skipped()) {
            err.println(s.file() + ":" + s.line() + ": not translated (" + s.reason() + "): " + s.statement());
        }
        for (String w : r.warnings()) {
            err.println(script + ": note: " + w);
        }
        if (output == null) {
            spec.commandLine().getOut().print(r.yaml());
            spec.commandLine().getOut().flush();
        } else {
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".import", ".yaml");
            Files.writeString(tmp, r.yaml(), StandardCharsets.UTF_8);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        String written = r.rules() + " rule(s) written" + (output == null ? "" : " to " + output);
        err.println(r.skipped().isEmpty() ? "cpodrc: " + written
                : "cpodrc: warning: " + r.skipped().size() + " statement(s) not translated; " + written);
        err.flush();
        return strict && !r.skipped().isEmpty() ? Main.EXIT_INPUT : Main.EXIT_OK;
    }
}
