package org.cpodrc.waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpodrc.check.Violation;
import org.cpodrc.engine.Disposition;
import org.cpodrc.engine.RunResult;
import org.cpodrc.engine.WaiverUse;

/**
 * Applies waivers to a run: a violation is waived by the first waiver in file order that matches
 * it and has not expired. Each waiver's status: expired when past its date (whatever it matches,
 * so the team sees what would fail once it lapses), active when it matches a violation, unused
 * when it matches none. {@code matched} counts every violation the waiver matches, also those an
 * earlier waiver already took, so no overlapping waiver is reported unused by accident.
 */
public final class Waivers {
    private Waivers() {
    }

    public static RunResult apply(RunResult result, List<Waiver> waivers, LocalDate today) {
        double dbu = result.input().dbuUm();
        int[] matched = new int[waivers.size()];
        List<Disposition> dispositions = new ArrayList<>();
        for (int i = 0; i < result.violations().size(); i++) {
            Violation v = result.violations().get(i);
            Disposition d = result.disposition(i);
            for (int w = 0; w < waivers.size(); w++) {
                Waiver waiver = waivers.get(w);
                if (!waiver.matches(v, dbu)) {
                    continue;
                }
                matched[w]++;
                if (!d.waived() && !waiver.expiredOn(today)) {
                    d = new Disposition(true, w, d.baseline());
                }
            }
            dispositions.add(d);
        }
        List<WaiverUse> uses = new ArrayList<>();
        for (int w = 0; w < waivers.size(); w++) {
            Waiver x = waivers.get(w);
            WaiverUse.Status status = x.expiredOn(today) ? WaiverUse.Status.EXPIRED
                    : matched[w] > 0 ? WaiverUse.Status.ACTIVE : WaiverUse.Status.UNUSED;
            uses.add(new WaiverUse(x.rule(), x.cell(), x.bboxUm(), x.reason(), x.owner(), x.expires(), x.source(),
                    status, matched[w]));
        }
        return result.withReview(dispositions, uses);
    }
}
