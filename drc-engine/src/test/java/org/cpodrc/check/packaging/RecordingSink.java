package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cpodrc.check.Metric;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Violation;

/** Collects what a check reports. */
final class RecordingSink implements ResultSink {
    final List<Violation> violations = new ArrayList<>();
    final List<Metric> metrics = new ArrayList<>();

    @Override
    public synchronized void violation(Violation v) {
        violations.add(v);
    }

    @Override
    public synchronized void metric(Metric m) {
        metrics.add(m);
    }

    List<String> messages() {
        return violations.stream().map(Violation::message).collect(Collectors.toList());
    }

    /** The {@code count} field of each fiber_array metric, in report order. */
    List<Integer> arrayCounts() {
        return metrics.stream().map(m -> (Integer) m.fields().get("count")).collect(Collectors.toList());
    }
}
