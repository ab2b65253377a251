package org.cpodrc.check.packaging;

import static org.cpodrc.testing.Decks.rule;
import static org.cpodrc.testing.Polys.polygon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpodrc.check.Violation;
import org.cpodrc.check.generic.KLayoutReference;
import org.cpodrc.testing.FakeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;

/**
 * bump_alignment against KLayout 0.28 on a seeded random bump field: opens, shorts and unmatched
 * pads from KLayout's interacting / not_interacting (touching counts, as in KLayout), misaligned
 * bumps from centroids and KLayout's AND. Bumps are squares or 45-degree diamonds, pads squares,
 * some pads doubled (shorts), some bumps exactly edge to edge with their pad, some pads bare.
 * Contacts in a single point are left out: see {@link #singlePointContactsAreTouching}.
 */
class BumpAlignmentVsKLayoutTest {
    private static final Pattern AT = Pattern.compile("bump at \\(([-0-9.]+), ([-0-9.]+)\\)");

    @Test
    void sameFindingsAsKLayout(@TempDir Path dir) throws Exception {
        KLayoutReference.assumeInstalled();
        Random rnd = new Random(2026);
        List<Polygon> bumps = new ArrayList<>();
        List<Polygon> pads = new ArrayList<>();
        StringBuilder input = new StringBuilder("param max_offset 3000\nparam min_overlap 0.9\n");
        for (int i = 0; i < 30 * 30; i++) {
            long cx = (i % 30) * 200_000L, cy = (i / 30) * 200_000L;
            long half = rnd.nextBoolean() ? 13_000 : 15_000; // 26 or 30 um pads
            pads.add(square(cx, cy, half));
            if (rnd.nextInt(10) == 0) {
                pads.add(square(cx + 2 * half + 6_000, cy, half)); // a neighbour 6 um away: a bump may bridge both
            }
            int kind = rnd.nextInt(12);
            if (kind == 0) {
                continue; // bare pad
            }
            long dx, dy;
            if (kind == 1) {
                dx = half + 10_000; // bump's west edge on the pad's east edge: touching
                dy = 2_000L * (rnd.nextInt(5) - 2);
            } else if (kind < 7) {
                dx = 1_000L * (rnd.nextInt(61) - 30);
                dy = 1_000L * (rnd.nextInt(61) - 30);
            } else {
                dx = 1_000L * (rnd.nextInt(5) - 2); // within the placement tolerance, mostly
                dy = 1_000L * (rnd.nextInt(5) - 2);
            }
            // diamonds of 10.5 um "radius" at whole-um offsets: a pad corner never lies exactly on their
            // edge (KLayout counts such single-point contacts by orientation, docs/klayout-differences.md)
            bumps.add(kind == 2 ? diamond(cx + dx, cy + dy, 10_500) : square(cx + dx, cy + dy, 10_000));
        }
        bumps.forEach(p -> input.append(line("A", p)));
        pads.forEach(p -> input.append(line("B", p)));
        Map<String, String> klayout = KLayoutReference.run("bump_alignment.py", input.toString(), dir);

        List<Violation> vs = new FakeContext().put("BUMP", bumps).put("PAD", pads).run(new BumpAlignmentCheck(),
                rule("B", "bump_alignment", "layer", "BUMP", "pads", "PAD", "max_offset", 3.0, "min_overlap", 0.9,
                        "unmatched_pads", "error")).violations;
        Map<String, List<String>> ours = new TreeMap<>();
        for (String k : List.of("open", "short", "misaligned", "unmatched")) {
            ours.put(k, new ArrayList<>());
        }
        for (Violation v : vs) {
            String m = v.message();
            if (m.endsWith("(open)")) {
                ours.get("open").add(v.x1() + "," + v.y1() + "," + v.x2() + "," + v.y2());
            } else if (m.endsWith("(unmatched pad)")) {
                ours.get("unmatched").add(v.x1() + "," + v.y1() + "," + v.x2() + "," + v.y2());
            } else {
                Matcher at = AT.matcher(m);
                assertTrue(at.find(), m);
                ours.get(m.endsWith("(short)") ? "short" : "misaligned").add(at.group(1) + "," + at.group(2));
            }
        }
        int total = 0;
        StringBuilder differences = new StringBuilder();
        for (String k : ours.keySet()) {
            List<String> mine = ours.get(k).stream().map(BumpAlignmentVsKLayoutTest::noNegativeZero).sorted().toList();
            List<String> theirs = KLayoutReference.items(klayout.get(k)).stream()
                    .map(BumpAlignmentVsKLayoutTest::noNegativeZero).sorted().toList();
            List<String> onlyOurs = mine.stream().filter(x -> !theirs.contains(x)).toList();
            List<String> onlyTheirs = theirs.stream().filter(x -> !mine.contains(x)).toList();
            if (!onlyOurs.isEmpty() || !onlyTheirs.isEmpty()) {
                differences.append(k).append(": only cpodrc ").append(onlyOurs).append(", only KLayout ")
                        .append(onlyTheirs).append('\n');
            }
            total += mine.size();
        }
        assertEquals("", differences.toString());
        assertTrue(ours.get("open").size() > 20 && ours.get("short").size() > 5 && ours.get("misaligned").size() > 50
                && ours.get("unmatched").size() > 20, "every kind occurs: " + ours);
        assertTrue(total - ours.get("unmatched").size() < bumps.size() * 2 / 3, "and many bumps pass");
    }

    /**
     * A pad whose corner lies on a round bump's edge touches it in one point. cpodrc counts that
     * as touching in every orientation (KLayout documents interacting as "overlap or touch");
     * KLayout 0.28.5 counts it for a pad's top-left and bottom-right corner only (minimal
     * example in docs/klayout-differences.md), so the differential above leaves such contacts out.
     */
    @Test
    void singlePointContactsAreTouching() {
        long[][] pads = {{6, 4, 36, 34}, {3, -37, 33, -7}, {-33, -37, -3, -7}, {-36, 4, -6, 34}};
        for (long[] p : pads) {
            FakeContext ctx = new FakeContext().put("BUMP", diamond(0, 0, 10_000))
                    .put("PAD", org.cpodrc.testing.Polys.rect(p[0] * 1000, p[1] * 1000, p[2] * 1000, p[3] * 1000));
            List<Violation> vs = ctx.run(new BumpAlignmentCheck(), rule("B", "bump_alignment", "layer", "BUMP", "pads",
                    "PAD", "max_offset", 100.0, "unmatched_pads", "error")).violations;
            assertEquals(1, vs.size(), vs.toString());
            assertTrue(vs.get(0).message().endsWith("0 of its area on the pad, min 1 (misaligned)"), vs.toString());
        }
    }

    /** A centroid on an axis prints as -0.000 from one side and 0.000 from the other. */
    private static String noNegativeZero(String s) {
        return s.replace("-0.000", "0.000");
    }

    private static Polygon square(long cx, long cy, long half) {
        return polygon(cx - half, cy - half, cx + half, cy - half, cx + half, cy + half, cx - half, cy + half);
    }

    private static Polygon diamond(long cx, long cy, long r) {
        return polygon(cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy);
    }

    private static String line(String layer, Polygon p) {
        StringBuilder s = new StringBuilder(layer);
        var cs = p.getExteriorRing().getCoordinates();
        for (int i = 0; i < cs.length - 1; i++) {
            s.append(' ').append((long) cs[i].x).append(' ').append((long) cs[i].y);
        }
        return s.append('\n').toString();
    }
}
