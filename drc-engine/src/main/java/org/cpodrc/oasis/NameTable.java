package org.cpodrc.oasis;

import java.util.HashMap;
import java.util.Map;

/**
 * One of the OASIS name tables (CELLNAME, TEXTSTRING, PROPNAME, PROPSTRING): reference number to
 * string. Names are numbered implicitly (0, 1, 2, ... in file order) or explicitly; one file must
 * not mix the two for a table (KLayout refuses that too). References may come before the name
 * (forward references), so they are resolved once the whole file is read.
 */
final class NameTable {
    final String record;
    private final Map<Long, String> names = new HashMap<>();
    private long nextImplicit;
    /** 0 unknown, 1 implicit, 2 explicit. */
    private int mode;
    /** File offset of the first record of this kind (or of its CBLOCK); -1 when none. */
    long firstOffset = -1;
    long lastOffset = -1;

    NameTable(String record) {
        this.record = record;
    }

    void add(OasisInput in, boolean explicit, String name, long number) {
        int m = explicit ? 2 : 1;
        if (mode != 0 && mode != m) {
            throw in.error("explicit and implicit " + record + " reference numbers mixed in one file");
        }
        mode = m;
        long n = explicit ? number : nextImplicit++;
        if (names.putIfAbsent(n, name) != null && !names.get(n).equals(name)) {
            throw in.error(record + " reference number " + n + " is defined twice ('" + names.get(n) + "' and '"
                    + name + "')");
        }
        long at = in.recordOffset();
        if (firstOffset < 0) {
            firstOffset = at;
        }
        lastOffset = at;
    }

    /** The name, or null when the file never defines that number. */
    String get(long number) {
        return names.get(number);
    }
}
