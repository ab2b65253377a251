package org.cpodrc.layout;


/**
 * Collects reader warnings on the layout as "FILE: offset N: what", keeping the first hundred so
 * that a file with millions of degenerate elements does not fill the heap with messages.
 */
public final class ReadWarnings {
    private static final int MAX_KEPT = 100;

    private final Layout layout;
    private final String fileName;
    private int count;

    public ReadWarnings(Layout layout, String fileName) {
        this.layout = layout;
        this.fileName = fileName;
    }

    public void add(long offset, String what) {
        count++;
        if (count <= MAX_KEPT) {
            layout.addWarning(fileName + ": offset " + offset + ": " + what);
        }
    }

    /** Adds a closing note when warnings were left out. */
    public void finish() {
        if (count > MAX_KEPT) {
            layout.addWarning(fileName + ": " + (count - MAX_KEPT) + " further warnings not shown");
        }
    }
}
