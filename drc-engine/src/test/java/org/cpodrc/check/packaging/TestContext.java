package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckContext;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.LayerKey;
import org.locationtech.jts.geom.Polygon;

/** An in-memory design for check tests: named layers of polygons and labels, dbu 1 nm. */
final class TestContext implements CheckContext {
    private final Map<String, List<Polygon>> layers = new HashMap<>();
    private final Map<String, List<Label>> labels = new HashMap<>();
    private final Map<String, Double> targets = new HashMap<>();

    TestContext add(String layer, Polygon p) {
        layers.computeIfAbsent(layer, k -> new ArrayList<>()).add(p);
        return this;
    }

    TestContext addAll(String layer, List<Polygon> ps) {
        ps.forEach(p -> add(layer, p));
        return this;
    }

    /** A text at (xUm, yUm). */
    TestContext label(String layer, String text, double xUm, double yUm) {
        labels.computeIfAbsent(layer, k -> new ArrayList<>())
                .add(new Label(text, toDbu(xUm), toDbu(yUm), new LayerKey(99, 0)));
        return this;
    }

    TestContext target(String name, double tbpsPerMm) {
        targets.put(name, tbpsPerMm);
        return this;
    }

    @Override
    public Region layer(String name) {
        return Region.of(layers.getOrDefault(name, List.of()));
    }

    @Override
    public List<Label> labels(String name) {
        return labels.getOrDefault(name, List.of());
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
    public Map<String, Double> targets() {
        return targets;
    }
}
