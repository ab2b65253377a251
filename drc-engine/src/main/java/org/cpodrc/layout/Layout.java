package org.cpodrc.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A GDSII library: cells by name (in file order), the database unit, and the library header
 * values needed to write the file back.
 */
public final class Layout {
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private double dbuUm = 0.001;
    /** Size of a database unit in metres (second UNITS value), kept for lossless writing. */
    private double dbuMetres = 1e-9;
    private String libraryName = "LIB";
    private final List<Property> properties = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private Cell contextInfoCell;

    public double dbuUm() {
        return dbuUm;
    }

    public void setUnits(double dbuInUserUnits, double dbuMetres) {
        this.dbuMetres = dbuMetres;
        this.dbuUm = dbuMetres * 1e6;
        this.userUnitsPerDbu = dbuInUserUnits;
    }

    private double userUnitsPerDbu = 0.001;

    public double userUnitsPerDbu() {
        return userUnitsPerDbu;
    }

    public double dbuMetres() {
        return dbuMetres;
    }

    public String libraryName() {
        return libraryName;
    }

    public void setLibraryName(String libraryName) {
        this.libraryName = libraryName;
    }

    public Cell cell(String name) {
        return cells.get(name);
    }

    /** Returns the named cell, creating an empty one if it does not exist yet. */
    public Cell getOrCreateCell(String name) {
        return cells.computeIfAbsent(name, Cell::new);
    }

    public boolean hasCell(String name) {
        return cells.containsKey(name);
    }

    public Collection<Cell> cells() {
        return Collections.unmodifiableCollection(cells.values());
    }

    public int cellCount() {
        return cells.size();
    }

    /** Cells that no other cell instantiates, sorted by name. */
    public List<Cell> topCells() {
        Set<String> referenced = new HashSet<>();
        for (Cell c : cells.values()) {
            for (Instance i : c.instances()) {
                referenced.add(i.cellName());
            }
        }
        List<Cell> tops = new ArrayList<>();
        for (Cell c : cells.values()) {
            if (!referenced.contains(c.name())) {
                tops.add(c);
            }
        }
        tops.sort((a, b) -> a.name().compareTo(b.name()));
        return tops;
    }

    /** Library-level properties (PROPATTR/PROPVALUE before the first structure; a KLayout extension). */
    public List<Property> properties() {
        return properties;
    }

    /** What the reader tolerated but the user may want to know (skipped records, dropped elements). */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public void addWarning(String warning) {
        warnings.add(warning);
    }

    /**
     * KLayout's {@code $$$CONTEXT_INFO$$$} structure (PCell and library bookkeeping), kept apart
     * from the design cells so that it is neither a cell nor a top cell, but written back first;
     * null when the file has none.
     */
    public Cell contextInfoCell() {
        return contextInfoCell;
    }

    public void setContextInfoCell(Cell contextInfoCell) {
        this.contextInfoCell = contextInfoCell;
    }
}
