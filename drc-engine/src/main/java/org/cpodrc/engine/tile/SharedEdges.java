package org.cpodrc.engine.tile;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.cpodrc.geom.edges.WindowedEdges;

/**
 * The edges of each layer (or first/second layer pair) that tiled rules read, built once per run
 * in compact form and shared by those rules and all their tiles (width and space on one layer cut
 * their tiles from one set). A set is dropped when the last rule that may read it is done, so a
 * run holds only the sets of rules still to come. Thread-safe.
 */
public final class SharedEdges {
    private final ConcurrentHashMap<String, CompletableFuture<WindowedEdges>> sets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> readers = new ConcurrentHashMap<>();

    /** Sets keyed as {@link #key} with the number of rules that may read each (each calls {@link #release} once). */
    public SharedEdges(Map<String, Integer> readerCounts) {
        readerCounts.forEach((k, n) -> readers.put(k, new AtomicInteger(n)));
    }

    /** The key of a rule's edges: its first layer and its second (null for one-layer checks). */
    public static String key(String first, String second) {
        return second == null ? first : first + "\u0000" + second;
    }

    /** The set under the key, built by {@code build} by the first rule to ask (the others wait for it). */
    public WindowedEdges get(String key, Supplier<WindowedEdges> build) {
        CompletableFuture<WindowedEdges> mine = new CompletableFuture<>();
        CompletableFuture<WindowedEdges> known = sets.putIfAbsent(key, mine);
        if (known != null) {
            return known.join();
        }
        try {
            mine.complete(build.get());
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    /** One rule that may read the set is done; the last one drops it. */
    public void release(String key) {
        AtomicInteger n = readers.get(key);
        if (n != null && n.decrementAndGet() <= 0) {
            sets.remove(key);
        }
    }
}
