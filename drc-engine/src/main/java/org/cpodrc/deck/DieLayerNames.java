package org.cpodrc.deck;

import java.util.Collection;
import java.util.TreeSet;

/** Explains an undefined dotted layer name ({@code DIE.NAME}): no stack, an unknown die, or an unmapped layer. */
final class DieLayerNames {
    private DieLayerNames() {
    }

    /** A note to append to "undefined layer" messages; empty for plain names. */
    static String note(String name, Collection<String> known) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return "";
        }
        TreeSet<String> dies = new TreeSet<>();
        for (String k : known) {
            int i = k.indexOf('.');
            if (i > 0) {
                dies.add(k.substring(0, i));
            }
        }
        if (dies.isEmpty()) {
            return " (DIE.NAME layers exist only when the design is a stack file)";
        }
        String die = name.substring(0, dot);
        if (!dies.contains(die)) {
            return " (the stack has no die '" + die + "'; its dies: " + String.join(", ", dies) + ")";
        }
        return " (die " + die + " maps no layer '" + name.substring(dot + 1) + "'; OUTLINE always exists)";
    }

    static String note(String name, DesignLayers design) {
        return note(name, design == null ? java.util.List.of() : design.named().keySet());
    }
}
