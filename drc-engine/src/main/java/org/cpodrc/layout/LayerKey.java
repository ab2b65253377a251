package org.cpodrc.layout;

/** A GDSII layer/datatype pair, ordered by layer then datatype. */
public record LayerKey(int layer, int datatype) implements Comparable<LayerKey> {
    public static LayerKey parse(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return new LayerKey(Integer.parseInt(s.trim()), 0);
        }
        return new LayerKey(Integer.parseInt(s.substring(0, slash).trim()),
                Integer.parseInt(s.substring(slash + 1).trim()));
    }

    @Override
    public int compareTo(LayerKey o) {
        int c = Integer.compare(layer, o.layer);
        return c != 0 ? c : Integer.compare(datatype, o.datatype);
    }

    // Written out, the same values as a record's own: those are made at run time through an
    // invokedynamic bootstrap that spins method-handle classes, tens of milliseconds of a small check.
    @Override
    public boolean equals(Object o) {
        return o instanceof LayerKey k && k.layer == layer && k.datatype == datatype;
    }

    @Override
    public int hashCode() {
        return 31 * layer + datatype;
    }

    @Override
    public String toString() {
        return layer + "/" + datatype;
    }
}
