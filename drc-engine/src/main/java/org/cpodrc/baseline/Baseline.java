package org.cpodrc.baseline;

import java.io.IOException;
import java.io.CharConversionException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
import org.cpodrc.io.InputFiles;
import org.cpodrc.io.InputLimits;
import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RunResult;

/**
 * The violations of an earlier JSON report ({@code --baseline REPORT.json}): a run then fails only
 * on violations that are not in it. A violation is "in the baseline" when the baseline holds one
 * of the same rule with the same bbox on the current run's grid; order does not matter, and each
 * baseline entry accounts for one violation only, so a doubled violation is still new once.
 */
public final class Baseline {
    private final List<Entry> entries;

    /** One baseline violation: rule id and bbox in µm as the report printed them. */
    public record Entry(String rule, double x1, double y1, double x2, double y2) {
    }

    public Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public static Baseline load(Path file) {
        try {
            InputFiles.checkRegular(file, InputLimits.baselineBytes(), InputLimits.BASELINE_MB);
            try (InputStream in = Files.newInputStream(file)) {
                return new Baseline(BaselineReader.read(file.toString(), in));
            }
        } catch (CharConversionException e) {
            throw new InputException(file + ": not UTF-8 text: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read baseline report: " + InputFiles.reason(e), e);
        }
    }

    /** Reads the {@code violations} of a JSON report (DECK-SPEC §6); {@code name} is used in messages. */
    public static Baseline parse(String name, String text) {
        return new Baseline(BaselineReader.read(name, text));
    }

    /** The run with each violation found in the baseline marked; waivers stay as they are. */
    public RunResult apply(RunResult result) {
        double dbu = result.input().dbuUm();
        Map<Key, Integer> remaining = new HashMap<>();
        for (Entry e : entries) {
            remaining.merge(new Key(e.rule(), grid(e.x1(), dbu), grid(e.y1(), dbu), grid(e.x2(), dbu),
                    grid(e.y2(), dbu)), 1, Integer::sum);
        }
        List<Disposition> out = new ArrayList<>();
        for (int i = 0; i < result.violations().size(); i++) {
            Violation v = result.violations().get(i);
            Key k = new Key(v.rule(), v.x1(), v.y1(), v.x2(), v.y2());
            Integer n = remaining.get(k);
            boolean known = n != null && n > 0;
            if (known) {
                remaining.put(k, n - 1);
            }
            out.add(result.disposition(i).withBaseline(known));
        }
        return result.withReview(out, result.waivers());
    }

    private static long grid(double um, double dbu) {
        return Math.round(um / dbu);
    }

    private record Key(String rule, long x1, long y1, long x2, long y2) {
    }
}
