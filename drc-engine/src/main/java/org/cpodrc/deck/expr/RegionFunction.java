package org.cpodrc.deck.expr;

import java.util.List;
import java.util.stream.Collectors;

import org.cpodrc.geom.Region;

/** A function of one or two layers: merged, holes, hull, bbox and the selections (interacting, inside, ...). */
record RegionFunction(ExprFunction function, List<Expr> args) implements ExprNode {
    RegionFunction {
        args = List.copyOf(args);
    }

    @Override
    public Region evaluate(ExprContext context) {
        Region x = args.get(0).evaluate(context);
        return switch (function) {
            case MERGED -> x.merged();
            case HOLES -> x.holes();
            case HULL -> x.hull();
            case BBOX -> x.bboxes();
            case RECTANGLES -> x.rectangles(true);
            case NON_RECTANGLES -> x.rectangles(false);
            case INTERACTING -> x.interacting(args.get(1).evaluate(context));
            case NOT_INTERACTING -> x.notInteracting(args.get(1).evaluate(context));
            case INSIDE -> x.inside(args.get(1).evaluate(context));
            case NOT_INSIDE -> x.notInside(args.get(1).evaluate(context));
            case OUTSIDE, NOT_OVERLAPPING -> x.outside(args.get(1).evaluate(context));
            case OVERLAPPING, NOT_OUTSIDE -> x.overlapping(args.get(1).evaluate(context));
            default -> throw new IllegalStateException("not a region function: " + function);
        };
    }

    @Override
    public int precedence() {
        return PRIMARY;
    }

    @Override
    public String toString() {
        return function.keyword() + "(" + args.stream().map(Expr::toString).collect(Collectors.joining(", ")) + ")";
    }
}
