package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** An exhausted heap or stack ends in one line without a trace, with its documented exit code. */
class ResourceErrorsTest {
    @Command(name = "oom")
    static final class Oom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "deep")
    static final class Deep implements Callable<Integer> {
        @Override
        public Integer call() {
            return recurse(0);
        }

        private static int recurse(int n) {
            return recurse(n + 1) + 1;
        }
    }

    private static String[] run(Object command, int expectedCode) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new CommandLine(command), new String[0], new PrintWriter(err, true));
        assertEquals(expectedCode, code, err.toString());
        String[] lines = err.toString().strip().split("\n");
        assertEquals(1, lines.length, err.toString());
        assertFalse(lines[0].contains("\tat ") || lines[0].contains("java.lang."), lines[0]);
        return lines;
    }

    @Test
    void outOfMemoryNamesTheHeapAndWhatToDo() {
        String line = run(new Oom(), Main.EXIT_MEMORY)[0];
        assertTrue(line.startsWith("cpodrc: out of memory: the Java heap (-Xmx, now ") && line.contains("JAVA_OPTS=-Xmx"),
                line);
    }

    @Test
    void stackOverflowIsAnInternalErrorInOneLine() {
        String line = run(new Deep(), Main.EXIT_INTERNAL)[0];
        assertTrue(line.startsWith("cpodrc: internal error: the input nests too deeply"), line);
    }
}
