package org.cpodrc.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A GDSII structure: shapes per layer/datatype, texts per layer/texttype, and instances. */
public final class Cell {
    private final String name;
    private final Map<LayerKey, Shapes> shapes = new TreeMap<>();
    private final Map<LayerKey, List<Text>> texts = new TreeMap<>();
    private final List<Instance> instances = new ArrayList<>();
    private final List<Property> properties = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    /** Byte offset of the BGNSTR record in the source file, for messages; -1 when built in memory. */
    private long sourceOffset = -1;

    public Cell(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Shapes shapes(LayerKey layer) {
        return shapes.computeIfAbsent(layer, k -> new Shapes());
    }

    /**
     * Sets the shapes of one layer to an already filled {@link Shapes}; for readers that learn a
     * cell's name only after its contents (OASIS names cells by reference numbers defined later).
     */
    public void putShapes(LayerKey layer, Shapes filled) {
        shapes.put(layer, filled);
    }

    /** Layers that hold shapes in this cell (not including child cells), sorted. */
    public Map<LayerKey, Shapes> shapesByLayer() {
        return Collections.unmodifiableMap(shapes);
    }

    public Map<LayerKey, List<Text>> textsByLayer() {
        return Collections.unmodifiableMap(texts);
    }

    public void addText(LayerKey layer, Text t) {
        texts.computeIfAbsent(layer, k -> new ArrayList<>()).add(t);
    }

    public List<Instance> instances() {
        return Collections.unmodifiableList(instances);
    }

    public void addInstance(Instance inst) {
        instances.add(inst);
    }

    /** NODE elements: electrical nets, not geometry; kept so that writing back is lossless. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public void addNode(Node node) {
        nodes.add(node);
    }

    public List<Property> properties() {
        return properties;
    }

    public long sourceOffset() {
        return sourceOffset;
    }

    public void setSourceOffset(long sourceOffset) {
        this.sourceOffset = sourceOffset;
    }

    public void trim() {
        shapes.values().removeIf(s -> s.size() == 0);
        shapes.values().forEach(Shapes::trim);
    }
}
