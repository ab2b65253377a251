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
    private Map<String, Value> variables = new LinkedHashMap<>();
    private final Map<String, String> deckNames = new LinkedHashMap<>();
    /** Ruby methods defined with {@code def}: called where the deck calls them. */
    private final Map<String, Function> functions = new LinkedHashMap<>();
    /** Global variables read as unset ($run_mode ...): each noted once. */
    private final Set<String> unsetGlobals = new java.util.HashSet<>();
    /** Open Ruby blocks, innermost first. */
    private java.util.ArrayDeque<Block> blocks = new java.util.ArrayDeque<>();
    /** The def whose body is being collected, or null. */
    private Function capturing;
    private int captureDepth;
    /** The value of the last expression statement (a function's return value), or null. */
    private Value lastValue;
    private List<Token> tokens;
    private int pos;
    private int line;
    /** The file of the statement when a {@code # %include} brought it in, else null. */
    private String file;
    /** The script's own name: its statements' notes name only the line. */
    private final String script;

    StatementTranslator(String script) {
        this.script = script;
    }

    /** Whether the statements of a block run: yes, no (a branch not taken) or not decided by the import. */
    private enum State { RUN, SKIP, UNKNOWN }

    /** A Ruby block ({@code if}, {@code case}, {@code while} ... {@code end}) and what the import knows of it. */
    private static final class Block {
        final String keyword;
        State state;
        /** A branch of this if / case has run, so later elsif / when / else branches do not. */
        boolean taken;
        /** The whole block lies in a branch not taken: nothing in it runs. */
        final boolean dead;
        /** {@code case X}: the value of X. */
        Value caseValue;
        /** {@code X = if ...}: the variable that receives the value of the branch that runs. */
        String assignTo;
        /** The whole-chip density condition ({@code if dens < min}) of gdsfactory's template, or null. */
        Value.DensityMarker density;

        Block(String keyword, State state, boolean dead) {
            this.keyword = keyword;
            this.state = state;
            this.dead = dead;
        }
    }

    /** A Ruby method defined in the deck: its parameters and the statements of its body. */
    private record Function(String name, List<String> params, int line, List<ScriptText.Statement> body) {
    }

    private static final Set<String> OPENERS = Set.of("if", "unless", "while", "until", "case", "def", "begin", "for",
            "class", "module");
    /** Ruby classes whose values (Time.now, Etc.nprocessors, Logger.new ...) are only known when KLayout runs. */
    private static final Set<String> RUBY_CLASSES = Set.of("Time", "Etc", "Process", "Logger", "Pathname", "File", "Dir",
            "ENV", "RUBY_VERSION", "Math", "RBA");
    private static final java.util.regex.Pattern VALUE_IF =
            java.util.regex.Pattern.compile("([A-Za-z_]\\w*)\\s*=\\s*(if|unless|case)\\b(.*)");

    /** Translates one statement, or throws {@link Untranslatable}; run-control statements are dropped. */
    void translate(ScriptText.Statement s) {
        line = s.line();
        file = s.file() == null || s.file().equals(script) ? null : s.file();
        String word = firstWord(s.text());
        if (capturing != null) {
            collect(s, word);
            return;
        }
        if (block(word, s.text())) {
            return;
        }
        if (!active() || RUN_CONTROL.contains(word) || word.equals("require")) {
            return;
        }
        Value v = execute(s.text());
        if (v == null) {
            return;
        }
        Block target = blocks.stream().filter(b -> b.assignTo != null).findFirst().orElse(null);
        if (target != null) {
            assign(target.assignTo, v);
            return;
        }
        throw new Untranslatable("a value that is neither assigned nor output");
    }

    /** "line N" of the statement being translated, with its file when an include brought it in. */
    private String where() {
        return (file == null ? "" : file + " ") + "line " + line;
    }

    private static String firstWord(String text) {
        return text.split("[^A-Za-z0-9_$@?]", 2)[0];
    }

    /** Runs an assignment, output or expression statement; returns the value of an expression statement. */
    private Value execute(String text) {
        tokens = RubyTokens.of(text);
        pos = 0;
        Token first = tokens.get(0);
        if (first.kind() == Kind.NAME && peekAt(1).kind() == Kind.SYMBOL
                && List.of("=", "+=", "-=", "*=", "||=", "&&=").contains(peekAt(1).text())) {
            String name = first.text();
            String op = peekAt(1).text();
            pos = 2;
            Value v = logical();
            expectEnd();
            assign(name, op.equals("=") ? v : opAssign(name, op, v));
            return null;
        }
        if (first.is("output")) {
            next();
            expect("(");
            Value layer = logical();
            List<Value> args = new ArrayList<>();
            while (peek().is(",")) {
                next();
                args.add(logical());
            }
            expect(")");
            expectEnd();
            output(layer, args);
            return null;
        }
        if (first.is("return")) {
            next();
        }
        Value v = logical();
        expectEnd();
        return v;
    }

    /** {@code x += v}, {@code x ||= v} ...: the new value of x. */
    private Value opAssign(String name, String op, Value v) {
        Value old = variables.get(name);
        if (op.equals("||=")) {
            return old == null || !truthy(old).orElse(true) ? v : old;
        }
        if (op.equals("&&=")) {
            return old != null && truthy(old).orElse(false) ? v : old;
        }
        if (old == null) {
            throw new Untranslatable("unknown name '" + name + "'");
        }
        if (old instanceof Value.Runtime || v instanceof Value.Runtime) {
            return new Value.Runtime(name);
        }
        if (old instanceof Value.Num a && v instanceof Value.Num b) {
            return switch (op) {
                case "+=" -> new Value.Num(a.value().add(b.value()), a.integer() && b.integer());
                case "-=" -> new Value.Num(a.value().subtract(b.value()), a.integer() && b.integer());
                default -> new Value.Num(a.value().multiply(b.value()), a.integer() && b.integer());
            };
        }
        if (op.equals("*=")) {
            throw new Untranslatable("'*=' of non-numbers");
        }
        return bool(op.equals("+=") ? "or" : "not", old, v);
    }

    private boolean active() {
        return blocks.stream().noneMatch(b -> b.state == State.SKIP);
    }

    /** The statements of a def up to its end; nested blocks counted by their first word. */
    private void collect(ScriptText.Statement s, String word) {
        if (OPENERS.contains(word) || VALUE_IF.matcher(s.text()).matches()) {
            captureDepth++;
        } else if (word.equals("end")) {
            captureDepth--;
        }
        if (captureDepth == 0) {
            functions.put(capturing.name(), capturing);
            capturing = null;
            return;
        }
        capturing.body().add(s);
    }

    /**
     * Ruby blocks. An {@code if}, {@code unless}, {@code case} or {@code elsif} whose condition the
     * import can evaluate (literals, variables, global variables: $input and $report given, every
     * other one unset as in a run without -rd, {@code == != < > ! && ||}, Ruby methods defined in
     * the deck) runs the branch KLayout runs and drops the others. An undecided condition is listed
     * and its statements are translated as if it held (feature flags such as {@code if OFFGRID} on a
     * value the import cannot know), except the whole-chip density idiom of gdsfactory's deck
     * generator, {@code dens = layer.area / boundary.area; if dens < min; marker = boundary; end},
     * whose condition becomes a {@code density} rule. Returns true when the statement is handled.
     */
    private boolean block(String word, String text) {
        java.util.regex.Matcher valueIf = VALUE_IF.matcher(text);
        boolean opener = OPENERS.contains(word) || valueIf.matches();
        if (!active()) { // inside a branch not taken: only keep track of the nesting
            if (opener) {
                blocks.push(new Block(word, State.SKIP, true));
                return true;
            }
            Block top = blocks.peek();
            if (word.equals("end")) {
                blocks.pop();
                return true;
            }
            if (top != null && !top.dead && top.state == State.SKIP && List.of("else", "elsif", "when").contains(word)) {
                branch(top, word, text); // the top block's own branch: it may be the one that runs
                return true;
            }
            return List.of("else", "elsif", "when").contains(word);
        }
        if (valueIf.matches()) {
            Block b = condition(valueIf.group(2), valueIf.group(3).trim(), text);
            b.assignTo = valueIf.group(1);
            return pushed(b);
        }
        switch (word) {
            case "if", "unless", "case" -> {
                Value.DensityMarker density = word.equals("if") ? densityCondition(text) : null;
                if (density != null) {
                    Block b = new Block(word, State.RUN, false);
                    b.density = density;
                    blocks.push(b);
                    return true;
                }
                return pushed(condition(word, text.substring(word.length()).trim(), text));
            }
            case "def" -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("def\\s+([A-Za-z_]\\w*[?!]?)\\s*(?:\\((.*)\\))?\\s*")
                        .matcher(text);
                if (!m.matches()) {
                    blocks.push(new Block(word, State.UNKNOWN, false));
                    throw new Untranslatable("method definition not understood");
                }
                List<String> params = m.group(2) == null || m.group(2).isBlank() ? List.of()
                        : List.of(m.group(2).trim().split("\\s*,\\s*"));
                if (params.stream().anyMatch(p -> !p.matches("[A-Za-z_]\\w*"))) {
                    blocks.push(new Block(word, State.UNKNOWN, false));
                    throw new Untranslatable("method parameters with defaults or splats");
                }
                capturing = new Function(m.group(1), params, line, new ArrayList<>());
                captureDepth = 1;
                return true;
            }
            case "while", "until", "for", "begin", "class", "module" -> {
                blocks.push(new Block(word, State.UNKNOWN, false));
                throw new Untranslatable("Ruby control flow is not translated");
            }
            case "else", "elsif", "when" -> {
                Block top = blocks.peek();
                if (top == null || top.density != null) {
                    throw new Untranslatable("Ruby control flow is not translated");
                }
                branch(top, word, text);
                return true;
            }
            case "end" -> {
                Block top = blocks.poll();
                if (top != null && top.state == State.UNKNOWN && top.density == null) {
                    throw new Untranslatable("end of a block whose condition the import cannot decide");
                }
                return true;
            }
            case "rescue", "ensure", "load" -> throw new Untranslatable("Ruby control flow is not translated");
            default -> {
                return false;
            }
        }
    }

    /** A new if / unless / case block with its condition evaluated; an undecided one is listed. */
    private Block condition(String keyword, String cond, String text) {
        if (keyword.equals("case")) {
            Block b = new Block(keyword, State.SKIP, false);
            b.caseValue = tryValue(cond);
            return b;
        }
        java.util.Optional<Boolean> holds = decide(cond);
        if (holds.isEmpty()) {
            return new Block(keyword, State.UNKNOWN, false);
        }
        boolean run = holds.get() != keyword.equals("unless");
        Block b = new Block(keyword, run ? State.RUN : State.SKIP, false);
        b.taken = run;
        return b;
    }

    private boolean pushed(Block b) {
        blocks.push(b);
        if (b.state == State.UNKNOWN) {
            throw new Untranslatable("condition not decided by the import: the statements inside are translated as if"
                    + " it held");
        }
        return true;
    }

    /** else / elsif / when of the top block. */
    private void branch(Block top, String word, String text) {
        if (top.state == State.UNKNOWN) {
            throw new Untranslatable(word + " of a block whose condition the import cannot decide: translated as well");
        }
        if (top.taken) {
            top.state = State.SKIP;
            return;
        }
        if (word.equals("else")) {
            top.state = State.RUN;
            top.taken = true;
            return;
        }
        if (word.equals("elsif")) {
            java.util.Optional<Boolean> holds = decide(text.substring(5).trim());
            if (holds.isEmpty()) {
                top.state = State.UNKNOWN;
                throw new Untranslatable("condition not decided by the import: the statements inside are translated as"
                        + " if it held");
            }
            top.state = holds.get() ? State.RUN : State.SKIP;
            top.taken = holds.get();
            return;
        }
        // when v1, v2
        boolean match = false;
        boolean unknown = top.caseValue == null || top.caseValue instanceof Value.Runtime;
        for (String part : text.substring(4).split(",")) {
            Value v = tryValue(part.trim());
            if (v == null || v instanceof Value.Runtime) {
                unknown = true;
            } else if (!unknown && equal(top.caseValue, v).orElse(false)) {
                match = true;
            }
        }
        if (unknown && !match) {
            top.state = State.UNKNOWN;
            throw new Untranslatable("case value not decided by the import: the statements inside are translated as"
                    + " if it matched");
        }
        top.state = match ? State.RUN : State.SKIP;
        top.taken = match;
    }

    /** The value of an expression, or null when it cannot be evaluated. */
    private Value tryValue(String text) {
        List<Token> savedTokens = tokens;
        int savedPos = pos;
        try {
            tokens = RubyTokens.of(text);
            pos = 0;
            Value v = logical();
            expectEnd();
            return v;
        } catch (Untranslatable e) {
            return null;
        } finally {
            tokens = savedTokens;
            pos = savedPos;
        }
    }

    /** Whether a condition holds, or empty when the import cannot tell. */
    private java.util.Optional<Boolean> decide(String cond) {
        Value v = tryValue(cond.replaceAll("\\s+then$", ""));
        return v == null ? java.util.Optional.empty() : truthy(v);
    }

    /** Ruby truthiness: everything but nil and false holds; a run-time value is not known. */
    private static java.util.Optional<Boolean> truthy(Value v) {
        if (v instanceof Value.Runtime) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(!(v instanceof Value.Nil) && !(v instanceof Value.Bool b && !b.value()));
    }

    private static java.util.Optional<Boolean> equal(Value a, Value b) {
        if (a instanceof Value.Runtime || b instanceof Value.Runtime) {
            return java.util.Optional.empty();
        }
        if (a instanceof Value.Num x && b instanceof Value.Num y) {
            return java.util.Optional.of(x.value().compareTo(y.value()) == 0);
        }
        if (a instanceof Value.Layer || a instanceof Value.Check || a instanceof Value.Area
                || b instanceof Value.Layer || b instanceof Value.Check || b instanceof Value.Area) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(a.equals(b));
    }

    /** Calls a Ruby method of the deck: its body runs with the arguments bound to the parameters. */
    private Value call(Function f, List<Value> args) {
        if (args.size() != f.params().size()) {
            throw new Untranslatable(f.name() + " (line " + f.line() + ") takes " + f.params().size() + " argument(s)");
        }
        List<Token> savedTokens = tokens;
        int savedPos = pos;
        int savedLine = line;
        String savedFile = file;
        Map<String, Value> savedVariables = variables;
        java.util.ArrayDeque<Block> savedBlocks = blocks;
        Value savedLast = lastValue;
        variables = new LinkedHashMap<>();
        savedVariables.forEach((k, v) -> { // a def sees constants, not the caller's local variables
            if (Character.isUpperCase(k.charAt(0))) {
                variables.put(k, v);
            }
        });
        for (int i = 0; i < args.size(); i++) {
            variables.put(f.params().get(i), args.get(i));
        }
        blocks = new java.util.ArrayDeque<>();
        lastValue = null;
        ScriptText.Statement at = null;
        try {
            for (ScriptText.Statement st : f.body()) {
                at = st;
                line = st.line();
                file = st.file() == null || st.file().equals(script) ? null : st.file();
                String word = firstWord(st.text());
                if (block(word, st.text()) || !active() || RUN_CONTROL.contains(word)) {
                    continue;
                }
                Value v = execute(st.text());
                lastValue = v;
                if (word.equals("return")) {
                    break;
                }
            }
            if (lastValue == null) {
                throw new Untranslatable(f.name() + " (line " + f.line() + ") returns no value the import follows");
            }
            return lastValue;
        } catch (Untranslatable e) {
            throw at == null || e.getMessage().startsWith("in ") ? e
                    : new Untranslatable("in " + f.name() + ", line " + at.line() + ": " + e.getMessage());
        } finally {
            tokens = savedTokens;
            pos = savedPos;
            line = savedLine;
            file = savedFile;
            variables = savedVariables;
            blocks = savedBlocks;
            lastValue = savedLast;
        }
    }

    /** {@code if NAME < NUMBER} (or {@code >}, {@code <=}, {@code >=}) on a density variable, else null. */
    private Value.DensityMarker densityCondition(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("if\\s+(\\w+)\\s*(<=?|>=?)\\s*(.+)").matcher(text.trim());
        if (!m.matches() || !(variables.get(m.group(1)) instanceof Value.Density d)) {
            return null;
        }
        if (tryValue(m.group(3)) instanceof Value.Num n) {
            return new Value.DensityMarker(d, m.group(2).startsWith("<") ? "min" : "max", n.value());
        }
        return null;
    }

    private Value.DensityMarker openDensityCondition() {
        for (Block b : blocks) {
            if (b.density != null) {
                return b.density;
            }
        }
        return null;
    }

    // ---- expressions ----

    /** {@code ||} (lowest), then {@code &&}, {@code == !=}, {@code < <= > >=}, then the layer operators. */
    private Value logical() {
        Value left = logicalAnd();
        while (peek().is("||")) {
            next();
            Value right = logicalAnd();
            left = left instanceof Value.Runtime ? left : truthy(left).orElse(true) ? left : right;
        }
        return left;
    }

    private Value logicalAnd() {
        Value left = equality();
        while (peek().is("&&")) {
            next();
            Value right = equality();
            left = left instanceof Value.Runtime ? left : truthy(left).orElse(false) ? right : left;
        }
        return left;
    }

    private Value equality() {
        Value left = comparison();
        while (peek().is("==") || peek().is("!=")) {
            boolean eq = next().is("==");
            Value right = comparison();
            java.util.Optional<Boolean> e = equal(left, right);
            left = e.isEmpty() ? new Value.Runtime("a comparison") : new Value.Bool(e.get() == eq);
        }
        return left;
    }

    private Value comparison() {
        Value left = expression();
        while (peek().is("<") || peek().is("<=") || peek().is(">") || peek().is(">=")) {
            String op = next().text();
            Value right = expression();
            if (left instanceof Value.Num a && right instanceof Value.Num b) {
                int c = a.value().compareTo(b.value());
                left = new Value.Bool(switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                });
            } else {
                left = new Value.Runtime("a comparison");
            }
        }
        return left;
    }

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
            if (left instanceof Value.Runtime || right instanceof Value.Runtime) {
                left = new Value.Runtime("arithmetic");
            } else if (left instanceof Value.Num a && right instanceof Value.Num b) {
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
            if (left instanceof Value.Runtime || right instanceof Value.Runtime) {
                left = new Value.Runtime("arithmetic");
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
        if (peek().is("!")) {
            next();
            Value v = unary();
            java.util.Optional<Boolean> t = truthy(v);
            return t.isEmpty() ? v : new Value.Bool(!t.get());
        }
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
                try {
                    return new Value.Num(new BigDecimal(t.text()), integer);
                } catch (NumberFormatException e) {
                    throw new Untranslatable("malformed number '" + t.text() + "'");
                }
            }
            case STRING -> {
                return new Value.Str(t.text());
            }
            case WORDS -> {
                return new Value.Words(t.text().isEmpty() ? List.of() : List.of(t.text().split(" ")));
            }
            case SYMBOL -> {
                if (t.is("(")) {
                    Value v = logical();
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
                    warnings.add(where() + ": input(" + layer + ") reads every datatype of layer " + layer
                            + " in KLayout; the deck uses " + layer + "/0 only");
                }
                return new Value.Layer(layer + "/" + datatype, false);
            }
            case "nil" -> {
                return new Value.Nil();
            }
            case "true", "false" -> {
                return new Value.Bool(name.equals("true"));
            }
            case "$input", "$report" -> { // the run's layout and report, given with -rd
                return new Value.Str(name);
            }
            case "extent" -> {
                return new Value.Unsupported("KLayout's layout extent (extent, " + where() + ") has no cpodrc deck"
                        + " expression");
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
                if (functions.containsKey(name)) {
                    return call(functions.get(name), args == null ? List.of() : args);
                }
                if (name.startsWith("$")) { // KLayout leaves a global not given with -rd unset: nil
                    if (unsetGlobals.add(name)) {
                        warnings.add(where() + ": " + name + " is nil, as in a KLayout run without -rd "
                                + name.substring(1) + "=...");
                    }
                    return new Value.Nil();
                }
                if (RUBY_CLASSES.contains(name)) {
                    return new Value.Runtime(name);
                }
                throw new Untranslatable(args == null ? "unknown name '" + name + "'" : "function '" + name + "'");
            }
        }
    }

    private List<Value> arguments() {
        expect("(");
        List<Value> args = new ArrayList<>();
        if (!peek().is(")")) {
            args.add(logical());
            while (peek().is(",")) {
                next();
                args.add(logical());
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
        if (v instanceof Value.Runtime || v instanceof Value.Unsupported) {
            if (m.equals("output") || CHECKS.contains(m)) {
                unsupported(v);
            }
            return v; // Time.now.to_f, Etc.nprocessors, extent.sized(0.0) ...: still known only at run time
        }
        if (v instanceof Value.Nil || v instanceof Value.Str || v instanceof Value.Bool || v instanceof Value.Words) {
            return plainMethod(v, m, args);
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
                    warnings.add(where() + ": " + c.check() + "(...).polygons: the rule marks the edge pairs"
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

    /** Methods of nil, strings, booleans and word arrays, as far as deck switches use them. */
    private static Value plainMethod(Value v, String m, List<Value> args) {
        String text = v instanceof Value.Str str ? str.text() : v instanceof Value.Nil ? "" : null;
        switch (m) {
            case "to_s" -> {
                if (v instanceof Value.Bool b) {
                    return new Value.Str(String.valueOf(b.value()));
                }
                if (text != null) {
                    return new Value.Str(text);
                }
            }
            case "downcase", "upcase", "strip" -> {
                if (v instanceof Value.Str str) {
                    return new Value.Str(m.equals("strip") ? str.text().strip() : m.equals("downcase")
                            ? str.text().toLowerCase(Locale.ROOT) : str.text().toUpperCase(Locale.ROOT));
                }
            }
            case "nil?" -> {
                return new Value.Bool(v instanceof Value.Nil);
            }
            case "include?" -> {
                if (v instanceof Value.Words w && args.size() == 1) {
                    if (args.get(0) instanceof Value.Str str) {
                        return new Value.Bool(w.words().contains(str.text()));
                    }
                    if (args.get(0) instanceof Value.Nil) {
                        return new Value.Bool(false);
                    }
                }
            }
            default -> {
            }
        }
        throw new Untranslatable("method '" + m + "' of " + (v instanceof Value.Nil ? "nil" : "a " + v.getClass()
                .getSimpleName().toLowerCase(Locale.ROOT)));
    }

    private Value layerMethod(Value.Layer layer, String m, List<Value> args) {
        Value.Layer x = named(layer);
        String a = x.operand();
        switch (m) {
            case "count" -> {
                return new Value.Runtime("the polygon count of " + x.expr());
            }
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
            unsupported(a);
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
        if (v instanceof Value.Unsupported u) {
            warnings.add(where() + ": " + name + " is not translated (" + u.why() + "); a rule using it is listed");
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
        unsupported(v);
        if (args.isEmpty() || args.size() > 2 || !(args.get(0) instanceof Value.Str id)) {
            throw new Untranslatable("output needs a name (and a message); layer numbers are not translated");
        }
        String description = args.size() > 1 && args.get(1) instanceof Value.Str d ? d.text() : null;
        if (v instanceof Value.Joined j) {
            int first = rules.size();
            for (Value part : j.parts()) {
                output(part, args);
            }
            warnings.add(where() + ": output \"" + id.text() + "\" joins " + j.parts().size() + " results: rules "
                    + String.join(", ", rules.subList(first, rules.size()).stream().map(r -> (String) r.get("id")).toList()));
            return;
        }
        if (v instanceof Value.Empty) {
            warnings.add(where() + ": output \"" + id.text() + "\" of an empty layer: no rule");
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
            warnings.add(where() + ": whole-chip density " + id.text() + " as one 100 mm window clipped to "
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
            warnings.add(where() + ": a second output \"" + output + "\" becomes rule " + id);
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
            warnings.add(where() + ": integer " + n.value() + " in " + what + " is database units in KLayout;"
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
            warnings.add(where() + ": integer area " + n.value() + " is square database units in KLayout;"
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
        unsupported(a);
        unsupported(b);
        if (!(a instanceof Value.Layer x) || !(b instanceof Value.Layer y)) {
            throw new Untranslatable("'" + op + "' of non-layers");
        }
        return new Value.Layer(named(x).operand() + " " + op + " " + named(y).operand(), false);
    }

    /** A value the deck language cannot say, used in a rule: the statement is not translated, and why. */
    private static void unsupported(Value v) {
        if (v instanceof Value.Unsupported u) {
            throw new Untranslatable(u.why());
        }
        if (v instanceof Value.Runtime r) {
            throw new Untranslatable(r.what() + " is known only when KLayout runs the deck");
        }
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
