package org.cpodrc.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.InputException;
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
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read baseline report: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Reads the {@code violations} of a JSON report (DECK-SPEC §6). */
    public static Baseline parse(String name, String text) {
        Object root = JsonReader.parse(name, text);
        if (!(root instanceof Map<?, ?> report) || !(report.get("violations") instanceof List<?> list)) {
            throw new InputException(name + ":1:1: not a cpodrc JSON report (no \"violations\" array)");
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> v) || !(v.get("rule") instanceof String rule)
                    || !(v.get("bbox_um") instanceof List<?> b) || b.size() != 4
                    || !b.stream().allMatch(x -> x instanceof Double)) {
                throw new InputException(name + ": violations[" + i + "] lacks \"rule\" or a four-number \"bbox_um\"");
            }
            out.add(new Entry(rule, (Double) b.get(0), (Double) b.get(1), (Double) b.get(2), (Double) b.get(3)));
        }
        return new Baseline(out);
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
