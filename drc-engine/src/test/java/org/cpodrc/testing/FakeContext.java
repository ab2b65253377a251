package org.cpodrc.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Metric;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/** A check context of named regions at 1 nm database units, top cell TOP, for single-check tests. */
public final class FakeContext implements CheckContext {
    private final Map<String, Region> layers = new HashMap<>();
    private final Map<String, List<Label>> labels = new HashMap<>();
    private final double dbu;
    private Envelope extent = new Envelope();

    public FakeContext() {
        this(0.001);
    }

    public FakeContext(double dbu) {
        this.dbu = dbu;
    }

    public FakeContext put(String name, Polygon... ps) {
        layers.put(name, Polys.region(ps));
        for (Polygon p : ps) {
            extent.expandToInclude(p.getEnvelopeInternal());
        }
        return this;
    }

    public FakeContext put(String name, List<Polygon> ps) {
        return put(name, ps.toArray(new Polygon[0]));
    }

    /** A TEXT label at (x, y) in database units on a label layer. */
    public FakeContext label(String name, String text, long x, long y) {
        labels.computeIfAbsent(name, k -> new ArrayList<>()).add(new Label(text, x, y, new LayerKey(99, 0)));
        return this;
    }

    public FakeContext extent(Envelope e) {
        extent = e;
        return this;
    }

    @Override
    public Region layer(String name) {
        Region r = layers.get(name);
        return r == null ? Region.empty() : r;
    }

    @Override
    public List<Label> labels(String name) {
        return labels.getOrDefault(name, List.of());
    }

    @Override
    public double dbuUm() {
        return dbu;
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
    public Envelope extent() {
        return new Envelope(extent);
    }

    /** Runs a check and returns what it reported. */
    public Results run(Check check, Rule rule) {
        Results r = new Results();
        check.run(rule, this, r);
        return r;
    }

    /** Violations and metrics of one run, in the order reported. */
    public static final class Results implements ResultSink {
        public final List<Violation> violations = new ArrayList<>();
        public final List<Metric> metrics = new ArrayList<>();

        @Override
        public synchronized void violation(Violation v) {
            violations.add(v);
        }

        @Override
        public synchronized void metric(Metric m) {
            metrics.add(m);
        }
    }
}
