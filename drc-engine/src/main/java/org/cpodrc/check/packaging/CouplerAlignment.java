package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Rule;
import org.locationtech.jts.geom.Envelope;

/**
 * The {@code couplers} part of {@code fiber_array}: fibers and coupler ports pair up
 * ({@link CouplerPairing}); a pair farther apart than {@code alignment} is reported with its
 * offset and, given {@code mfd}, the Gaussian coupling loss; unpaired fibers and couplers are
 * reported too. Adds the worst offset (and loss) of each array to its metric.
 */
final class CouplerAlignment {
    /** Slack for centroids computed in floating point: far below one database unit. */
    private static final double EPS_DBU = 1e-6;

    private CouplerAlignment() {
    }

    static void check(Rule rule, CheckContext context, List<List<Port>> arrays,
                               List<Map<String, Object>> metrics, double pitch, Findings findings) {
        double dbu = context.dbuUm();
        double alignment = context.toDbu(rule.lengthUm("alignment"));
        double mfdUm = rule.lengthUm("mfd");
        List<Port> couplers = Ports.of(context.merged(rule.layer("couplers")));
        List<Port> fibers = new ArrayList<>();
        List<int[]> where = new ArrayList<>(); // array, index in array
        for (int a = 0; a < arrays.size(); a++) {
            for (int i = 0; i < arrays.get(a).size(); i++) {
                fibers.add(arrays.get(a).get(i));
                where.add(new int[] {a, i});
            }
        }
        double radius = pitch / 2;
        CouplerPairing pairing = new CouplerPairing(fibers, couplers, radius);
        double[] maxOffset = new double[arrays.size()];
        for (CouplerPairing.Pair p : pairing.pairs) {
            int a = where.get(p.fiber())[0];
            maxOffset[a] = Math.max(maxOffset[a], p.offset());
            if (p.offset() > alignment + EPS_DBU) {
                Port f = fibers.get(p.fiber());
                Port c = couplers.get(p.coupler());
                Envelope box = f.envelope();
                box.expandToInclude(c.envelope());
                String loss = Double.isNaN(mfdUm) ? "" : "; est. coupling loss "
                        + Fmt.fixed(CouplingLoss.db(p.offset() * dbu, mfdUm), 2) + " dB at MFD " + Fmt.um(mfdUm) + " µm";
                findings.report("array " + a + " fiber " + where.get(p.fiber())[1] + " at " + Fmt.point(f, dbu) + ": "
                                + Fmt.um(p.offset() * dbu) + " µm from its coupler at " + Fmt.point(c, dbu)
                                + ", alignment " + Fmt.um(alignment * dbu) + " µm" + loss,
                        box, p.offset() * dbu, alignment * dbu);
            }
        }
        for (int f = 0; f < fibers.size(); f++) {
            if (pairing.couplerOfFiber[f] < 0) {
                Port fiber = fibers.get(f);
                double nearest = CouplerPairing.nearest(fiber, couplers);
                findings.report("array " + where.get(f)[0] + " fiber " + where.get(f)[1] + " at " + Fmt.point(fiber, dbu)
                                + ": no coupler within " + Fmt.um(radius * dbu) + " µm (half the pitch)"
                                + (Double.isInfinite(nearest) ? "" : "; nearest at " + Fmt.um(nearest * dbu) + " µm"),
                        fiber.envelope(), Double.isInfinite(nearest) ? Double.NaN : nearest * dbu, alignment * dbu);
            }
        }
        for (int c = 0; c < couplers.size(); c++) {
            if (!pairing.couplerUsed[c]) {
                Port coupler = couplers.get(c);
                findings.report("coupler at " + Fmt.point(coupler, dbu) + " has no fiber within " + Fmt.um(radius * dbu)
                        + " µm (half the pitch)", coupler.envelope(), Double.NaN, Double.NaN);
            }
        }
        for (int a = 0; a < arrays.size(); a++) {
            Map<String, Object> m = metrics.get(a);
            m.put("max_offset_um", Fmt.round(maxOffset[a] * dbu, 6));
            if (!Double.isNaN(mfdUm)) {
                m.put("max_loss_db", Fmt.round(CouplingLoss.db(maxOffset[a] * dbu, mfdUm), 6));
            }
        }
    }

}
