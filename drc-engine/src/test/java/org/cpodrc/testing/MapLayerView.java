package org.cpodrc.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.engine.LayerView;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Polygon;

/** A layer view from polygons per layer name and layer names per rule, for report tests. */
public final class MapLayerView implements LayerView {
    private final Map<String, List<String>> rules = new HashMap<>();
    private final Map<String, Region> layers = new HashMap<>();

    public MapLayerView rule(String id, String... layerNames) {
        rules.put(id, List.of(layerNames));
        return this;
    }

    public MapLayerView layer(String name, Polygon... polygons) {
        layers.put(name, Polys.region(polygons));
        return this;
    }

    /** The layers around {@link SampleRuns}' violations: TSV pads on both sides of each space marker, a waveguide, a die. */
    public static MapLayerView forSampleRuns() {
        return new MapLayerView()
                .rule("TSV.S.1", "TSV", "PIC").rule("WG.W.1", "WG").rule("BW.1", "PIC")
                .layer("TSV", Polys.rect(-10000, 0, 10000, 20000), Polys.rect(48200, 0, 68200, 20000),
                        Polys.rect(90000, 0, 110000, 20000), Polys.rect(149500, 0, 169500, 20000))
                .layer("PIC", Polys.rect(-50000, -30000, 300000, 60000))
                .layer("WG", Polys.rect(150000, 1000, 200000, 1500), Polys.rect(200000, 1000, 210000, 1450),
                        Polys.rect(210000, 1000, 260000, 1500));
    }

    @Override
    public List<String> layersOf(String ruleId) {
        return rules.getOrDefault(ruleId, List.of());
    }

    @Override
    public Region layer(String name) {
        return layers.getOrDefault(name, Region.empty());
    }

    /** The bounding box of all layers, as a design's extent. */
    @Override
    public org.locationtech.jts.geom.Envelope extent() {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        layers.values().forEach(r -> e.expandToInclude(r.bbox()));
        return e;
    }
}
