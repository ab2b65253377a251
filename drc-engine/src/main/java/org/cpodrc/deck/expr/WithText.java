package org.cpodrc.deck.expr;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.check.CheckContext;
import org.cpodrc.deck.syntax.Glob;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code with_text(X, "glob")}: merged shapes of X with a matching label inside or on their
 * boundary. Points and polygons are on the integer grid, so the JTS point test is exact.
 */
record WithText(Expr operand, Glob glob) implements ExprNode {
    @Override
    public Region evaluate(ExprContext context) {
        List<Point> points = new ArrayList<>();
        for (CheckContext.Label label : context.labels()) {
            if (glob.matches(label.text())) {
                points.add(Region.FACTORY.createPoint(new Coordinate(label.x(), label.y())));
            }
        }
        List<Polygon> kept = new ArrayList<>();
        for (Polygon p : operand.evaluate(context).merged().polygons()) {
            for (Point pt : points) {
                if (p.intersects(pt)) {
                    kept.add(p);
                    break;
                }
            }
        }
        return Region.ofMerged(Region.FACTORY.buildGeometry(kept));
    }

    @Override
    public int precedence() {
        return PRIMARY;
    }

    @Override
    public String toString() {
        return ExprFunction.WITH_TEXT.keyword() + "(" + operand + ", \"" + glob.pattern()
                .replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
    }
}
