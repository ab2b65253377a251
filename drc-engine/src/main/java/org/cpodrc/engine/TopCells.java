package org.cpodrc.engine;

import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Layout;

/**
 * Which cell a run checks: the one named by {@code --top} (any cell, so a sub-cell can be checked
 * on its own), else the layout's only top cell. With several top cells and no {@code --top} the
 * choice is the user's, as in KLayout's DRC, so this is an input error listing them.
 */
public final class TopCells {
    private TopCells() {
    }

    public static List<Cell> choose(Layout layout, String top, String file) {
        if (top != null) {
            Cell c = layout.cell(top);
            if (c == null) {
                throw new InputException(file + ": no cell named '" + top + "'" + topList(layout));
            }
            return List.of(c);
        }
        List<Cell> tops = layout.topCells();
        if (tops.isEmpty()) {
            throw new InputException(file + ": the layout has no top cell");
        }
        if (tops.size() > 1) {
            throw new InputException(file + ": " + tops.size() + " top cells" + topList(layout)
                    + "; choose one with --top");
        }
        return tops;
    }

    private static String topList(Layout layout) {
        List<String> names = layout.topCells().stream().map(Cell::name).toList();
        if (names.isEmpty()) {
            return "";
        }
        int shown = Math.min(names.size(), 10);
        return " (top cells: " + String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? ", ..." : "") + ")";
    }
}
