package org.cpodrc.deckimport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a Ruby expression of a KLayout deck evaluates to, as far as the importer follows it. */
sealed interface Value {
    /** A number; integer literals stay integers (KLayout reads integer distances as database units). */
    record Num(BigDecimal value, boolean integer) implements Value {
    }

    /** A polygon layer as a cpodrc expression; simple when it is a bare layer name. */
    record Layer(String expr, boolean simple) implements Value {
        String operand() {
            return simple ? expr : "(" + expr + ")";
        }
    }

    /** An edge check not yet output: the check name and its parameters. */
    record Check(String check, Map<String, Object> params) implements Value {
    }

    /** A check option: euclidian, angle_limit(80), projection_limits(a, b), whole_edges ... */
    record Option(String name, List<Value> args) implements Value {
    }

    record Str(String text) implements Value {
    }

    /** Ruby's nil (an open bound of with_area). */
    record Nil() implements Value {
    }
}
