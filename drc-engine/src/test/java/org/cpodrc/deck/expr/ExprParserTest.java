package org.cpodrc.deck.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.cpodrc.deck.syntax.TextProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Precedence, associativity, printing and located syntax errors of derived-layer expressions. */
class ExprParserTest {

    private static String tree(Expr e) {
        if (e instanceof Binary b) {
            return "[" + tree(b.left()) + " " + b.op().keyword() + " " + tree(b.right()) + "]";
        }
        if (e instanceof Sized s) {
            return "[" + tree(s.operand()) + " sized " + s.um().toPlainString() + "]";
        }
        return e.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A or B and C            | [A or [B and C]]",
            "A and B or C            | [[A and B] or C]",
            "A or B xor C not D and E| [A or [B xor [C not [D and E]]]]",
            "A and B xor C or D not E| [[[A and B] xor C] or [D not E]]",
            "A not B not C           | [[A not B] not C]",
            "A xor B xor C           | [[A xor B] xor C]",
            "A not (B not C)         | [A not [B not C]]",
            "(A or B) and C          | [[A or B] and C]",
            "A and B sized 2um       | [A and [B sized 2]]",
            "(A and B) sized -0.5um  | [[A and B] sized -0.5]",
            "A sized 1um sized 2     | [[A sized 1] sized 2]",
            "A sized 0.001mm         | [A sized 1]",
            "A sized 500nm           | [A sized 0.5]",
            "((A))                   | A",
    })
    void precedenceLowestFirstOrXorNotAndThenPostfixSized(String text, String expected) {
        assertEquals(expected, tree(ExprParser.parse(text).expr()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A or B and C                          | A or B and C",
            "(A or B) and C                        | (A or B) and C",
            "A not (B not C)                       | A not (B not C)",
            "(A not B) not C                       | A not B not C",
            "A and (B sized 15um)                  | A and B sized 15um",
            "(A or B) sized -2um                   | (A or B) sized -2um",
            "merged(A or B)                        | merged(A or B)",
            "holes( A )                            | holes(A)",
            "hull(A) and bbox(B)                   | hull(A) and bbox(B)",
            "interacting(A, B not C)               | interacting(A, B not C)",
            "inside(A, B) or outside(A, C)         | inside(A, B) or outside(A, C)",
            "merged(A, 2)                          | merged(A, 2)",
            "merged(A not B,3) and C               | merged(A not B, 3) and C",
            "not_inside(A, B) or not_outside(A, C) | not_inside(A, B) or not_outside(A, C)",
            "not_interacting(A, B) not C           | not_interacting(A, B) not C",
            "overlapping(A, B) xor not_overlapping(A, C) | overlapping(A, B) xor not_overlapping(A, C)",
            "with_area(A, 10, 1e3um2)              | with_area(A, 10, 1000)",
            "with_area(A, 0.5, inf)                | with_area(A, 0.5, inf)",
            "with_area(A, 1mm2, inf)               | with_area(A, 1000000, inf)",
            "with_text(A, \"PORT_*\")              | with_text(A, \"PORT_*\")",
            "with_text(A, 'a\"b')                  | with_text(A, \"a\\\"b\")",
    })
    void printsBackInDeckSyntaxWithOnlyTheNeededParentheses(String text, String printed) {
        Expr e = ExprParser.parse(text).expr();
        assertEquals(printed, e.toString());
        assertEquals(tree(e), tree(ExprParser.parse(e.toString()).expr()), "printing then parsing gives the same tree");
    }

    @Test
    void reportsEveryLayerNameWithItsOffset() {
        ParsedExpr p = ExprParser.parse("WG and interacting(TSV, WG sized 1)");
        assertEquals(List.of(new ParsedExpr.NameRef("WG", 0), new ParsedExpr.NameRef("TSV", 19),
                new ParsedExpr.NameRef("WG", 24)), p.names());
    }

    @Test
    void buildsTheFunctionNodes() {
        WithArea a = assertInstanceOf(WithArea.class, ExprParser.parse("with_area(X, 2, inf)").expr());
        assertEquals(new BigDecimal("2"), a.minUm2());
        assertNull(a.maxUm2());
        WithText t = assertInstanceOf(WithText.class, ExprParser.parse("with_text(X, \"P?\")").expr());
        assertEquals("P?", t.glob().pattern());
        RegionFunction f = assertInstanceOf(RegionFunction.class, ExprParser.parse("outside(X, Y)").expr());
        assertEquals(ExprFunction.OUTSIDE, f.function());
        MergedAtLeast m = assertInstanceOf(MergedAtLeast.class, ExprParser.parse("merged(X, 2)").expr());
        assertEquals(2, m.count());
        assertInstanceOf(RegionFunction.class, ExprParser.parse("merged(X)").expr());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''                        | 0  | empty expression",
            "A and                     | 5  | expected a layer name, a function or '(' but found end of expression",
            "A B                       | 2  | expected an operator (or, xor, not, and, sized) but found 'B'",
            "(A or B                   | 7  | expected ')' to close '(' but found end of expression",
            "A or B)                   | 6  | expected an operator (or, xor, not, and, sized) but found ')'",
            "A sized                   | 7  | expected a length after 'sized' (e.g. 2um or -0.5um) but found end of expression",
            "A sized B                 | 8  | expected a length after 'sized' (e.g. 2um or -0.5um) but found 'B'",
            "A sized 2uu               | 9  | unknown length unit 'uu' in '2uu'; did you mean 'um'? (accepted: mm, nm, um, µm, μm; a bare number is µm)",
            "A & B                     | 2  | unexpected character '&'",
            "hull(A, B)                | 6  | too many arguments: hull(X) takes 1",
            "merged(A, B)              | 10 | expected a whole number of at least 1 (e.g. 2) but found 'B'",
            "merged(A, 0)              | 10 | expected a whole number of at least 1 (e.g. 2) but found '0'",
            "merged(A, 1.5)            | 10 | expected a whole number of at least 1 (e.g. 2) but found '1.5'",
            "merged(A, 2, 3)           | 11 | too many arguments: merged(X[, N]) takes 2",
            "interacting(A)            | 13 | expected ',' and 1 more argument(s) of interacting(X, Y) but found ')'",
            "with_area(A, x, 2)        | 13 | expected an area in µm² (e.g. 100 or 100um2) but found 'x'",
            "with_area(A, inf, 2)      | 13 | expected an area in µm² (e.g. 100 or 100um2) but found 'inf'",
            "with_text(A, PORT)        | 13 | expected a quoted pattern such as \"PORT*\" but found 'PORT'",
            "with_text(A, \"PORT)      | 13 | unterminated string",
            "hulll(A)                  | 0  | unknown function 'hulll'; did you mean 'hull'?",
            "A and not                 | 6  | expected a layer name, a function or '(' but found 'not'",
    })
    void syntaxErrorsPointAtTheFault(String text, int offset, String message) {
        TextProblem p = assertThrows(TextProblem.class, () -> ExprParser.parse(text));
        assertEquals(message, p.getMessage());
        assertEquals(offset, p.offset());
    }
}
