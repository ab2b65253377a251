package org.cpodrc.check.packaging;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Marker;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.locationtech.jts.geom.Envelope;

/** Reports violations of one rule with a box marker around the shapes at fault. */
final class Findings {
    private final Rule rule;
    private final CheckContext context;
    private final ResultSink sink;

    Findings(Rule rule, CheckContext context, ResultSink sink) {
        this.rule = rule;
        this.context = context;
        this.sink = sink;
    }

    /** @param where box around the shapes at fault (dbu); measured/required in µm or the check's unit */
    void report(String message, Envelope where, double measured, double required) {
        long x1 = (long) Math.floor(where.getMinX());
        long y1 = (long) Math.floor(where.getMinY());
        long x2 = (long) Math.ceil(where.getMaxX());
        long y2 = (long) Math.ceil(where.getMaxY());
        if (x1 == x2) {
            x2++;
        }
        if (y1 == y2) {
            y2++;
        }
        sink.violation(Violation.of(rule.id(), rule.severity(), message, x1, y1, x2, y2,
                Marker.box(x1, y1, x2, y2), measured, required, context.topCell()));
    }
}
