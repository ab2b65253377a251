package org.cpodrc.gds;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Shapes;

/** Lists every difference between two layouts' models (empty when they are equal). */
final class LayoutDiff {
    private final List<String> diffs = new ArrayList<>();

    static List<String> of(Layout a, Layout b) {
        LayoutDiff d = new LayoutDiff();
        d.layouts(a, b);
        return d.diffs;
    }

    private void check(boolean same, String what) {
        if (!same) {
            diffs.add(what);
        }
    }

    private void layouts(Layout a, Layout b) {
        check(a.libraryName().equals(b.libraryName()), "library name " + a.libraryName() + " / " + b.libraryName());
        check(a.dbuMetres() == b.dbuMetres(), "dbu metres " + a.dbuMetres() + " / " + b.dbuMetres());
        check(a.userUnitsPerDbu() == b.userUnitsPerDbu(), "user units " + a.userUnitsPerDbu() + " / " + b.userUnitsPerDbu());
        check(a.properties().equals(b.properties()), "library properties");
        check((a.contextInfoCell() == null) == (b.contextInfoCell() == null), "context info cell presence");
        if (a.contextInfoCell() != null && b.contextInfoCell() != null) {
            cells(a.contextInfoCell(), b.contextInfoCell());
        }
        check(a.cellCount() == b.cellCount(), "cell count " + a.cellCount() + " / " + b.cellCount());
        Iterator<Cell> ib = b.cells().iterator();
        for (Cell ca : a.cells()) {
            if (!ib.hasNext()) {
                break;
            }
            cells(ca, ib.next());
        }
    }

    private void cells(Cell a, Cell b) {
        String c = "cell " + a.name() + ": ";
        check(a.name().equals(b.name()), c + "name / " + b.name());
        check(a.properties().equals(b.properties()), c + "properties");
        check(a.instances().equals(b.instances()), c + "instances " + a.instances() + " / " + b.instances());
        check(a.textsByLayer().equals(b.textsByLayer()), c + "texts " + a.textsByLayer() + " / " + b.textsByLayer());
        check(a.nodes().equals(b.nodes()), c + "nodes");
        Map<LayerKey, Shapes> sa = nonEmpty(a);
        Map<LayerKey, Shapes> sb = nonEmpty(b);
        check(sa.keySet().equals(sb.keySet()), c + "layers " + sa.keySet() + " / " + sb.keySet());
        for (var e : sa.entrySet()) {
            Shapes other = sb.get(e.getKey());
            if (other != null) {
                shapes(c + e.getKey() + " ", e.getValue(), other);
            }
        }
    }

    private static Map<LayerKey, Shapes> nonEmpty(Cell c) {
        Map<LayerKey, Shapes> m = new java.util.TreeMap<>(c.shapesByLayer());
        m.values().removeIf(s -> s.size() == 0);
        return m;
    }

    private void shapes(String where, Shapes a, Shapes b) {
        check(a.size() == b.size(), where + "shape count " + a.size() + " / " + b.size());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String s = where + "shape " + i + " ";
            check(a.kind(i) == b.kind(i), s + "kind " + a.kind(i) + " / " + b.kind(i));
            check(a.pointCount(i) == b.pointCount(i), s + "points " + a.pointCount(i) + " / " + b.pointCount(i));
            for (int p = 0; p < Math.min(a.pointCount(i), b.pointCount(i)); p++) {
                if (a.x(i, p) != b.x(i, p) || a.y(i, p) != b.y(i, p)) {
                    diffs.add(s + "point " + p);
                    break;
                }
            }
            check(a.pathWidth(i) == b.pathWidth(i) && a.pathType(i) == b.pathType(i)
                    && a.pathBeginExtension(i) == b.pathBeginExtension(i)
                    && a.pathEndExtension(i) == b.pathEndExtension(i), s + "path attributes");
            check(Objects.equals(a.properties(i), b.properties(i)), s + "properties");
        }
    }
}
