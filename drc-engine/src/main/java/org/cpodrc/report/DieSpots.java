package org.cpodrc.report;

import java.nio.file.Path;
import java.util.List;

import org.cpodrc.check.Assembly;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.RunResult;

/**
 * STACK-SPEC §4 for every report: the dies a violation touches (its box meets the die's OUTLINE),
 * each with the violation's box in that die's own coordinates, so the owner of the die file can
 * go straight to the spot. Empty for a plain layout.
 */
final class DieSpots {
    private DieSpots() {
    }

    static boolean stack(RunResult r) {
        return r.input().assembly() != null;
    }

    static List<Assembly.Spot> of(RunResult r, Violation v) {
        Assembly a = r.input().assembly();
        return a == null ? List.of() : a.spots(v.x1(), v.y1(), v.x2(), v.y2());
    }

    /** "die EIC (eic.gds): [x1, y1 .. x2, y2] um", as text and HTML show it. */
    static String line(Assembly.Spot s) {
        double[] b = s.bboxUm();
        return "die " + s.die() + (s.file() == null ? "" : " (" + s.file() + ")") + ": [" + Numbers.format(b[0]) + ", "
                + Numbers.format(b[1]) + " .. " + Numbers.format(b[2]) + ", " + Numbers.format(b[3]) + "] um";
    }

    /** The die file as a path beside the stack file (the stack names it relative to itself). */
    static String path(RunResult r, Assembly.Spot s) {
        Path parent = Path.of(r.input().file()).getParent();
        return (parent == null ? Path.of(s.file()) : parent.resolve(s.file())).normalize().toString();
    }
}
