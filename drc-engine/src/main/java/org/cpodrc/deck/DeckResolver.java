package org.cpodrc.deck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpodrc.InputException;
import org.cpodrc.io.InputLimits;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.deck.expr.ExprParser;
import org.cpodrc.deck.expr.ParsedExpr;
import org.cpodrc.deck.syntax.Quantity;
import org.cpodrc.deck.syntax.QuantityKind;
import org.cpodrc.deck.syntax.Substitution;
import org.cpodrc.deck.syntax.Suggest;
import org.cpodrc.deck.syntax.TextProblem;
import org.cpodrc.deck.yaml.MapReader;
import org.cpodrc.deck.yaml.Scalar;
import org.cpodrc.layout.LayerKey;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns a merged {@link DeckDraft} into a {@link Deck}: applies {@code --param} overrides,
 * substitutes {@code ${param}}, checks every value (layers, expressions, targets, rules against
 * their check's {@link ParamSpec}s) and reports the first fault at its line and column.
 */
final class DeckResolver {
    private static final Pattern LAYER_SPEC = Pattern.compile("\\s*(\\d+)\\s*(?:/\\s*(\\d+)\\s*)?");

    private final DeckDraft d;
    private final CheckRegistry registry;
    private final Map<String, String> overrides;
    private final String source;
    private final Map<String, String> params = new LinkedHashMap<>();
    private final Set<String> resolving = new LinkedHashSet<>();
    private final DesignLayers design;
    /** Characters produced by substitutions so far, see {@link #budget()}. */
    private long expanded;
    /** Derived layer name to the length of its longest chain of derived layers (itself included). */
    private final Map<String, Integer> chains = new java.util.HashMap<>();

    DeckResolver(DeckDraft draft, CheckRegistry registry, Map<String, String> overrides, String source) {
        this(draft, registry, overrides, source, null);
    }

    DeckResolver(DeckDraft draft, CheckRegistry registry, Map<String, String> overrides, String source,
                 DesignLayers design) {
        this.design = design;
        this.d = draft;
        this.registry = registry;
        this.overrides = overrides == null ? Map.of() : overrides;
        this.source = source;
    }

    /** A scalar after substitution; faults map back to the scalar's line and column. */
    private record Text(Scalar scalar, Substitution sub) {
        String value() {
            return sub.text();
        }

        InputException at(int offset, String message) {
            return scalar.errorAt(sub.originOf(offset), message);
        }

        InputException error(TextProblem p) {
            return at(p.offset(), p.getMessage());
        }
    }

    Deck resolve() {
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            if (!d.params.containsKey(o.getKey())) {
                throw new InputException("--param " + o.getKey() + "=" + o.getValue() + ": unknown param '"
                        + o.getKey() + "'" + Suggest.hint(o.getKey(), d.params.keySet())
                        + (d.params.isEmpty() ? " (the deck declares no params)"
                        : " (the deck declares: " + String.join(", ", d.params.keySet()) + ")"));
            }
        }
        for (String p : d.params.keySet()) {
            param(p);
        }
        Map<String, LayerKey> layers = layers();
        if (design != null) {
            // a stack: the deck's names mean what the stack maps them to; DIE.NAME layers join them
            layers.replaceAll((name, key) -> design.bound().getOrDefault(name, design.unbound()));
            new java.util.TreeMap<>(design.named()).forEach(layers::putIfAbsent);
        }
        Map<String, DerivedLayer> derived = derived(layers);
        List<String> labels = labels(layers);
        Map<String, Double> targets = targets();
        String stack = stack();
        List<String> layerNames = new ArrayList<>(layers.keySet());
        layerNames.addAll(derived.keySet());
        ParamValues.Names names = new ParamValues.Names(layerNames, targets.keySet());
        List<Rule> rules = new ArrayList<>();
        for (DeckDraft.RuleDraft r : d.rules.values()) {
            rule(r, names).ifPresent(rules::add);
        }
        return new Deck(text(d.name).value().strip(), d.description == null ? null : text(d.description).value(),
                source, stack, Collections.unmodifiableMap(layers), Collections.unmodifiableMap(derived),
                List.copyOf(labels), Collections.unmodifiableMap(targets), List.copyOf(rules),
                Collections.unmodifiableMap(params));
    }

    // ---- params and substitution ----

    private Optional<String> lookup(String name) {
        return d.params.containsKey(name) ? Optional.of(param(name)) : Optional.empty();
    }

    private String param(String name) {
        String done = params.get(name);
        if (done != null) {
            return done;
        }
        String value;
        if (overrides.containsKey(name)) {
            value = overrides.get(name);
        } else {
            Scalar s = d.params.get(name);
            if (s.isNull()) {
                throw s.error("param '" + name + "' needs a value");
            }
            if (resolving.size() >= InputLimits.depth()) {
                throw s.error("params refer to each other more than " + resolving.size() + " deep, more than "
                        + InputLimits.describeDepth());
            }
            if (!resolving.add(name)) {
                List<String> cycle = new ArrayList<>(resolving);
                cycle.add(name);
                throw s.error("params refer to each other in a cycle: " + String.join(" -> ", cycle));
            }
            try {
                value = counted(Substitution.of(s.value(), this::lookup, d.params.keySet(), budget())).text();
            } catch (TextProblem e) {
                throw s.errorAt(e.offset(), e.getMessage());
            } finally {
                resolving.remove(name);
            }
        }
        params.put(name, value);
        return value;
    }

    /**
     * Characters substitutions may still produce: params that double at each step ({@code a: ${b}${b}})
     * grow exponentially, so the deck's expanded text is bounded in total, not per value.
     */
    private long budget() {
        return Math.max(0, InputLimits.expansionChars() - expanded);
    }

    private Substitution counted(Substitution sub) {
        if (sub.replaced()) {
            expanded += sub.text().length();
        }
        return sub;
    }

    private Text text(Scalar s) {
        try {
            return new Text(s, counted(Substitution.of(s.value(), this::lookup, d.params.keySet(), budget())));
        } catch (TextProblem e) {
            throw s.errorAt(e.offset(), e.getMessage());
        }
    }

    // ---- layers, derived layers, labels, targets, stack ----

    private Map<String, LayerKey> layers() {
        Map<String, LayerKey> out = new LinkedHashMap<>();
        for (Map.Entry<String, DeckDraft.LayerDef> e : d.layers.entrySet()) {
            DeckDraft.LayerDef def = e.getValue();
            if (def.imported() != null) {
                out.put(e.getKey(), def.imported());
                continue;
            }
            Text t = text(def.value());
            Matcher m = LAYER_SPEC.matcher(t.value());
            if (!m.matches()) {
                throw t.at(0, "bad layer '" + t.value().strip() + "' for '" + e.getKey()
                        + "': expected LAYER/DATATYPE such as 1/0");
            }
            int layer = Integer.parseInt(m.group(1).length() > 6 ? "999999" : m.group(1));
            int datatype = m.group(2) == null ? 0 : Integer.parseInt(m.group(2).length() > 6 ? "999999" : m.group(2));
            if (layer > 65535 || datatype > 65535) {
                throw t.at(0, "layer '" + t.value().strip() + "' out of range (layer and datatype are 0..65535)");
            }
            out.put(e.getKey(), new LayerKey(layer, datatype));
        }
        return out;
    }

    private Map<String, DerivedLayer> derived(Map<String, LayerKey> layers) {
        Map<String, ParsedExpr> parsed = new LinkedHashMap<>();
        Map<String, Text> texts = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(layers.keySet());
        all.addAll(d.derived.keySet());
        for (Map.Entry<String, DeckDraft.DerivedDef> e : d.derived.entrySet()) {
            if (layers.containsKey(e.getKey())) {
                throw e.getValue().name().error("derived layer '" + e.getKey() + "' has the name of a layer in 'layers'");
            }
            Text t = text(e.getValue().expression());
            ParsedExpr p;
            try {
                p = ExprParser.parse(t.value());
            } catch (TextProblem problem) {
                throw t.error(problem);
            }
            for (ParsedExpr.NameRef ref : p.names()) {
                if (!layers.containsKey(ref.name()) && !d.derived.containsKey(ref.name())) {
                    throw t.at(ref.offset(), "undefined layer '" + ref.name() + "'" + Suggest.hint(ref.name(), all)
                            + DieLayerNames.note(ref.name(), layers.keySet()));
                }
            }
            parsed.put(e.getKey(), p);
            texts.put(e.getKey(), t);
        }
        Set<String> done = new HashSet<>();
        for (String name : parsed.keySet()) {
            acyclic(name, parsed, texts, new ArrayList<>(), done);
        }
        Map<String, DerivedLayer> out = new LinkedHashMap<>();
        parsed.forEach((n, p) -> out.put(n, new DerivedLayer(n, p.expr(), texts.get(n).value().strip())));
        return out;
    }

    /** Depth-first walk; a name met again on the current path closes a cycle, reported at that reference. */
    private void acyclic(String name, Map<String, ParsedExpr> parsed, Map<String, Text> texts, List<String> path,
                         Set<String> done) {
        if (done.contains(name)) {
            return;
        }
        path.add(name);
        for (ParsedExpr.NameRef ref : parsed.get(name).names()) {
            if (!parsed.containsKey(ref.name())) {
                continue;
            }
            int at = path.indexOf(ref.name());
            if (at >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
                cycle.add(ref.name());
                throw texts.get(name).at(ref.offset(), "derived layers form a cycle: " + String.join(" -> ", cycle));
            }
            acyclic(ref.name(), parsed, texts, path, done);
        }
        path.remove(path.size() - 1);
        chainLength(name, parsed, texts);
        done.add(name);
    }

    /**
     * How many derived layers deep name's evaluation goes, from those of its references (all done
     * by now): evaluation recurses once per link, so the length is bounded like any nesting.
     */
    private void chainLength(String name, Map<String, ParsedExpr> parsed, Map<String, Text> texts) {
        int longest = 0;
        ParsedExpr.NameRef deepest = null;
        for (ParsedExpr.NameRef ref : parsed.get(name).names()) {
            Integer n = chains.get(ref.name());
            if (n != null && n > longest) {
                longest = n;
                deepest = ref;
            }
        }
        if (longest + 1 > InputLimits.depth()) {
            throw texts.get(name).at(deepest.offset(), "derived layers chained " + (longest + 1) + " deep ('"
                    + name + "' uses '" + deepest.name() + "' ...), more than " + InputLimits.describeDepth());
        }
        chains.put(name, longest + 1);
    }

    private List<String> labels(Map<String, LayerKey> layers) {
        List<String> out = new ArrayList<>();
        for (Scalar s : d.labels.values()) {
            Text t = text(s);
            String n = t.value().strip();
            if (!layers.containsKey(n)) {
                throw t.at(0, "labels: '" + n + "' is not a layer in 'layers'" + Suggest.hint(n, layers.keySet()));
            }
            out.add(n);
        }
        return out;
    }

    private Map<String, Double> targets() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Scalar> e : d.targets.entrySet()) {
            Text t = text(e.getValue());
            try {
                out.put(e.getKey(), Quantity.parse(QuantityKind.DENSITY, t.value()).doubleValue());
            } catch (TextProblem p) {
                throw t.error(p);
            }
        }
        return out;
    }

    private String stack() {
        if (d.stack == null) {
            return null;
        }
        Text t = text(d.stack);
        String s = t.value().strip();
        if (!DeckGrammar.stacks().contains(s)) {
            throw t.at(0, "unknown stack '" + s + "': expected " + String.join(" or ", DeckGrammar.stacks())
                    + Suggest.hint(s, DeckGrammar.stacks()));
        }
        return s;
    }

    // ---- rules ----

    private Optional<Rule> rule(DeckDraft.RuleDraft r, ParamValues.Names names) {
        MapReader m = r.map();
        String id = r.id().value();
        Optional<Scalar> enabled = m.scalar("enabled", "true or false");
        if (enabled.isPresent() && !(Boolean) convert(text(enabled.get()), ParamType.BOOLEAN, List.of(), names)) {
            return Optional.empty();
        }
        Scalar checkName = m.required("check", "a check name");
        Text ct = text(checkName);
        String cn = ct.value().strip();
        Check check = registry.find(cn).orElseThrow(() -> ct.at(0, "unknown check '" + cn + "'"
                + Suggest.hint(cn, registry.all().stream().map(Check::name).toList())
                + " (known: " + String.join(", ", registry.all().stream().map(Check::name).toList()) + ")"));
        List<String> allowed = new ArrayList<>(DeckGrammar.names(DeckGrammar.RULE_KEYS));
        List<String> specNames = check.parameters().stream().map(ParamSpec::name).toList();
        allowed.addAll(specNames);
        m.allowOnly(allowed);

        Severity severity = Severity.ERROR;
        Optional<Scalar> sev = m.scalar("severity", "error, warning or info");
        if (sev.isPresent()) {
            Text st = text(sev.get());
            String s = st.value().strip();
            if (!DeckGrammar.severities().contains(s)) {
                throw st.at(0, "invalid severity '" + s + "': expected error, warning or info"
                        + Suggest.hint(s, DeckGrammar.severities()));
            }
            severity = Severity.parse(s);
        }
        String description = m.scalar("description", "a description").map(s -> text(s).value()).orElse(null);
        String message = null;
        Optional<Scalar> msg = m.scalar("message", "a message template");
        if (msg.isPresent()) {
            Text mt = text(msg.get());
            List<String> placeholders = new ArrayList<>(MessageTemplate.STANDARD_PLACEHOLDERS);
            placeholders.addAll(specNames);
            try {
                MessageTemplate.validate(mt.value(), placeholders);
            } catch (TextProblem p) {
                throw mt.error(p);
            }
            message = mt.value();
        }

        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec spec : check.parameters()) {
            Optional<Node> node = m.get(spec.name());
            if (node.isPresent()) {
                values.put(spec.name(), value(m, spec, node.get(), names));
            } else if (spec.required()) {
                throw m.file().error(m.node(), "rule '" + id + "' misses parameter '" + spec.name() + "' of check '"
                        + cn + "' (required: " + String.join(", ", check.parameters().stream()
                        .filter(ParamSpec::required).map(ParamSpec::name).toList()) + ")");
            } else if (spec.defaultValue() != null) {
                values.put(spec.name(), defaultValue(check, spec, names));
            }
        }
        return Optional.of(new Rule(id, cn, severity, description, message, values));
    }

    private Object value(MapReader m, ParamSpec spec, Node node, ParamValues.Names names) {
        if (spec.type() == ParamType.LENGTH_RANGE && node instanceof SequenceNode seq) {
            if (seq.getValue().size() != 2) {
                throw m.file().error(node, "'" + spec.name() + "' needs two lengths [min, max], found "
                        + seq.getValue().size());
            }
            double[] range = new double[2];
            Text max = null;
            for (int i = 0; i < 2; i++) {
                Text t = text(Scalar.of(m.file(), seq.getValue().get(i), "a length"));
                range[i] = (Double) convert(t, ParamType.LENGTH, List.of(), names);
                max = t;
            }
            try {
                ParamValues.checkOrder(range, 0);
            } catch (TextProblem p) {
                throw max.error(p);
            }
            return range;
        }
        Scalar s = Scalar.of(m.file(), node, "a " + ParamValues.describe(spec.type(), spec.choices())
                + " for '" + spec.name() + "'");
        if (s.isNull()) {
            throw s.error("'" + spec.name() + "' needs a value (" + ParamValues.describe(spec.type(), spec.choices()) + ")");
        }
        return convert(text(s), spec.type(), spec.choices(), names);
    }

    private static Object convert(Text t, ParamType type, List<String> choices, ParamValues.Names names) {
        try {
            return ParamValues.convert(type, choices, t.value(), names);
        } catch (TextProblem p) {
            throw t.error(p);
        }
    }

    private static Object defaultValue(Check check, ParamSpec spec, ParamValues.Names names) {
        if (spec.type() == ParamType.LAYER) {
            return spec.defaultValue();
        }
        try {
            return ParamValues.convert(spec.type(), spec.choices(), spec.defaultValue(), names);
        } catch (TextProblem p) {
            throw new IllegalStateException("check '" + check.name() + "' declares a bad default for '"
                    + spec.name() + "': " + p.getMessage());
        }
    }
}
