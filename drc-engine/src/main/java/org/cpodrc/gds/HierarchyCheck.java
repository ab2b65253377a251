package org.cpodrc.gds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.layout.Cell;
import org.cpodrc.layout.Instance;
import org.cpodrc.layout.Layout;

/**
 * Checks the cell graph once the whole file is read: every referenced cell must be defined (or
 * becomes an empty "ghost" cell when the options allow it, as in KLayout) and no cell may contain
 * itself, directly or through others.
 */
final class HierarchyCheck {
    private final Layout layout;
    private final Map<String, ElementBuilder.Reference> references;
    private final GdsReadOptions options;
    private final GdsInput in;

    HierarchyCheck(Layout layout, Map<String, ElementBuilder.Reference> references, GdsReadOptions options,
                   GdsInput in) {
        this.layout = layout;
        this.references = references;
        this.options = options;
        this.in = in;
    }

    void run() {
        for (Map.Entry<String, ElementBuilder.Reference> r : references.entrySet()) {
            if (!layout.hasCell(r.getKey())) {
                ElementBuilder.Reference ref = r.getValue();
                String what = "reference to an undefined cell '" + r.getKey() + "' in cell '" + ref.fromCell() + "'";
                if (!options.allowUndefinedCells()) {
                    throw in.errorAt(ref.offset(), what);
                }
                layout.getOrCreateCell(r.getKey());
                layout.addWarning(in.fileName() + ": offset " + ref.offset() + ": " + what + ": read as an empty cell");
            }
        }
        findCycle();
    }

    /** Depth-first search without recursion (hierarchies can be deep); reports the first cycle found. */
    private void findCycle() {
        Map<String, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the stack, 2: done
        for (Cell root : layout.cells()) {
            if (state.containsKey(root.name())) {
                continue;
            }
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(root));
            state.put(root.name(), 1);
            while (!stack.isEmpty()) {
                Frame f = stack.peek();
                if (f.next >= f.cell.instances().size()) {
                    state.put(f.cell.name(), 2);
                    stack.pop();
                    continue;
                }
                Instance inst = f.cell.instances().get(f.next++);
                Cell child = layout.cell(inst.cellName());
                Integer s = state.get(child.name());
                if (s == null) {
                    state.put(child.name(), 1);
                    stack.push(new Frame(child));
                } else if (s == 1) {
                    throw cycleError(stack, child);
                }
            }
        }
    }

    private RuntimeException cycleError(Deque<Frame> stack, Cell repeated) {
        List<String> path = new ArrayList<>();
        for (var it = stack.descendingIterator(); it.hasNext(); ) {
            path.add(it.next().cell.name());
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(repeated.name()), path.size()));
        cycle.add(repeated.name());
        return in.errorAt(repeated.sourceOffset(), "reference cycle: " + String.join(" -> ", cycle));
    }

    private static final class Frame {
        final Cell cell;
        int next;

        Frame(Cell cell) {
            this.cell = cell;
        }
    }
}
