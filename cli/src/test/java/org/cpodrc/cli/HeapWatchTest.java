package org.cpodrc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The watch's rule on the collectors' reports, fed as the JVM feeds it (pool names of the serial
 * collector and of G1): it exits with the out-of-memory line only at the fifth major collection
 * in a row that leaves less than a tenth of the old generation free.
 */
class HeapWatchTest {
    private static final long MB = 1 << 20;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> exits = new ArrayList<>();
    private final HeapWatch watch = new HeapWatch(new PrintStream(err, true, StandardCharsets.UTF_8), exits::add);

    private static Map<String, MemoryUsage> serial(long oldUsedMb) {
        return Map.of("Eden Space", new MemoryUsage(0, 0, 26 * MB, 26 * MB),
                "Tenured Gen", new MemoryUsage(0, oldUsedMb * MB, 480 * MB, 480 * MB));
    }

    @Test
    void fiveFullCollectionsInARowEndTheRunWithTheOutOfMemoryLine() {
        for (long used : new long[] {440, 470, 460, 478}) { // 8, 2, 4, 0.4 % free
            watch.collected(true, serial(used));
        }
        assertEquals(List.of(), exits);
        watch.collected(true, serial(480));
        assertEquals(List.of(Main.EXIT_MEMORY), exits);
        String line = err.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("cpodrc: out of memory: the Java heap (-Xmx, now ") && line.strip().indexOf('\n') < 0, line);
    }

    @Test
    void aCollectionThatFreesATenthStartsTheCountAgain() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < HeapWatch.FULL_IN_A_ROW - 1; i++) {
                watch.collected(true, serial(470));
            }
            watch.collected(true, serial(400)); // 17 % free: the peak passed
        }
        assertEquals(List.of(), exits);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void minorCollectionsNeitherCountNorReset() {
        for (int i = 0; i < HeapWatch.FULL_IN_A_ROW - 1; i++) {
            watch.collected(true, serial(479));
            watch.collected(false, serial(100)); // the old generation is not what a minor collection empties
        }
        assertEquals(List.of(), exits);
        watch.collected(true, serial(479));
        assertEquals(List.of(Main.EXIT_MEMORY), exits);
    }

    @Test
    void g1OldGenerationIsWatchedToo() {
        Map<String, MemoryUsage> full = Map.of("G1 Eden Space", new MemoryUsage(0, 0, 0, -1),
                "G1 Old Gen", new MemoryUsage(0, 1000 * MB, 1024 * MB, 1024 * MB));
        for (int i = 0; i < HeapWatch.FULL_IN_A_ROW; i++) {
            watch.collected(true, full);
        }
        assertEquals(List.of(Main.EXIT_MEMORY), exits);
    }

    @Test
    void aPoolWithoutAMaximumIsNeverFull() {
        Map<String, MemoryUsage> unbounded = Map.of("Tenured Gen", new MemoryUsage(0, 500 * MB, 500 * MB, -1));
        for (int i = 0; i < 2 * HeapWatch.FULL_IN_A_ROW; i++) {
            watch.collected(true, unbounded);
        }
        assertEquals(List.of(), exits);
    }
}
