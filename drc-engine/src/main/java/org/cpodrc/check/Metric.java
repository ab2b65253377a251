package org.cpodrc.check;

import java.util.Map;

/**
 * A measured value a rule reports whether or not it fails: shoreline bandwidth per die edge,
 * PIC/EIC overlap ratio. {@code fields} holds the report fields beyond rule and name, in order
 * (e.g. die, edge, ports, gbps, shoreline_mm, value, unit, target, ratio).
 */
public record Metric(String rule, String name, Map<String, Object> fields) {
}
