package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.cpodrc.engine.RunProgress;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    @Test
    void barOnlyOnATerminalAndNotWithQuiet() {
        PrintWriter err = new PrintWriter(new StringWriter());
        assertTrue(TerminalProgress.choose(true, false, err) instanceof TerminalProgress);
        assertSame(RunProgress.NONE, TerminalProgress.choose(false, false, err));
        assertSame(RunProgress.NONE, TerminalProgress.choose(true, true, err));
    }

    @Test
    void redrawsOneLineAndClearsItAtTheEnd() {
        StringWriter s = new StringWriter();
        TerminalProgress p = new TerminalProgress(new PrintWriter(s));
        p.started(4);
        p.ruleDone("TSV.S.1", 1, 4);
        p.ruleDone("A", 4, 4);
        p.finished();
        String[] frames = s.toString().split("\r", -1);
        assertEquals("cpodrc: [------------------------] 0/4 rules", frames[1]);
        assertEquals("cpodrc: [######------------------] 1/4 rules  TSV.S.1", frames[2]);
        assertEquals("cpodrc: [########################] 4/4 rules  A      ", frames[3], "padded over the longer line");
        assertEquals(" ".repeat(47), frames[4], "clears the last line drawn");
        assertEquals("", frames[5]);
        assertTrue(!s.toString().contains("\n"));
    }
}
