package org.cpodrc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Trans;
import org.junit.jupiter.api.Test;

class TopCellsTest {
    @Test
    void theOnlyTopOrTheNamedCellOtherwiseAnInputError() {
        Layout layout = new Layout();
        Cell top = layout.getOrCreateCell("TOP");
        layout.getOrCreateCell("SUB");
        top.addInstance(Instance.single("SUB", Trans.IDENTITY));
        assertEquals(List.of("TOP"), names(TopCells.choose(layout, null, "a.gds")));
        assertEquals(List.of("SUB"), names(TopCells.choose(layout, "SUB", "a.gds")));
        InputException e = assertThrows(InputException.class, () -> TopCells.choose(layout, "X", "a.gds"));
        assertEquals("a.gds: no cell named 'X' (top cells: TOP)", e.getMessage());

        layout.getOrCreateCell("OTHER");
        e = assertThrows(InputException.class, () -> TopCells.choose(layout, null, "a.gds"));
        assertEquals("a.gds: 2 top cells (top cells: OTHER, TOP); choose one with --top", e.getMessage());
        assertThrows(InputException.class, () -> TopCells.choose(new Layout(), null, "e.gds"));
    }

    private static List<String> names(List<Cell> cells) {
        return cells.stream().map(Cell::name).toList();
    }
}
