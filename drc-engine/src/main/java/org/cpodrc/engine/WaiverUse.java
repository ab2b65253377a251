package org.cpodrc.engine;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One waiver of a {@code --waivers} file and what became of it in this run, as every report
 * lists it (DECK-SPEC §8).
 *
 * @param rule    the rule id or glob
 * @param cell    the cell it is limited to, or null
 * @param bboxUm  the box it is limited to (x1, y1, x2, y2 in µm), or null
 * @param expires the first day it no longer waives, or null
 * @param source  where it is written, {@code FILE:LINE}
 * @param matched how many violations it matches (for an expired waiver: would have waived)
 */
public record WaiverUse(String rule, String cell, double[] bboxUm, String reason, String owner, LocalDate expires,
                        String source, Status status, int matched) {
    /** active: waives at least one violation; expired: past its date; unused: matches nothing. */
    public enum Status {
        ACTIVE, EXPIRED, UNUSED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public WaiverUse {
        bboxUm = bboxUm == null ? null : bboxUm.clone();
    }

    @Override
    public double[] bboxUm() {
        return bboxUm == null ? null : bboxUm.clone();
    }
}
