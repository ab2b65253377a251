package org.cpodrc.engine;

/**
 * What the gate makes of one violation besides its severity: waived by a waiver file entry, or
 * already present in the baseline report. Either keeps the violation in every report but stops
 * it from failing the run.
 *
 * @param waiver index of the waiver in {@link RunResult#waivers()} that waives it, or -1
 */
public record Disposition(boolean waived, int waiver, boolean baseline) {
    /** Neither waived nor in a baseline: counts against the gate as its severity says. */
    public static final Disposition OPEN = new Disposition(false, -1, false);

    public Disposition {
        if (waived != (waiver >= 0)) {
            throw new IllegalArgumentException("a waived violation names its waiver, and only then");
        }
    }

    public static Disposition waivedBy(int waiver) {
        return new Disposition(true, waiver, false);
    }

    public Disposition withBaseline(boolean inBaseline) {
        return new Disposition(waived, waiver, inBaseline);
    }

    /** True when the violation may fail the gate (neither waived nor known from the baseline). */
    public boolean counts() {
        return !waived && !baseline;
    }
}
