package org.cpodrc.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.cpodrc.InputException;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.Metric;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.check.ViolationText;
import org.cpodrc.deck.Deck;
import org.cpodrc.check.EdgePairCheck;
import org.cpodrc.engine.tile.SharedEdges;
import org.cpodrc.flatten.DesignException;
import org.cpodrc.engine.tile.TileSize;
import org.cpodrc.engine.tile.TiledRule;
import org.cpodrc.geom.Region;
import org.cpodrc.geom.edges.WindowedEdges;

/**
 * Runs a deck's rules over a design. Rules run in parallel on {@code threads} threads, each into
 * its own buffer; the buffers are joined in deck order and violations sorted, so the result does
 * not depend on the thread count or on scheduling.
 *
 * <p>Ordering choice (DECK-SPEC §6 "sorted by rule, then bbox"): rules keep their deck order
 * rather than an alphabetical one, so reports read in the order the deck author wrote the rules
 * and the {@code rules} and {@code violations} arrays agree; within a rule, violations are sorted
 * by bbox (x1, y1, x2, y2), then message, measured and required values.
 *
 * <p>Failures: a check throwing {@link InputException} is bad input and is rethrown as such, as
 * "DECK: rule ID: message" unless the message already names the rule; any other exception is a bug and becomes a
 * {@link RuleFailedException} naming the rule. When several rules fail, the first in deck order
 * is reported, again independent of threads.
 */
public final class DrcEngine {
    private final CheckRegistry registry;
    private final int threads;
    private final RunProgress progress;
    private final TileSize tileSize;

    public DrcEngine(CheckRegistry registry, int threads) {
        this(registry, threads, RunProgress.NONE);
    }

    /** An engine that tells {@code progress} as rules finish (a terminal progress bar); automatic tiles. */
    public DrcEngine(CheckRegistry registry, int threads, RunProgress progress) {
        this(registry, threads, progress, TileSize.AUTO);
    }

    /**
     * An engine tiling local rules as {@code tileSize} says (see {@link org.cpodrc.engine.tile});
     * the result is the same for every tile size.
     */
    public DrcEngine(CheckRegistry registry, int threads, RunProgress progress, TileSize tileSize) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.registry = registry;
        this.threads = threads;
        this.progress = progress;
        this.tileSize = tileSize;
    }

    public RunResult run(Deck deck, LayerSource source, InputInfo input, Severity failOn) {
        List<Rule> rules = deck.rules();
        List<Check> checks = new ArrayList<>();
        for (Rule r : rules) {
            checks.add(registry.find(r.check()).orElseThrow(() -> new InputException(
                    deck.source() + ": rule " + r.id() + ": unknown check '" + r.check() + "'")));
        }
        DeckContext context = new DeckContext(deck, source);
        List<Buffer> buffers = runAll(deck, checks, context);

        List<RuleSummary> summaries = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            Buffer b = buffers.get(i);
            List<Violation> own = new ArrayList<>(b.violations.size());
            Map<ViolationText, ViolationText> texts = new IdentityHashMap<>(); // by identity: texts are shared objects
            for (Violation v : b.violations) {
                own.add(finish(r, v, texts));
            }
            b.violations.clear();
            own.sort(WITHIN_RULE);
            violations.addAll(own);
            metrics.addAll(b.metrics);
            summaries.add(new RuleSummary(r.id(), r.check(), r.severity(), r.description(), own.size()));
        }
        return new RunResult(deck, input, summaries, violations, metrics, failOn);
    }

    private List<Buffer> runAll(Deck deck, List<Check> checks, DeckContext context) {
        List<Rule> rules = deck.rules();
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Named());
        AtomicInteger done = new AtomicInteger();
        SharedEdges shared = new SharedEdges(edgeReaders(rules, checks, context));
        progress.started(rules.size());
        try {
            List<Future<Buffer>> futures = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                Check check = checks.get(i);
                futures.add(pool.submit(() -> {
                    Buffer b = new Buffer();
                    if (!tiled(rule, check, context, pool, shared, b)) {
                        check.run(rule, context, b);
                    }
                    progress.ruleDone(rule.id(), done.incrementAndGet(), rules.size());
                    return b;
                }));
            }
            List<Buffer> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                out.add(await(futures.get(i), rules.get(i), deck.source()));
            }
            return out;
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
    }

    /**
     * Evaluates the rule tile by tile on the pool into the sink and returns true, or returns false
     * when the rule runs whole: its check is no edge-pair check or declares no reach, tiling is
     * off, or (automatic size) its layers have few edges.
     */
    private boolean tiled(Rule rule, Check check, DeckContext context, ExecutorService pool, SharedEdges shared,
                          ResultSink sink) {
        String key = tileKey(rule, check, context);
        if (key == null) {
            return false;
        }
        EdgePairCheck edgeCheck = (EdgePairCheck) check;
        try {
            Region first = context.merged(edgeCheck.firstLayer(rule));
            String secondName = edgeCheck.secondLayer(rule);
            Region second = secondName == null ? null : context.merged(secondName);
            if (tileSize.mode() == TileSize.Mode.AUTO && !TiledRule.worthTiling(vertices(first) + vertices(second))) {
                return false;
            }
            WindowedEdges edges = shared.get(key, () -> WindowedEdges.of(first, second));
            TiledRule plan = TiledRule.plan(rule, edgeCheck, edgeCheck.options(rule, context),
                    check.reach(rule, context).getAsLong(), edges, tileSize, threads, context.dbuUm(), context.topCell(),
                    context.stack());
            if (plan == null) {
                return false;
            }
            for (Violation v : plan.run(pool, threads - 1)) {
                sink.violation(v);
            }
            edgeCheck.reportWhole(rule, context, sink);
            return true;
        } finally {
            shared.release(key);
        }
    }

    /** The shared-edges key of a rule that tiling may split, or null for a rule that always runs whole. */
    private String tileKey(Rule rule, Check check, DeckContext context) {
        if (tileSize.mode() == TileSize.Mode.OFF || !(check instanceof EdgePairCheck e) || check.reach(rule, context).isEmpty()) {
            return null;
        }
        return SharedEdges.key(e.firstLayer(rule), e.secondLayer(rule));
    }

    /** How many rules may read each shared edge set. */
    private Map<String, Integer> edgeReaders(List<Rule> rules, List<Check> checks, DeckContext context) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            try {
                String key = tileKey(rules.get(i), checks.get(i), context);
                if (key != null) {
                    out.merge(key, 1, Integer::sum);
                }
            } catch (RuntimeException e) {
                // a bad parameter: the rule fails on its own thread, located as always
            }
        }
        return out;
    }

    private static long vertices(Region r) {
        long n = 0;
        if (r != null) {
            for (int i = 0; i < r.size(); i++) {
                n += r.numPoints(i);
            }
        }
        return n;
    }

    private static Buffer await(Future<Buffer> f, Rule rule, String deckSource) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running rule " + rule.id(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError oom) {
                throw oom; // not the rule's fault: the CLI answers it with the heap advice
            }
            if (cause instanceof DesignException de) {
                throw de; // the design's fault, found by the rule that first read the layer
            }
            if (cause instanceof InputException ie) {
                String msg = ie.getMessage();
                throw msg != null && msg.contains("rule " + rule.id()) ? ie
                        : new InputException(deckSource + ": rule " + rule.id() + ": " + msg, ie);
            }
            throw new RuleFailedException(rule.id(), rule.check(), cause);
        }
    }

    /**
     * The violation as reports show it: rule id and severity always those of the rule (a plugin
     * check cannot miscount the gate), the message from the rule's template when it has one. The
     * template is not rendered here: the violation keeps a text shared by all violations with the
     * same check message object ({@code texts} caches them per rule), rendered when a report asks.
     */
    private static Violation finish(Rule r, Violation v, Map<ViolationText, ViolationText> texts) {
        String template = r.messageTemplate();
        if (template != null && !template.isEmpty()) {
            ViolationText inner = v.text();
            ViolationText text = v.hasSharedText()
                    ? texts.computeIfAbsent(inner, t -> new ViolationMessage(template, r, t))
                    : new ViolationMessage(template, r, inner);
            return v.withMessage(r.id(), r.severity(), text);
        }
        if (!v.hasSharedText() && v.message() == null) {
            String fallback = r.check() + " violation";
            return v.withMessage(r.id(), r.severity(), texts.computeIfAbsent(null, t -> w -> fallback));
        }
        return r.id().equals(v.rule()) && r.severity() == v.severity() ? v : v.withRule(r.id(), r.severity());
    }

    /** Order of violations within one rule: every field a report prints takes part, so output is stable. */
    static final Comparator<Violation> WITHIN_RULE = new ViolationOrder();

    /** One rule's results; thread-safe as the SPI promises, though normally only the rule's thread writes. */
    private static final class Buffer implements ResultSink {
        final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());
        final List<Metric> metrics = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void violation(Violation v) {
            violations.add(v);
        }

        @Override
        public void metric(Metric m) {
            metrics.add(m);
        }
    }

    /** Daemon threads with readable names, so a stuck run shows which pool it is in a thread dump. */
    private static final class Named implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "cpodrc-rule-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
