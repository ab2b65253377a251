package org.cpodrc.engine;

import org.cpodrc.check.Severity;

/** One rule of a run, as the report's {@code rules} array lists it. */
public record RuleSummary(String id, String check, Severity severity, String description, int violations) {
}
