package org.cpodrc.samples;

import static org.cpodrc.samples.SampleLayers.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpodrc.flatten.Flattener;
import org.cpodrc.gds.GdsWriter;
import org.cpodrc.layout.Cell;
import org.cpodrc.layout.LayerKey;
import org.cpodrc.layout.Layout;
import org.cpodrc.layout.Placement;
import org.cpodrc.layout.Text;
import org.cpodrc.layout.Trans;

/**
 * Splits a single-file sample package into the die files a real assembly comes as, plus a stack
 * file that places them back (STACK-SPEC): the PIC, the EIC (stored face-down and turned, so the
 * stack flips it and rotates it by 90 degrees), the fiber array unit, the lid and, for FOPoP, the
 * mold with its pillars. Each deck layer goes to the die that owns it; the stack's {@code layers:}
 * map gives the shipped decks their names back, so checking the stack gives exactly the
 * violations of the single file. The EIC's die coordinates are the package ones under the
 * inverse of its placement, so placing it reproduces every point exactly.
 */
public final class StackSplit {
    /** One die of the split: its name, role, tier and the deck layers (name to layer) it owns; OUTLINE first. */
    private record DieDef(String name, String role, int tier, Map<String, LayerKey> layers) {
    }

    private StackSplit() {
    }

    private static Map<String, LayerKey> layers(Object... kv) {
        Map<String, LayerKey> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (LayerKey) kv[i + 1]);
        }
        return m;
    }

    private static List<DieDef> dies(boolean fopop) {
        List<DieDef> d = new ArrayList<>();
        d.add(new DieDef("PIC", "pic", fopop ? 1 : 0, layers("PIC", PIC, "TSV", TSV, "PAD", PAD, "WG", WG, "RING", RING,
                "GC", GC, "EC", EC, "OPAQUE", OPAQUE, "PORT_TEXT", PORT_TEXT, "PAD_NET", PAD_NET)));
        d.add(new DieDef("EIC", "eic", fopop ? 0 : 1, layers("EIC", EIC, "BUMP", BUMP, "HOTSPOT", HOTSPOT,
                "BUMP_NET", BUMP_NET)));
        if (fopop) {
            d.add(new DieDef("MOLD", "mold", 0, layers("PILLAR", PILLAR)));
        }
        d.add(new DieDef("FAU", "fau", fopop ? 1 : 0, layers("FAU", FAU, "FIBER", FIBER)));
        d.add(new DieDef("LID", "lid", 2, layers("LID", LID)));
        return d;
    }

    /** Writes the die files and {@code stack.yaml} of the sample into dir; returns the stack file. */
    public static Path write(Sample sample, Path dir) throws IOException {
        return write(sample, dir, sample.file().replace(".gds", ""), false);
    }

    /**
     * As {@link #write(Sample, Path)} under another base name; {@code swapTiers} stacks the EIC on the
     * tier the deck expects for the PIC and the PIC on the EIC's (breaks {@code tier_order} once).
     */
    static Path write(Sample sample, Path dir, String base, boolean swapTiers) throws IOException {
        Files.createDirectories(dir);
        Layout single = sample.layout();
        List<Cell> tops = single.topCells();
        Flattener f = new Flattener(single, Long.MAX_VALUE);
        boolean fopop = sample.deck().equals(Sample.FOPOP);
        StringBuilder yaml = new StringBuilder("# ").append(sample.file())
                .append(" split into die files (StackSplit); checking it gives the single file's violations\n")
                .append("cpodrc-stack: 1\nname: ").append(base).append("\nstack: ").append(fopop ? "fopop" : "photonic-3d")
                .append("\ndies:\n");
        StringBuilder map = new StringBuilder("layers:\n");
        for (DieDef d : dies(fopop)) {
            Layout die = new Layout();
            die.setUnits(single.dbuUm(), single.dbuMetres());
            Cell cell = die.getOrCreateCell(d.name());
            Placement p = Placement.IDENTITY;
            if (d.name().equals("EIC")) {
                long[] box = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
                f.forEachPolygon(tops, EIC, (xy, n) -> {
                    for (int i = 0; i < n; i++) {
                        box[0] = Math.min(box[0], xy[2 * i]);
                        box[1] = Math.min(box[1], xy[2 * i + 1]);
                        box[2] = Math.max(box[2], xy[2 * i]);
                    }
                });
                // face-down and turned: the stack flips it and rotates it 90 degrees about this corner
                p = new Placement(1, true, 90, box[2], box[1]);
            }
            boolean any = false;
            for (LayerKey k : d.layers().values()) {
                Placement place = p;
                boolean[] seen = {false};
                f.forEachPolygon(tops, k, (xy, n) -> {
                    int[] local = new int[2 * n];
                    for (int i = 0; i < n; i++) {
                        long[] q = place.toDie(xy[2 * i], xy[2 * i + 1]);
                        local[2 * i] = Math.toIntExact(q[0]);
                        local[2 * i + 1] = Math.toIntExact(q[1]);
                    }
                    cell.shapes(k).addPolygon(local, 0, n);
                    seen[0] = true;
                });
                f.forEachText(tops, k, (t, x, y) -> {
                    long[] q = place.toDie(x, y);
                    cell.addText(k, new Text(t.string(), Math.toIntExact(q[0]), Math.toIntExact(q[1]), t.textType(),
                            Trans.displacement(q[0], q[1]), 0, 0, 0, List.of()));
                    seen[0] = true;
                });
                any |= seen[0];
            }
            if (!any) {
                continue;
            }
            String file = base + "_" + d.name().toLowerCase() + ".gds";
            GdsWriter.write(die, dir.resolve(file));
            yaml.append("  - name: ").append(d.name()).append("\n    file: ").append(file).append("\n    role: ")
                    .append(d.role()).append("\n    tier: ").append(swapTiers && d.name().equals("EIC") ? tier(fopop, "PIC")
                    : swapTiers && d.name().equals("PIC") ? tier(fopop, "EIC") : d.tier()).append('\n');
            if (p != Placement.IDENTITY) {
                yaml.append("    at: [").append(um(p.dx(), single)).append(", ").append(um(p.dy(), single))
                        .append("]\n    flip: true\n    rotate: 90\n");
            }
            yaml.append("    layers: {");
            boolean first = true;
            for (Map.Entry<String, LayerKey> e : d.layers().entrySet()) {
                boolean outline = first;
                yaml.append(first ? "" : ", ").append(outline && !d.name().equals("MOLD") ? "OUTLINE" : e.getKey())
                        .append(": ").append(e.getValue());
                map.append("  ").append(e.getKey()).append(": ").append(d.name()).append('.')
                        .append(outline && !d.name().equals("MOLD") ? "OUTLINE" : e.getKey()).append('\n');
                first = false;
            }
            yaml.append("}\n");
        }
        Path stack = dir.resolve(base + ".stack.yaml");
        Files.writeString(stack, yaml.append(map), StandardCharsets.UTF_8);
        return stack;
    }

    private static int tier(boolean fopop, String die) {
        return dies(fopop).stream().filter(d -> d.name().equals(die)).findFirst().orElseThrow().tier();
    }

    /** The stack sample that breaks tier_order once: the clean Photonic-3D package with the EIC under the PIC. */
    public static final String TIER_BREAK = "p3d_t1_eic_below_pic";

    /** The samples shipped as stacks in samples/stacks (the rest are split only in tests). */
    public static final List<String> SHIPPED = List.of("p3d_c5_ring_near_hotspot.gds", "fopop_f1_eic_over_pic_edge.gds",
            "p3d_p5_bump_alignment.gds");

    /** Writes the shipped stack samples, each in its own folder under dir. */
    public static void writeShipped(Path dir) throws IOException {
        for (Sample s : Sample.all()) {
            if (SHIPPED.contains(s.file())) {
                write(s, dir.resolve(s.file().replace(".gds", "")));
            }
            if (s.file().equals("photonic3d_clean.gds")) {
                write(s, dir.resolve(TIER_BREAK), TIER_BREAK, true);
            }
        }
    }

    private static String um(long dbu, Layout l) {
        return java.math.BigDecimal.valueOf(dbu).multiply(new java.math.BigDecimal(Double.toString(l.dbuUm())))
                .stripTrailingZeros().toPlainString();
    }
}
