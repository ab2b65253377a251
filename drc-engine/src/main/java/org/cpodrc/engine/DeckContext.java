package org.cpodrc.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckContext;
import org.cpodrc.deck.Deck;
import org.cpodrc.deck.DerivedLayer;
import org.cpodrc.deck.expr.ExprContext;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;
import org.locationtech.jts.geom.Envelope;

/**
 * The layers of one run, by deck name: plain layers come from the {@link LayerSource}, derived
 * layers are evaluated from their expressions. Each is computed at most once, lazily, by the first
 * thread that asks; other threads asking meanwhile wait for that result (memoised futures), so
 * rules running in parallel share work and never compute a layer twice.
 */
final class DeckContext implements CheckContext, ExprContext {
    private final Deck deck;
    private final LayerSource source;
    private final ConcurrentHashMap<String, CompletableFuture<Region>> layers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<Region>> mergedLayers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<Label>> labels = new ConcurrentHashMap<>();
    /** Derived layers being evaluated by this thread, to report a cycle instead of waiting for ever. */
    private final ThreadLocal<Deque<String>> evaluating = ThreadLocal.withInitial(ArrayDeque::new);
    private volatile List<Label> allLabels;
    private volatile Envelope extent;

    DeckContext(Deck deck, LayerSource source) {
        this.deck = deck;
        this.source = source;
    }

    @Override
    public java.util.Map<String, Double> targets() {
        return deck.targets();
    }

    /** Merged once per layer: merging a big layer costs as much as many checks, and most rules want it. */
    @Override
    public Region merged(String name) {
        CompletableFuture<Region> mine = new CompletableFuture<>();
        CompletableFuture<Region> known = mergedLayers.putIfAbsent(name, mine);
        if (known != null) {
            return join(known);
        }
        try {
            // a design layer whose unmerged shapes no one has asked for is merged without keeping them
            LayerKey key = deck.layers().get(name);
            mine.complete(key != null && !layers.containsKey(name) ? source.merged(key) : layer(name).merged());
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    @Override
    public Region layer(String name) {
        Deque<String> stack = evaluating.get();
        if (stack.contains(name)) {
            List<String> cycle = new ArrayList<>(stack);
            Collections.reverse(cycle);
            cycle.add(name);
            throw new InputException("derived layers refer to each other: "
                    + String.join(" -> ", cycle));
        }
        CompletableFuture<Region> mine = new CompletableFuture<>();
        CompletableFuture<Region> known = layers.putIfAbsent(name, mine);
        if (known != null) {
            return join(known);
        }
        try {
            mine.complete(compute(name, stack));
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
        return mine.join();
    }

    private Region compute(String name, Deque<String> stack) {
        LayerKey key = deck.layers().get(name);
        if (key != null) {
            return source.region(key);
        }
        DerivedLayer derived = deck.derived().get(name);
        if (derived == null) {
            throw new InputException("unknown layer '" + name + "'");
        }
        stack.push(name);
        try {
            return derived.expr().evaluate(this);
        } finally {
            stack.pop();
        }
    }

    private static Region join(CompletableFuture<Region> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            // the computing thread already threw the original; rethrow it unwrapped here as well
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public List<Label> labels(String name) {
        LayerKey key = deck.layers().get(name);
        if (key == null) {
            if (deck.derived().containsKey(name)) {
                return List.of(); // derived layers are polygons only
            }
            throw new InputException("unknown layer '" + name + "'");
        }
        return labels.computeIfAbsent(name, n -> List.copyOf(source.labels(key)));
    }

    @Override
    public List<Label> labels() {
        List<Label> all = allLabels;
        if (all == null) {
            List<Label> collected = new ArrayList<>();
            for (String name : deck.labelLayers()) {
                collected.addAll(labels(name));
            }
            all = List.copyOf(collected);
            allLabels = all;
        }
        return all;
    }

    @Override
    public Envelope extent() {
        Envelope e = extent;
        if (e == null) {
            e = source.extent();
            extent = e;
        }
        return new Envelope(e);
    }

    @Override
    public java.util.Optional<org.cpodrc.check.Assembly> assembly() {
        return source.assembly();
    }

    @Override
    public double dbuUm() {
        return source.dbuUm();
    }

    @Override
    public String topCell() {
        return source.topCell();
    }

    @Override
    public String stack() {
        return deck.stack();
    }

    @Override
    public long toDbu(double um) {
        return Math.round(um / dbuUm());
    }
}
