package org.cpodrc.layout;

import java.util.Arrays;
import java.util.List;

/** A GDSII NODE element (layer, node type, points): connectivity data, never a shape. */
public record Node(int layer, int nodeType, int[] coordinates, List<Property> properties) {
    public Node {
        coordinates = coordinates.clone();
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    @Override
    public int[] coordinates() {
        return coordinates.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Node n && n.layer == layer && n.nodeType == nodeType
                && Arrays.equals(n.coordinates, coordinates) && n.properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * layer + nodeType) + Arrays.hashCode(coordinates)) + properties.hashCode();
    }

    @Override
    public String toString() {
        return "Node[" + layer + "/" + nodeType + " " + Arrays.toString(coordinates) + " " + properties + "]";
    }
}
