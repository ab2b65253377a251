package org.cpodrc.check.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.cpodrc.InputException;
import org.cpodrc.check.Assembly;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.Region;
import org.cpodrc.layout.Placement;
import org.junit.jupiter.api.Test;

/** tier_order: pairs of overlapping dies in the wrong tier order, and nothing else. */
class TierOrderCheckTest {
    private static Assembly.Die die(String name, String role, int tier, long x1, long y1, long x2, long y2) {
        return new Assembly.Die(name, role, tier, name.toLowerCase() + ".gds", name, Placement.IDENTITY,
                Region.of(List.of((org.locationtech.jts.geom.Polygon) Region.FACTORY.toGeometry(
                        new org.locationtech.jts.geom.Envelope(x1, x2, y1, y2)))));
    }

    private static List<Violation> run(Assembly a, String above, String below) {
        Rule rule = new Rule("T.1", "tier_order", Severity.ERROR, null, null, Map.of("above", above, "below", below));
        RecordingSink sink = new RecordingSink();
        new TierOrderCheck().run(rule, context(a), sink);
        return sink.violations;
    }

    private static CheckContext context(Assembly a) {
        return new CheckContext() {
            @Override
            public Region layer(String name) {
                return Region.empty();
            }

            @Override
            public List<Label> labels(String name) {
                return List.of();
            }

            @Override
            public double dbuUm() {
                return 0.001;
            }

            @Override
            public String topCell() {
                return "PKG";
            }

            @Override
            public String stack() {
                return null;
            }

            @Override
            public Optional<Assembly> assembly() {
                return Optional.ofNullable(a);
            }
        };
    }

    @Test
    void eicOnTheSameTierAsThePicItOverlapsIsFlagged() {
        Assembly a = new Assembly("p", 0.001, List.of(die("PIC", "pic", 0, 0, 0, 1000, 1000),
                die("EIC", "eic", 0, 800, 200, 1500, 600), die("EIC2", "eic", 1, 100, 100, 300, 300)));
        List<Violation> v = run(a, "eic", "pic");
        assertEquals(1, v.size());
        assertEquals(0.0, v.get(0).measuredUm());
        assertEquals(1.0, v.get(0).requiredUm());
        assertEquals(List.of(800L, 200L, 1000L, 600L), List.of(v.get(0).x1(), v.get(0).y1(), v.get(0).x2(), v.get(0).y2()));
        assertTrue(v.get(0).message().contains("die EIC (eic, tier 0) overlaps die PIC (pic, tier 0)"), v.get(0).message());
    }

    @Test
    void touchingOrDisjointDiesAndPlainLayoutsPass() {
        Assembly a = new Assembly("p", 0.001, List.of(die("PIC", "pic", 1, 0, 0, 1000, 1000),
                die("EIC", "eic", 0, 1000, 0, 2000, 1000)));
        assertEquals(List.of(), run(a, "eic", "pic"));
        assertEquals(List.of(), run(null, "eic", "pic"));
    }

    @Test
    void namesAndListsSelectDiesAndUnknownWordsAreInputErrors() {
        Assembly a = new Assembly("p", 0.001, List.of(die("PIC", "pic", 2, 0, 0, 1000, 1000),
                die("EIC_A", "eic", 1, 0, 0, 500, 500), die("EIC_B", "eic", 0, 500, 500, 900, 900)));
        // FOPoP: the PIC above the EICs
        assertEquals(List.of(), run(a, "PIC", "EIC_A, EIC_B"));
        List<Violation> v = run(a, "EIC_A", "PIC");
        assertEquals(1, v.size());
        assertEquals(-1.0, v.get(0).measuredUm());
        InputException e = assertThrows(InputException.class, () -> run(a, "EICC", "pic"));
        assertTrue(e.getMessage().contains("'EICC' is neither a die role nor a die of stack p"), e.getMessage());
    }

    /** Seeded random stacks: a violation exactly for each overlapping pair in the wrong order. */
    @Test
    void randomStacksAgreeWithAPairwiseCount() {
        Random r = new Random(8);
        for (int round = 0; round < 50; round++) {
            List<Assembly.Die> dies = new ArrayList<>();
            int expected = 0;
            for (int i = 0; i < 6; i++) {
                long x = r.nextInt(1000);
                long y = r.nextInt(1000);
                dies.add(die("D" + i, i % 2 == 0 ? "pic" : "eic", r.nextInt(3), x, y, x + 1 + r.nextInt(500),
                        y + 1 + r.nextInt(500)));
            }
            for (Assembly.Die e : dies) {
                for (Assembly.Die p : dies) {
                    if (e.role().equals("eic") && p.role().equals("pic") && e.tier() <= p.tier()
                            && e.outline().and(p.outline()).area() > 0) {
                        expected++;
                    }
                }
            }
            assertEquals(expected, run(new Assembly("p", 0.001, dies), "eic", "pic").size(), "round " + round);
        }
    }
}
