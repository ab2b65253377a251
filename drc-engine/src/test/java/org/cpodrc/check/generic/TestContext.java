package org.cpodrc.check.generic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Metric;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.Region;

/** A check context over named regions (dbu 1 nm, top cell TOP) that also collects results. */
final class TestContext implements CheckContext, ResultSink {
    final Map<String, Region> layers = new HashMap<>();
    final List<Violation> violations = new ArrayList<>();

    TestContext with(String name, Region r) {
        layers.put(name, r);
        return this;
    }

    @Override
    public Region layer(String name) {
        return layers.getOrDefault(name, Region.empty());
    }

    @Override
    public List<Label> labels(String name) {
        return List.of();
    }

    @Override
    public double dbuUm() {
        return 0.001;
    }

    @Override
    public String topCell() {
        return "TOP";
    }

    @Override
    public String stack() {
        return null;
    }

    @Override
    public synchronized void violation(Violation v) {
        violations.add(v);
    }

    @Override
    public void metric(Metric m) {
    }
}
