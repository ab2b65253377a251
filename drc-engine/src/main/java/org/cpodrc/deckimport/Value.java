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

    /** The edges of a polygon layer ({@code layer.edges}), only as far as an edge-length rule follows. */
    record Edges(Layer layer) implements Value {
    }

    /** Several results joined into one output ({@code checked.polygons.join(layer)}): one rule each. */
    record Joined(List<Value> parts) implements Value {
    }

    /** The total area of a layer ({@code layer.area}), part of the whole-chip density idiom. */
    record Area(Layer layer) implements Value {
    }

    /** {@code layer.area / boundary.area}: the whole-chip density of layer within the boundary. */
    record Density(Layer layer, Layer boundary) implements Value {
    }

    /** The boundary layer assigned when a density is out of bounds (inside {@code if dens < min}): a density rule. */
    record DensityMarker(Density density, String bound, BigDecimal value) implements Value {
    }

    /** KLayout's empty {@code polygon_layer}. */
    record Empty() implements Value {
    }

    record Str(String text) implements Value {
    }

    /** Ruby's nil (an open bound of with_area; a global variable not given with -rd). */
    record Nil() implements Value {
    }

    /** Ruby's true and false. */
    record Bool(boolean value) implements Value {
    }

    /** {@code %w[a b c]}: an array of words. */
    record Words(List<String> words) implements Value {
    }

    /**
     * A value known only when KLayout runs the deck (a polygon count, {@code Time.now}, the number
     * of processors, a comparison of such values): fine for logging, untranslatable in a rule.
     */
    record Runtime(String what) implements Value {
    }

    /**
     * A layer the deck language has no expression for (KLayout's {@code extent}); assigning it is
     * noted, a statement using it in a rule is listed as not translated with this reason.
     */
    record Unsupported(String why) implements Value {
    }
}
