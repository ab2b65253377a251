package org.cpodrc.deckimport;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cpodrc.deck.DeckGrammar;
import org.cpodrc.deck.expr.ExprParser;
import org.cpodrc.deckimport.RubyTokens.Kind;
import org.cpodrc.deckimport.RubyTokens.Token;

/**
 * Evaluates the statements of a KLayout deck one by one (Ruby precedence: {@code * /} above
 * {@code + -} above {@code &} above {@code | ^}) and collects what they define: layers, derived
 * layers and rules. A statement it cannot follow throws {@link Untranslatable} and leaves no trace.
 */
final class StatementTranslator {
    /** Statements that steer a KLayout run and define no rule: dropped. */
    private static final Set<String> RUN_CONTROL = Set.of("report", "source", "target", "threads", "tiles",
            "tile_borders", "no_borders", "deep", "flat", "tiled", "verbose", "silent", "logger", "print", "puts",
            "info", "log", "time_start", "time_end", "dbu", "title", "description", "profile", "GC");
    private static final Set<String> METRICS = Set.of("euclidian", "square", "projection");
    private static final Set<String> CHECKS = Set.of("width", "space", "separation", "enclosing", "enclosed", "overlap",
            "notch", "isolated");

    final Map<String, String> layers = new LinkedHashMap<>();
    final Map<String, String> derived = new LinkedHashMap<>();
    final List<Map<String, Object>> rules = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    private final Map<String, Value> variables = new LinkedHashMap<>();
    private final Map<String, String> deckNames = new LinkedHashMap<>();
    /** Open Ruby blocks ({@code if ... end}); a density condition ({@code if dens < min}) or NO_CONDITION. */
    private final java.util.ArrayDeque<Object> blocks = new java.util.ArrayDeque<>();
    private static final Object NO_CONDITION = new Object();
    private List<Token> tokens;
    private int pos;
    private int line;

    /** Translates one statement, or throws {@link Untranslatable}; run-control statements are dropped. */
    void translate(ScriptText.Statement s) {
        line = s.line();
        String word = s.text().split("[^A-Za-z0-9_$@]", 2)[0];
        if (RUN_CONTROL.contains(word)) {
            return;
        }
        if (controlFlow(word, s.text())) {
            return;
        }
        tokens = RubyTokens.of(s.text());
        pos = 0;
        Token first = tokens.get(0);
        if (first.kind() == Kind.NAME && peekAt(1).is("=")) {
            String name = first.text();
            pos = 2;
            Value v = expression();
            expectEnd();
            assign(name, v);
            return;
        }
        if (first.is("output")) {
            next();
            expect("(");
            Value layer = expression();
            List<Value> args = new ArrayList<>();
            while (peek().is(",")) {
                next();
                args.add(expression());
            }
            expect(")");
            expectEnd();
            output(layer, args);
            return;
        }
        Value v = expression();
        expectEnd();
        if (v == null) { // an output, or a call like layer.forget
            return;
        }
        throw new Untranslatable("a value that is neither assigned nor output");
    }

    /**
     * Ruby blocks: statements inside an {@code if} are translated as if it held (feature flags such
     * as {@code if OFFGRID}), except the whole-chip density idiom of gdsfactory's deck generator,
     * {@code dens = layer.area / boundary.area; if dens < min; marker = boundary; end}, whose
     * condition becomes a {@code density} rule. Returns true when the statement is fully handled.
     */
    private boolean controlFlow(String word, String text) {
        switch (word) {
            case "end" -> {
                Object top = blocks.pollFirst();
                if (top != null && top != NO_CONDITION) {
                    return true;
                }
            }
            case "if" -> {
                Object condition = densityCondition(text);
                blocks.push(condition == null ? NO_CONDITION : condition);
                if (condition != null) {
                    return true;
                }
            }
            case "else", "elsif" -> {
                if (!blocks.isEmpty()) {
                    blocks.pop();
                    blocks.push(NO_CONDITION);
                }
            }
            case "unless", "def", "while", "until", "for", "case", "begin", "class", "module" -> blocks.push(NO_CONDITION);
            case "when", "rescue", "ensure", "require", "load" -> {
            }
            default -> {
                return false;
            }
        }
        throw new Untranslatable("Ruby control flow is not translated");
    }

    /** {@code if NAME < NUMBER} (or {@code >}, {@code <=}, {@code >=}) on a density variable, else null. */
    private Value.DensityMarker densityCondition(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("if\\s+(\\w+)\\s*(<=?|>=?)\\s*(.+)").matcher(text.trim());
        if (!m.matches() || !(variables.get(m.group(1)) instanceof Value.Density d)) {
            return null;
        }
        try {
            tokens = RubyTokens.of(m.group(3));
            pos = 0;
            Value v = expression();
            expectEnd();
            if (v instanceof Value.Num n) {
                return new Value.DensityMarker(d, m.group(2).startsWith("<") ? "min" : "max", n.value());
            }
        } catch (Untranslatable e) {
            // not a number: an ordinary if
        }
        return null;
    }

    private Value.DensityMarker openDensityCondition() {
        for (Object b : blocks) {
            if (b instanceof Value.DensityMarker m) {
                return m;
            }
        }
        return null;
    }

    // ---- expressions ----

    private Value expression() {
        Value left = andExpr();
        while (peek().is("|") || peek().is("^")) {
            String op = next().text();
            Value right = andExpr();
            left = bool(op.equals("|") ? "or" : "xor", left, right);
        }
        return left;
    }

    private Value andExpr() {
        Value left = additive();
        while (peek().is("&")) {
            next();
            left = bool("and", left, additive());
        }
        return left;
    }

    private Value additive() {
        Value left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            String op = next().text();
            Value right = multiplicative();
            if (left instanceof Value.Num a && right instanceof Value.Num b) {
                left = new Value.Num(op.equals("+") ? a.value().add(b.value()) : a.value().subtract(b.value()),
                        a.integer() && b.integer());
            } else {
                left = bool(op.equals("+") ? "or" : "not", left, right);
            }
        }
        return left;
    }

    private Value multiplicative() {
        Value left = unary();
        while (peek().is("*") || peek().is("/")) {
            String op = next().text();
            Value right = unary();
            if (op.equals("/") && left instanceof Value.Area a && right instanceof Value.Area b) {
                left = new Value.Density(a.layer(), b.layer());
                continue;
            }
            if (!(left instanceof Value.Num a) || !(right instanceof Value.Num b)) {
                throw new Untranslatable("'" + op + "' of non-numbers");
            }
            if (op.equals("*")) {
                left = new Value.Num(a.value().multiply(b.value()), a.integer() && b.integer());
            } else if (a.integer() && b.integer()) {
                throw new Untranslatable("integer division");
            } else {
                left = new Value.Num(a.value().divide(b.value(), MathContext.DECIMAL64), false);
            }
        }
        return left;
    }

    private Value unary() {
        if (peek().is("-")) {
            next();
            Value v = unary();
            if (v instanceof Value.Num n) {
                return new Value.Num(n.value().negate(), n.integer());
            }
            throw new Untranslatable("unary minus of a non-number");
        }
        return postfix(primary());
    }

    private Value primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER -> {
                boolean integer = !t.text().contains(".") && !t.text().toLowerCase(Locale.ROOT).contains("e");
                return new Value.Num(new BigDecimal(t.text()), integer);
            }
            case STRING -> {
                return new Value.Str(t.text());
            }
            case SYMBOL -> {
                if (t.is("(")) {
                    Value v = expression();
                    expect(")");
                    return v;
                }
                throw new Untranslatable("unexpected '" + t.text() + "'");
            }
            case NAME -> {
                return name(t.text());
            }
            default -> throw new Untranslatable("incomplete statement");
        }
    }

    private Value name(String name) {
        List<Value> args = peek().is("(") ? arguments() : null;
        switch (name) {
            case "input", "polygons" -> {
                if (args == null || args.isEmpty() || args.size() > 2) {
                    throw new Untranslatable(name + " needs a layer and datatype");
                }
                int layer = integer(args.get(0));
                int datatype = args.size() > 1 ? integer(args.get(1)) : 0;
                if (args.size() == 1) {
                    warnings.add("line " + line + ": input(" + layer + ") reads every datatype of layer " + layer
                            + " in KLayout; the deck uses " + layer + "/0 only");
                }
                return new Value.Layer(layer + "/" + datatype, false);
            }
            case "nil" -> {
                return new Value.Nil();
            }
            case "polygon_layer" -> {
                return new Value.Empty();
            }
            case "euclidian", "square", "projection", "whole_edges", "angle_limit", "projection_limits",
                 "projecting", "without_touching_corners" -> {
                return new Value.Option(name, args == null ? List.of() : args);
            }
            default -> {
                if (args == null && variables.containsKey(name)) {
                    return variables.get(name);
                }
                throw new Untranslatable(args == null ? "unknown name '" + name + "'" : "function '" + name + "'");
            }
        }
    }

    private List<Value> arguments() {
        expect("(");
        List<Value> args = new ArrayList<>();
        if (!peek().is(")")) {
            args.add(expression());
            while (peek().is(",")) {
                next();
                args.add(expression());
            }
        }
        expect(")");
        return args;
    }

    private Value postfix(Value v) {
        while (peek().is(".")) {
            next();
            Token m = next();
            if (m.kind() != Kind.NAME) {
                throw new Untranslatable("expected a method name after '.'");
            }
            List<Value> args = peek().is("(") ? arguments() : List.of();
            v = method(v, m.text(), args);
        }
        return v;
    }

    private Value method(Value v, String m, List<Value> args) {
        if (m.equals("forget") && args.isEmpty()) {
            return null;
        }
        if (v instanceof Value.Num n) {
            return switch (m) {
                case "um", "micron", "um2", "micron2" -> new Value.Num(n.value(), false);
                case "nm" -> new Value.Num(n.value().movePointLeft(3), false);
                case "mm" -> new Value.Num(n.value().movePointRight(3), false);
                case "to_f" -> new Value.Num(n.value(), false);
                default -> throw new Untranslatable("number method '" + m + "'");
            };
        }
        if (v instanceof Value.Check c) {
            return switch (m) {
                case "output" -> {
                    output(c, args);
                    yield null;
                }
                case "polygons" -> {
                    warnings.add("line " + line + ": " + c.check() + "(...).polygons: the rule marks the edge pairs"
                            + " themselves (the same places; KLayout reports them as polygons)");
                    yield c;
                }
                case "join" -> joined(c, one(args, m));
                default -> throw new Untranslatable("edge-pair method '" + m + "'");
            };
        }
        if (v instanceof Value.Joined j) {
            return switch (m) {
                case "output" -> {
                    output(j, args);
                    yield null;
                }
                case "join" -> joined(j, one(args, m));
                default -> throw new Untranslatable("method '" + m + "' of joined results");
            };
        }
        if (v instanceof Value.Edges e) {
            return edgeLength(e, m, args);
        }
        if ((v instanceof Value.DensityMarker || v instanceof Value.Empty) && m.equals("output")) {
            output(v, args);
            return null;
        }
        if (v instanceof Value.Layer layer) {
            return layerMethod(layer, m, args);
        }
        throw new Untranslatable("method '" + m + "'");
    }

    private Value layerMethod(Value.Layer layer, String m, List<Value> args) {
        Value.Layer x = named(layer);
        String a = x.operand();
        switch (m) {
            case "output" -> {
                output(x, args);
                return null;
            }
            case "merged", "merge" -> {
                if (args.isEmpty()) {
                    return new Value.Layer("merged(" + x.expr() + ")", true);
                }
                if (args.size() == 1 && args.get(0) instanceof Value.Num n) {
                    return new Value.Layer("merged(" + x.expr() + ", " + integer(n) + ")", true);
                }
                throw new Untranslatable("merged with options");
            }
            case "size", "sized" -> {
                if (args.size() != 1) {
                    throw new Untranslatable("anisotropic or mode-specific sizing");
                }
                return new Value.Layer(a + " sized " + plain(length(args.get(0), m)) + "um", false);
            }
            case "and", "not", "or", "xor", "join" -> {
                if (m.equals("join") && one(args, m) instanceof Value.Check c) {
                    return joined(x, c);
                }
                return bool(m.equals("join") ? "or" : m, x, one(args, m));
            }
            case "rectangles", "non_rectangles" -> {
                return new Value.Layer(m + "(" + x.expr() + ")", true);
            }
            case "edges" -> {
                return new Value.Edges(x);
            }
            case "area" -> {
                if (!args.isEmpty()) {
                    throw new Untranslatable("area of a region of interest");
                }
                return new Value.Area(x);
            }
            case "ongrid" -> {
                if (args.isEmpty() || args.size() > 2) {
                    throw new Untranslatable("ongrid needs one or two grid steps");
                }
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("layer", x);
                params.put("grid", length(args.get(0), m));
                if (args.size() == 2) {
                    params.put("grid_y", length(args.get(1), m));
                }
                return new Value.Check("ongrid", params);
            }
            case "inside", "not_inside", "outside", "not_outside", "interacting", "not_interacting", "overlapping",
                 "not_overlapping" -> {
                if (m.endsWith("interacting") && one(args, m) instanceof Value.Check c) {
                    return interactingShortEdges(x, m, c);
                }
                if (!(one(args, m) instanceof Value.Layer y)) {
                    throw new Untranslatable(m + " of a non-layer");
                }
                return new Value.Layer(m + "(" + x.expr() + ", " + named(y).expr() + ")", true);
            }
            case "holes" -> {
                return new Value.Layer("holes(" + x.expr() + ")", true);
            }
            case "extents" -> {
                return new Value.Layer("bbox(" + x.expr() + ")", true);
            }
            case "with_area", "without_area" -> {
                if (args.size() != 2 && args.size() != 1) {
                    throw new Untranslatable(m + " with " + args.size() + " argument(s)");
                }
                // one argument: exactly that area (KLayout compares integer areas)
                Value upper = args.get(args.size() - 1);
                String min = args.get(0) instanceof Value.Nil ? "0" : plain(area(args.get(0)));
                String max = upper instanceof Value.Nil ? "inf" : plain(area(upper));
                String sel = "with_area(" + x.expr() + ", " + min + ", " + max + ")";
                return m.equals("with_area") ? new Value.Layer(sel, true) : new Value.Layer(a + " not " + sel, false);
            }
            default -> {
                if (CHECKS.contains(m)) {
                    return check(x, m, args);
                }
                throw new Untranslatable("layer method '" + m + "'");
            }
        }
    }

    private Value check(Value.Layer x, String m, List<Value> args) {
        Map<String, Object> p = new LinkedHashMap<>();
        Value.Layer other = null;
        BigDecimal min = null;
        for (Value a : args) {
            if (a instanceof Value.Layer l && other == null) {
                other = named(l);
            } else if (a instanceof Value.Num n && min == null) {
                min = length(n, m);
            } else if (a instanceof Value.Option o) {
                option(o, p);
            } else {
                throw new Untranslatable(m + " argument not understood");
            }
        }
        if (min == null) {
            throw new Untranslatable(m + " without a distance");
        }
        boolean twoLayers = !m.equals("width") && !m.equals("space") && !m.equals("notch") && !m.equals("isolated");
        if (twoLayers != (other != null)) {
            throw new Untranslatable(m + (twoLayers ? " needs a second layer" : " takes one layer"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String check;
        switch (m) {
            case "width", "space" -> {
                check = m;
                params.put("layer", x);
            }
            case "separation" -> {
                check = "separation";
                params.put("layer", x);
                params.put("other", other);
            }
            case "enclosing" -> {
                check = "enclosure";
                params.put("outer", x);
                params.put("inner", other);
            }
            case "enclosed" -> {
                check = "enclosure";
                params.put("outer", other);
                params.put("inner", x);
            }
            case "overlap" -> {
                check = "overlap_edges";
                params.put("layer", x);
                params.put("other", other);
            }
            case "notch", "isolated" -> {
                check = m;
                params.put("layer", x);
            }
            default -> throw new Untranslatable("check '" + m + "'");
        }
        params.put("min", min);
        params.putAll(p);
        // KLayout checks the space of a layer read by input(...) (not .merged) shape by shape with a
        // local merge, which gives other edge pairs than on the merged layer: ask for that result
        // (its width, separation and enclosing equal the merged layer's)
        if (layers.containsKey(x.expr()) && m.equals("space")) {
            params.put("input", "unmerged");
        }
        if (check.equals("enclosure")) {
            params.put("report_outside", false); // KLayout's enclosing reports edge pairs only
        }
        return new Value.Check(check, params);
    }

    /**
     * {@code layer.edges.with_length(nil, l)} and {@code without_length(l)} (or {@code (a, nil)}) as an
     * {@code edge_length} rule: the edges flagged are those outside the allowed [min, max]. KLayout's
     * upper bounds are exclusive, so {@code with_length(a, ...)} and {@code without_length(a, b)}
     * have no exact allowed range and are not translated.
     */
    private Value edgeLength(Value.Edges e, String m, List<Value> args) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layer", e.layer());
        if (m.equals("with_length") && args.size() == 2 && args.get(0) instanceof Value.Nil
                && !(args.get(1) instanceof Value.Nil)) {
            params.put("min", length(args.get(1), m));
        } else if (m.equals("without_length") && args.size() == 1) {
            params.put("min", length(args.get(0), m));
            params.put("max", length(args.get(0), m));
        } else if (m.equals("without_length") && args.size() == 2 && args.get(1) instanceof Value.Nil
                && !(args.get(0) instanceof Value.Nil)) {
            params.put("min", length(args.get(0), m));
        } else {
            throw new Untranslatable("edge method '" + m + "' with these bounds (edge layers are only translated as"
                    + " edge_length rules: with_length(nil, l), without_length(l), without_length(l, nil))");
        }
        return new Value.Check("edge_length", params);
    }

    /**
     * {@code X.not_interacting(X.edges.with_length(nil, l))} (the generic PDK's wide metal: shapes whose
     * every edge is at least l) and its {@code interacting} form, on the edges of X itself.
     */
    private Value interactingShortEdges(Value.Layer x, String m, Value.Check c) {
        if (!c.check().equals("edge_length") || c.params().containsKey("max")
                || !(c.params().get("layer") instanceof Value.Layer l) || !l.expr().equals(x.expr())) {
            throw new Untranslatable(m + " with edges other than the layer's own edges shorter than a length");
        }
        String sel = "with_edge_length(" + x.expr() + ", 0, " + plain((BigDecimal) c.params().get("min")) + ")";
        return m.equals("interacting") ? new Value.Layer(sel, true) : new Value.Layer(x.operand() + " not " + sel, false);
    }

    private static Value joined(Value a, Value b) {
        List<Value> parts = new ArrayList<>();
        for (Value v : List.of(a, b)) {
            if (v instanceof Value.Joined j) {
                parts.addAll(j.parts());
            } else if (v instanceof Value.Check || v instanceof Value.Layer) {
                parts.add(v);
            } else {
                throw new Untranslatable("join of something that is neither a layer nor a check");
            }
        }
        return new Value.Joined(parts);
    }

    private void option(Value.Option o, Map<String, Object> p) {
        switch (o.name()) {
            case "euclidian", "square", "projection" -> p.put("metric", o.name());
            case "whole_edges" -> {
                if (!o.args().isEmpty()) {
                    throw new Untranslatable("whole_edges with an argument");
                }
                p.put("whole_edges", true);
            }
            case "angle_limit" -> {
                if (o.args().size() != 1 || !(o.args().get(0) instanceof Value.Num n)) {
                    throw new Untranslatable("angle_limit needs one number");
                }
                p.put("angle_limit", n.value());
            }
            case "projection_limits" -> {
                if (o.args().size() != 2) {
                    throw new Untranslatable("projection_limits needs two lengths");
                }
                p.put("projection_limits", List.of(length(o.args().get(0), o.name()), length(o.args().get(1), o.name())));
            }
            default -> throw new Untranslatable("option '" + o.name() + "'");
        }
    }

    // ---- statements ----

    private void assign(String name, Value v) {
        if (v == null) {
            throw new Untranslatable("assignment of nothing");
        }
        Value.DensityMarker condition = openDensityCondition();
        if (condition != null && v instanceof Value.Layer l && l.expr().equals(condition.density().boundary().expr())) {
            variables.put(name, condition); // marker = boundary inside "if dens < min": the density rule's output
            return;
        }
        if (v instanceof Value.Layer l) {
            String previous = deckNames.get(name);
            if (previous != null && (layers.containsKey(previous) || derived.containsKey(previous))) {
                deckNames.remove(name); // a reassigned Ruby variable (a = a.merged) is a new deck layer
            }
            String deckName = deckName(name);
            if (l.expr().matches("\\d+/\\d+")) {
                layers.put(deckName, l.expr());
            } else {
                derived.put(deckName, l.expr());
            }
            variables.put(name, new Value.Layer(deckName, true));
            return;
        }
        variables.put(name, v);
    }

    private void output(Value v, List<Value> args) {
        if (args.isEmpty() || args.size() > 2 || !(args.get(0) instanceof Value.Str id)) {
            throw new Untranslatable("output needs a name (and a message); layer numbers are not translated");
        }
        String description = args.size() > 1 && args.get(1) instanceof Value.Str d ? d.text() : null;
        if (v instanceof Value.Joined j) {
            int first = rules.size();
            for (Value part : j.parts()) {
                output(part, args);
            }
            warnings.add("line " + line + ": output \"" + id.text() + "\" joins " + j.parts().size() + " results: rules "
                    + String.join(", ", rules.subList(first, rules.size()).stream().map(r -> (String) r.get("id")).toList()));
            return;
        }
        if (v instanceof Value.Empty) {
            warnings.add("line " + line + ": output \"" + id.text() + "\" of an empty layer: no rule");
            return;
        }
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", ruleId(id.text()));
        if (v instanceof Value.Check c) {
            rule.put("check", c.check());
            c.params().forEach((k, val) -> rule.put(k, val instanceof Value.Layer l ? layerName(l, id.text()) : val));
        } else if (v instanceof Value.Layer l) {
            rule.put("check", "forbidden");
            rule.put("layer", layerName(l, id.text()));
        } else if (v instanceof Value.DensityMarker d) {
            // layer.area / boundary.area: one window covering the whole boundary, clipped to its shapes
            rule.put("check", "density");
            rule.put("layer", layerName(d.density().layer(), id.text()));
            rule.put("boundary", layerName(d.density().boundary(), id.text() + "_boundary"));
            rule.put(d.bound(), d.value());
            rule.put("window", "100mm");
            warnings.add("line " + line + ": whole-chip density " + id.text() + " as one 100 mm window clipped to "
                    + rule.get("boundary") + " (KLayout divides by the boundary's area; the same while the layer lies"
                    + " inside the boundary)");
        } else {
            throw new Untranslatable("output of something that is not a layer or a check");
        }
        if (description != null) {
            rule.put("description", description);
        }
        rules.add(rule);
    }

    /** A deck layer name for the value: its own name, or a new derived layer named after the output. */
    private String layerName(Value.Layer l, String output) {
        if (l.simple() && DeckGrammar.NAME.matcher(l.expr()).matches() && (layers.containsKey(l.expr())
                || derived.containsKey(l.expr()))) {
            return l.expr();
        }
        if (l.expr().matches("\\d+/\\d+")) {
            return named(l).expr();
        }
        String name = deckName(output.replaceAll("[^A-Za-z0-9_]", "_") + "_layer");
        derived.put(name, l.expr());
        return name;
    }

    private String deckName(String rubyName) {
        String known = deckNames.get(rubyName);
        if (known != null) {
            return known;
        }
        String base = rubyName.replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
            base = "L" + base;
        }
        if (ExprParser.RESERVED.contains(base) || base.equals("inf")) {
            base = base + "_";
        }
        String name = base;
        for (int i = 2; deckNames.containsValue(name) || layers.containsKey(name) || derived.containsKey(name); i++) {
            name = base + "_" + i;
        }
        deckNames.put(rubyName, name);
        return name;
    }

    private String ruleId(String output) {
        String base = output.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty()) {
            base = "rule";
        }
        String id = base;
        for (int i = 2; idTaken(id); i++) {
            id = base + "_" + i;
        }
        if (!id.equals(base)) {
            warnings.add("line " + line + ": a second output \"" + output + "\" becomes rule " + id);
        }
        return id;
    }

    private boolean idTaken(String id) {
        return rules.stream().anyMatch(r -> r.get("id").equals(id));
    }

    // ---- numbers ----

    private BigDecimal length(Value v, String what) {
        if (!(v instanceof Value.Num n)) {
            throw new Untranslatable(what + " needs a number");
        }
        if (n.integer()) {
            warnings.add("line " + line + ": integer " + n.value() + " in " + what + " is database units in KLayout;"
                    + " taken as " + n.value().movePointLeft(3).stripTrailingZeros().toPlainString() + " um (1 nm units)");
            return n.value().movePointLeft(3);
        }
        return n.value();
    }

    private BigDecimal area(Value v) {
        if (!(v instanceof Value.Num n)) {
            throw new Untranslatable("with_area needs numbers or nil");
        }
        if (n.integer() && n.value().signum() != 0) {
            warnings.add("line " + line + ": integer area " + n.value() + " is square database units in KLayout;"
                    + " taken with 1 nm units");
            return n.value().movePointLeft(6);
        }
        return n.value();
    }

    private static int integer(Value v) {
        if (v instanceof Value.Num n && n.integer()) {
            return n.value().intValueExact();
        }
        throw new Untranslatable("expected a whole number");
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.round(MathContext.DECIMAL64).stripTrailingZeros();
        return s.signum() == 0 ? "0" : s.toPlainString();
    }

    private Value bool(String op, Value a, Value b) {
        if (!(a instanceof Value.Layer x) || !(b instanceof Value.Layer y)) {
            throw new Untranslatable("'" + op + "' of non-layers");
        }
        return new Value.Layer(named(x).operand() + " " + op + " " + named(y).operand(), false);
    }

    /** An inline input(l, d) gets a deck layer name (L1_0) so expressions can refer to it. */
    private Value.Layer named(Value.Layer l) {
        if (!l.expr().matches("\\d+/\\d+")) {
            return l;
        }
        String name = deckName("L" + l.expr().replace('/', '_'));
        layers.putIfAbsent(name, l.expr());
        return new Value.Layer(name, true);
    }

    private static Value one(List<Value> args, String m) {
        if (args.size() != 1) {
            throw new Untranslatable(m + " with " + args.size() + " argument(s)");
        }
        return args.get(0);
    }

    // ---- tokens ----

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int i) {
        return tokens.get(Math.min(i, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Kind.END) {
            pos++;
        }
        return t;
    }

    private void expect(String symbol) {
        if (!next().is(symbol)) {
            throw new Untranslatable("expected '" + symbol + "'");
        }
    }

    private void expectEnd() {
        if (peek().kind() != Kind.END) {
            throw new Untranslatable("unexpected '" + peek().text() + "'");
        }
    }
}
