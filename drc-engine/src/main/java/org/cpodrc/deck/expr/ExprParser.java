package org.cpodrc.deck.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cpodrc.deck.syntax.Glob;
import org.cpodrc.deck.syntax.Quantity;
import org.cpodrc.deck.syntax.QuantityKind;
import org.cpodrc.deck.syntax.Suggest;
import org.cpodrc.deck.syntax.TextProblem;
import org.cpodrc.io.InputLimits;

/**
 * Recursive-descent parser for derived-layer expressions (DECK-SPEC §3):
 * <pre>
 *   expr    := binary(OR)          binary(op) := binary(next op) (op binary(next op))*   -- or, xor, not, and
 *   postfix := primary ('sized' LENGTH)*
 *   primary := NAME | FUNCTION '(' args ')' | '(' expr ')'
 * </pre>
 * Postfix {@code sized} binds tighter than every operator: {@code A and B sized 1} is
 * {@code A and (B sized 1)}. Faults raise {@link TextProblem} at the offending token.
 */
public final class ExprParser {
    /** The grammar in EBNF, for the deck reference. */
    public static final String GRAMMAR = String.join("\n",
            "expression := or",
            "or         := xor ( 'or' xor )*",
            "xor        := not ( 'xor' not )*",
            "not        := and ( 'not' and )*",
            "and        := postfix ( 'and' postfix )*",
            "postfix    := primary ( 'sized' LENGTH )*",
            "primary    := NAME | FUNCTION '(' arguments ')' | '(' expression ')'");

    /** Words that cannot be layer names because the grammar uses them. */
    public static final List<String> RESERVED = List.of("or", "xor", "not", "and", "sized");

    private final List<Token> tokens;
    private final List<ParsedExpr.NameRef> names = new ArrayList<>();
    private int pos;
    /** Open parentheses (grouping and function calls): the parser recurses once per level. */
    private int depth;

    private ExprParser(String text) {
        this.tokens = Lexer.tokens(text);
    }

    public static ParsedExpr parse(String text) {
        ExprParser p = new ExprParser(text);
        if (p.peek().kind() == Token.Kind.END) {
            throw new TextProblem(0, "empty expression");
        }
        Expr e = p.binary(0);
        Token t = p.peek();
        if (t.kind() != Token.Kind.END) {
            throw new TextProblem(t.offset(), "expected an operator (" + String.join(", ", operatorWords())
                    + ") but found " + t.describe() + Suggest.hint(t.text(), operatorWords()).replace(";", ","));
        }
        return new ParsedExpr(e, p.names);
    }

    private static List<String> operatorWords() {
        List<String> l = new ArrayList<>();
        for (BoolOp op : BoolOp.values()) {
            l.add(op.keyword());
        }
        l.add("sized");
        return l;
    }

    private Expr binary(int level) {
        if (level == BoolOp.values().length) {
            return postfix();
        }
        BoolOp op = BoolOp.values()[level];
        Expr left = binary(level + 1);
        while (peek().kind() == Token.Kind.WORD && peek().text().equals(op.keyword())) {
            next();
            left = new Binary(op, left, binary(level + 1));
        }
        return left;
    }

    private Expr postfix() {
        Expr e = primary();
        while (peek().kind() == Token.Kind.WORD && peek().text().equals("sized")) {
            next();
            Token d = next();
            if (d.kind() != Token.Kind.QUANTITY) {
                throw new TextProblem(d.offset(), "expected a length after 'sized' (e.g. 2um or -0.5um) but found "
                        + d.describe());
            }
            e = new Sized(e, quantity(QuantityKind.LENGTH, d));
        }
        return e;
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case LPAREN -> {
                enter(t);
                Expr e = binary(0);
                expect(Token.Kind.RPAREN, "')' to close '('");
                depth--;
                return e;
            }
            case WORD -> {
                if (peek().kind() == Token.Kind.LPAREN) {
                    return call(t);
                }
                if (RESERVED.contains(t.text())) {
                    throw new TextProblem(t.offset(), "expected a layer name, a function or '(' but found '"
                            + t.text() + "'");
                }
                names.add(new ParsedExpr.NameRef(t.text(), t.offset()));
                return new LayerRef(t.text());
            }
            default -> throw new TextProblem(t.offset(), "expected a layer name, a function or '(' but found "
                    + t.describe());
        }
    }

    private Expr call(Token name) {
        ExprFunction f = ExprFunction.ofKeyword(name.text());
        if (f == null) {
            throw new TextProblem(name.offset(), "unknown function '" + name.text() + "'"
                    + Suggest.hint(name.text(), ExprFunction.keywords()));
        }
        enter(next()); // '('
        List<Expr> layers = new ArrayList<>();
        List<BigDecimal> areas = new ArrayList<>();
        Glob glob = null;
        Integer count = null;
        for (int i = 0; i < f.args().size(); i++) {
            if (i >= f.required() && peek().kind() == Token.Kind.RPAREN) {
                break;
            }
            if (i > 0) {
                expect(Token.Kind.COMMA, "',' and " + (f.args().size() - i) + " more argument(s) of "
                        + f.signature());
            }
            switch (f.args().get(i)) {
                case LAYER -> layers.add(binary(0));
                case AREA -> areas.add(area(i == f.args().size() - 1));
                case LENGTH -> areas.add(length(i == f.args().size() - 1));
                case GLOB -> {
                    Token s = next();
                    if (s.kind() != Token.Kind.STRING) {
                        throw new TextProblem(s.offset(), "expected a quoted pattern such as \"PORT*\" but found "
                                + s.describe());
                    }
                    glob = new Glob(s.text());
                }
                case COUNT -> count = count();
            }
        }
        if (peek().kind() == Token.Kind.COMMA) {
            throw new TextProblem(peek().offset(), "too many arguments: " + f.signature() + " takes "
                    + f.args().size());
        }
        expect(Token.Kind.RPAREN, "')' after the arguments of " + f.signature());
        depth--;
        return switch (f) {
            case WITH_AREA -> new WithArea(layers.get(0), areas.get(0), areas.get(1));
            case WITH_EDGE_LENGTH -> new WithEdgeLength(layers.get(0), areas.get(0), areas.get(1));
            case WITH_TEXT -> new WithText(layers.get(0), glob);
            case MERGED -> count == null ? new RegionFunction(f, layers) : new MergedAtLeast(layers.get(0), count);
            default -> new RegionFunction(f, layers);
        };
    }

    /** A whole number of at least 1 (a count of shapes). */
    private int count() {
        Token t = next();
        if (t.kind() != Token.Kind.QUANTITY || !t.text().matches("[1-9][0-9]{0,8}")) {
            throw new TextProblem(t.offset(), "expected a whole number of at least 1 (e.g. 2) but found "
                    + t.describe());
        }
        return Integer.parseInt(t.text());
    }

    /** An area in µm²; {@code inf} (only as the upper bound) means unbounded and returns null. */
    private BigDecimal area(boolean upper) {
        Token t = next();
        if (upper && t.kind() == Token.Kind.WORD && t.text().equals("inf")) {
            return null;
        }
        if (t.kind() != Token.Kind.QUANTITY) {
            throw new TextProblem(t.offset(), "expected an area in µm² (e.g. 100 or 100um2"
                    + (upper ? ", or inf" : "") + ") but found " + t.describe());
        }
        return quantity(QuantityKind.AREA, t);
    }

    /** A length in µm; {@code inf} (only as the upper bound) means unbounded and returns null. */
    private BigDecimal length(boolean upper) {
        Token t = next();
        if (upper && t.kind() == Token.Kind.WORD && t.text().equals("inf")) {
            return null;
        }
        if (t.kind() != Token.Kind.QUANTITY) {
            throw new TextProblem(t.offset(), "expected a length (e.g. 10 or 10um" + (upper ? ", or inf" : "")
                    + ") but found " + t.describe());
        }
        return quantity(QuantityKind.LENGTH, t);
    }

    private static BigDecimal quantity(QuantityKind kind, Token t) {
        try {
            return Quantity.parse(kind, t.text());
        } catch (TextProblem e) {
            throw new TextProblem(t.offset() + e.offset(), e.getMessage());
        }
    }

    private void enter(Token open) {
        if (++depth > InputLimits.depth()) {
            throw new TextProblem(open.offset(), "parentheses nested " + depth + " deep, more than "
                    + InputLimits.describeDepth());
        }
    }

    private void expect(Token.Kind kind, String what) {
        Token t = next();
        if (t.kind() != kind) {
            throw new TextProblem(t.offset(), "expected " + what + " but found " + t.describe());
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) {
            pos++;
        }
        return t;
    }
}
