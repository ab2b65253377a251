package org.cpodrc.check;

import java.util.Map;

/**
 * A rule as the deck resolved it: parameters are already validated against the check's
 * {@link ParamSpec}s and converted: LENGTH and LENGTH_RANGE values in micrometres (Double /
 * double[2]), AREA in µm², NUMBER/ANGLE as Double, INTEGER as Long, BOOLEAN as Boolean, LAYER,
 * STRING and ENUM as String, RATE in Gbps (Double), DENSITY_OR_TARGET as String as written.
 * Defaults from the spec are filled in. Lengths become database units only in
 * {@link CheckContext#toDbu(double)}, because the deck does not know the design's grid.
 */
public record Rule(String id, String check, Severity severity, String description, String messageTemplate,
                   Map<String, Object> params) {
    public Rule {
        params = Map.copyOf(params);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }

    public String layer(String name) {
        return (String) params.get(name);
    }

    public String string(String name) {
        return (String) params.get(name);
    }

    /** A LENGTH parameter in µm, or NaN if absent. */
    public double lengthUm(String name) {
        Object v = params.get(name);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    public double number(String name, double fallback) {
        Object v = params.get(name);
        return v == null ? fallback : ((Number) v).doubleValue();
    }

    public long integer(String name, long fallback) {
        Object v = params.get(name);
        return v == null ? fallback : ((Number) v).longValue();
    }

    public boolean bool(String name, boolean fallback) {
        Object v = params.get(name);
        return v == null ? fallback : (Boolean) v;
    }

    public double[] lengthRangeUm(String name) {
        return (double[]) params.get(name);
    }
}
