package org.cpodrc.stack;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Placement;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;

/**
 * {@code cpodrc assemble} (STACK-SPEC §4): the stack as one GDS on the package database unit. The
 * top cell is named as the stack (the cell a stack run's lyrdb and gds reports name, so their
 * markers overlay it in KLayout); it places one cell per die, named as the die, by the die's
 * transform ({@link Placement#trans()}). A die cell holds the die's mapped layers flattened, in
 * the die's own axes on the package grid, renumbered to the package layers (1/0 upward, as
 * {@link Stack#layerKeys()}; marker layers start at 1000); OUTLINE is written even when implicit.
 * {@link #lyp} gives the KLayout layer properties naming each layer {@code DIE.NAME}. Coordinates
 * beyond GDSII's 32 bits raise {@link ArithmeticException}.
 */
public final class StackAssembler {
    private StackAssembler() {
    }

    public static Layout assemble(Stack stack) {
        Layout ly = new Layout();
        ly.setUnits(stack.dbuUm(), stack.dbuUm() * 1e-6);
        ly.setLibraryName(stack.name());
        Cell top = ly.getOrCreateCell(stack.name());
        Set<String> used = new HashSet<>(List.of(stack.name()));
        for (PlacedDie d : stack.dies()) {
            String name = d.name();
            while (!used.add(name)) {
                name = name + "_DIE";
            }
            Cell cell = ly.getOrCreateCell(name);
            for (String layer : d.layerNames()) {
                LayerKey key = stack.layerKeys().get(d.name() + "." + layer);
                d.forEachLocalPolygon(layer, (xy, n) -> {
                    int[] ints = new int[2 * n];
                    for (int i = 0; i < 2 * n; i++) {
                        ints[i] = Math.toIntExact(xy[i]);
                    }
                    cell.shapes(key).addPolygon(ints, 0, n);
                });
                d.forEachLocalText(layer, (t, x, y) -> cell.addText(key, new Text(t, Math.toIntExact(x),
                        Math.toIntExact(y), 0, Trans.displacement(x, y), 0, 0, 0, List.of())));
            }
            Placement p = d.layout() == null ? Placement.IDENTITY : d.placement();
            top.addInstance(Instance.single(cell.name(), p.trans()));
        }
        return ly;
    }

    /** KLayout layer properties naming every package layer DIE.NAME, coloured per die. */
    public static String lyp(Stack stack) {
        String[] colours = {"#ff8000", "#0080ff", "#00c000", "#c000c0", "#c0c000", "#00c0c0", "#ff4040", "#8080ff"};
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<layer-properties>\n");
        int die = -1;
        String last = null;
        for (Map.Entry<String, LayerKey> e : stack.layerKeys().entrySet()) {
            String d = e.getKey().substring(0, e.getKey().indexOf('.'));
            if (!d.equals(last)) {
                die++;
                last = d;
            }
            String c = colours[die % colours.length];
            boolean outline = e.getKey().endsWith("." + StackGrammar.OUTLINE);
            b.append(" <properties>\n  <frame-color>").append(c).append("</frame-color>\n  <fill-color>").append(c)
                    .append("</fill-color>\n  <dither-pattern>").append(outline ? "I1" : "I5")
                    .append("</dither-pattern>\n  <visible>true</visible>\n  <name>").append(xml(e.getKey()))
                    .append("</name>\n  <source>").append(e.getValue().layer()).append('/').append(e.getValue().datatype())
                    .append("@1</source>\n </properties>\n");
        }
        return b.append("</layer-properties>\n").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
