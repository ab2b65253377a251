package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * cpodrc leaves out picocli's built-in converters for java.time and java.sql types (a faster start,
 * see {@link Main#CONVERTER_EXCLUDES}); that is only harmless while no option or parameter of any
 * command has such a type, which this test checks for every command and subcommand.
 */
class ConverterExcludesTest {
    @Test
    void noOptionOfAnyCommandNeedsAnExcludedConverter() {
        Pattern excluded = Pattern.compile(Main.EXCLUDED_CONVERTERS);
        List<String> args = new ArrayList<>();
        collect(Main.commandLine(), args);
        assertTrue(args.size() > 50, "too few options found: " + args);
        for (String a : args) {
            assertFalse(excluded.matcher(a.substring(a.indexOf(' ') + 1)).matches(), a);
        }
    }

    @Test
    void theSwitchIsSetAndAValueFromJavaOptsIsKept() {
        Main.commandLine();
        String before = System.getProperty(Main.CONVERTER_EXCLUDES);
        assertEquals(Main.EXCLUDED_CONVERTERS, before);
        try {
            System.setProperty(Main.CONVERTER_EXCLUDES, "java\\.time\\.Duration");
            Main.commandLine();
            assertEquals("java\\.time\\.Duration", System.getProperty(Main.CONVERTER_EXCLUDES));
        } finally {
            System.setProperty(Main.CONVERTER_EXCLUDES, before);
        }
    }

    /** "COMMAND OPTION TYPE" for every type (and auxiliary type) of every argument, recursively. */
    private static void collect(CommandLine cl, List<String> out) {
        for (ArgSpec a : cl.getCommandSpec().args()) {
            List<Class<?>> types = new ArrayList<>(List.of(a.auxiliaryTypes()));
            types.add(a.type());
            for (Class<?> t : types) {
                out.add(cl.getCommandName() + "/" + a.paramLabel() + " " + t.getName());
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            collect(sub, out);
        }
    }
}
