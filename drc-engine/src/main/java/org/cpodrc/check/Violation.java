package org.cpodrc.check;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * One finding of one rule. Coordinates are in database units; reports convert to µm.
 *
 * <p>Kept compact because a run may hold millions: the marker as a {@link Marker} (primitive
 * arrays, no JTS objects) and the message either as a fixed text or as a {@link ViolationText}
 * shared by the rule's violations and rendered on demand. Rule, severity and cell strings are
 * the rule's and the layout's own (shared, not copied).
 *
 * <p>Fields: {@code marker} the marker geometry (an edge pair as a two-line MultiLineString, or a
 * polygon), in dbu; {@code measuredUm} the measured value in µm (or the check's unit, e.g. a
 * ratio), NaN when not applicable; {@code requiredUm} the required value, same unit, NaN when not
 * applicable; {@code cell} the cell the violation is reported in (the top cell for flat checks).
 */
public final class Violation {
    private final String rule;
    private final Severity severity;
    private final Object message; // String, ViolationText or null
    private final long x1, y1, x2, y2;
    private final Marker shape;
    private final double measuredUm, requiredUm;
    private final String cell;

    private Violation(String rule, Severity severity, Object message, long x1, long y1, long x2, long y2,
                      Marker shape, double measuredUm, double requiredUm, String cell) {
        this.rule = rule;
        this.severity = severity;
        this.message = message;
        this.x1 = x1;
        this.y1 = y1;
        this.x2 = x2;
        this.y2 = y2;
        this.shape = shape;
        this.measuredUm = measuredUm;
        this.requiredUm = requiredUm;
        this.cell = cell;
    }

    /** A violation with a JTS marker (converted to a {@link Marker}) and a rendered message: the plugin API. */
    public Violation(String rule, Severity severity, String message, long x1, long y1, long x2, long y2,
                     Geometry marker, double measuredUm, double requiredUm, String cell) {
        this(rule, severity, message, x1, y1, x2, y2, Marker.of(marker), measuredUm, requiredUm, cell);
    }

    /** A violation with a fixed message. */
    public static Violation of(String rule, Severity severity, String message, long x1, long y1, long x2, long y2,
                               Marker marker, double measuredUm, double requiredUm, String cell) {
        return new Violation(rule, severity, message, x1, y1, x2, y2, marker, measuredUm, requiredUm, cell);
    }

    /** A violation whose message is rendered from its values when asked for. */
    public static Violation of(String rule, Severity severity, ViolationText message, long x1, long y1, long x2,
                               long y2, Marker marker, double measuredUm, double requiredUm, String cell) {
        return new Violation(rule, severity, message, x1, y1, x2, y2, marker, measuredUm, requiredUm, cell);
    }

    /** The same finding under another rule id and severity, its message kept as it is. */
    public Violation withRule(String rule, Severity severity) {
        return new Violation(rule, severity, message, x1, y1, x2, y2, shape, measuredUm, requiredUm, cell);
    }

    /** The same finding under another rule id, severity and message. */
    public Violation withMessage(String rule, Severity severity, ViolationText text) {
        return new Violation(rule, severity, text, x1, y1, x2, y2, shape, measuredUm, requiredUm, cell);
    }

    /** The message as kept, for wrapping in another template: shared when it is one, else a fixed text. */
    public ViolationText text() {
        if (message instanceof ViolationText t) {
            return t;
        }
        String s = (String) message;
        return v -> s;
    }

    /** True when the message is kept as a shared template (not one string per violation). */
    public boolean hasSharedText() {
        return message instanceof ViolationText;
    }

    public String rule() {
        return rule;
    }

    public Severity severity() {
        return severity;
    }

    /** The message text, rendered now when it is kept as a template. */
    public String message() {
        return message instanceof ViolationText t ? t.render(this) : (String) message;
    }

    public long x1() {
        return x1;
    }

    public long y1() {
        return y1;
    }

    public long x2() {
        return x2;
    }

    public long y2() {
        return y2;
    }

    /** The marker in primitive form (null when the check gave none). */
    public Marker shape() {
        return shape;
    }

    /** The marker as a new JTS geometry (null when there is none); built on each call. */
    public Geometry marker() {
        return shape == null ? null : shape.toGeometry();
    }

    public double measuredUm() {
        return measuredUm;
    }

    public double requiredUm() {
        return requiredUm;
    }

    public String cell() {
        return cell;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v && x1 == v.x1 && y1 == v.y1 && x2 == v.x2 && y2 == v.y2
                && Double.compare(measuredUm, v.measuredUm) == 0 && Double.compare(requiredUm, v.requiredUm) == 0
                && Objects.equals(rule, v.rule) && severity == v.severity && Objects.equals(cell, v.cell)
                && Objects.equals(shape, v.shape) && Objects.equals(message(), v.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, message(), x1, y1, x2, y2, shape, measuredUm, requiredUm, cell);
    }

    @Override
    public String toString() {
        return "Violation[rule=" + rule + ", severity=" + severity + ", message=" + message() + ", x1=" + x1
                + ", y1=" + y1 + ", x2=" + x2 + ", y2=" + y2 + ", marker=" + shape + ", measuredUm=" + measuredUm
                + ", requiredUm=" + requiredUm + ", cell=" + cell + "]";
    }
}
