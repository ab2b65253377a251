package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

import org.cpodrc.InputException;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.BoxIndex;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * {@code bump_alignment}: every bump (merged polygon of {@code layer}) must land on exactly one
 * pad (merged polygon of {@code pads}), its centre within {@code max_offset} of the pad's centre and
 * at least {@code min_overlap} of its area on the pad. A bump and a pad "touch" when they share
 * any point, an edge or corner contact included: solder wets across it, so such a contact is a
 * connection (and a second one a short). Centres are area centroids, as everywhere in this
 * package. Reading only layers and labels of the {@link CheckContext}, the check runs the same on
 * one layout and on the {@code DIE.NAME} layers of a stack.
 */
public final class BumpAlignmentCheck implements Check {
    /** Slack for centroids and overlay areas computed in floating point (a bound is met exactly). */
    private static final double EPS_DBU = 1e-6;
    private static final double EPS_RATIO = 1e-9;

    @Override
    public String name() {
        return "bump_alignment";
    }

    @Override
    public String summary() {
        return "Bumps (each merged polygon of `layer` is one bump) against their landing pads (each merged "
                + "polygon of `pads` is one pad). A bump and a pad touch when they share any point, edge or "
                + "corner contact included. Flags: a bump touching no pad (open, measured 0); a bump "
                + "touching two or more pads (short, measured the offset to the nearest of them); a bump "
                + "whose area centroid is farther than `max_offset` from its pad's centroid or whose overlap "
                + "with its pad is below `min_overlap` × its own area (misaligned, measured the centre "
                + "offset); with `unmatched_pads: error`, a pad touched by no bump (unmatched pad, "
                + "measured 0); with `bump_nets` and `pad_nets`, a bump and its pad whose labels differ "
                + "(net mismatch, both texts in the message). A label belongs to the shape containing its "
                + "point (boundary included); a shape with several different labels carries all their "
                + "texts and matches only a shape carrying the same set; a bump or pad without a label is "
                + "not compared. An offset of exactly `max_offset` and an overlap of exactly the bound "
                + "pass. Works on any layer names, e.g. `EIC.BUMP` over `PIC.PAD` in a stack.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("layer", ParamType.LAYER,
                        "the bumps (micro-bumps, C4 bumps, copper pillars); each merged polygon is one bump"),
                ParamSpec.required("pads", ParamType.LAYER,
                        "the landing pads (PIC pads, TSV landing pads, RDL pads); each merged polygon is one pad"),
                ParamSpec.required("max_offset", ParamType.LENGTH,
                        "largest distance from a bump's centre to its pad's centre: the bonder's placement "
                                + "tolerance (typical: ±1-3 um for thermocompression-bonded micro-bumps at "
                                + "25-55 um pitch, ±10-15 um for C4 bumps at 130-200 um, < 1 um for hybrid bonds)"),
                ParamSpec.optional("min_overlap", ParamType.NUMBER, "1",
                        "smallest fraction (0..1) of a bump's area that must lie on its pad; 1 (the default) "
                                + "asks for the whole bump on the pad, as for micro-bumps whose pad is the bump "
                                + "plus twice the placement tolerance"),
                ParamSpec.choice("unmatched_pads", "ignore",
                        "`error` flags a pad touched by no bump (a TSV landing pad or PIC pad left open); "
                                + "`ignore` allows spare pads", "error", "ignore"),
                ParamSpec.optional("bump_nets", ParamType.LAYER, null,
                        "TEXT labels naming the bumps' nets (given together with pad_nets)"),
                ParamSpec.optional("pad_nets", ParamType.LAYER, null,
                        "TEXT labels naming the pads' nets (given together with bump_nets)"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        String bumpLayer = rule.layer("layer");
        String padLayer = rule.layer("pads");
        double maxUm = rule.lengthUm("max_offset");
        double minOverlap = rule.number("min_overlap", 1);
        if (!(maxUm >= 0)) {
            throw new InputException("rule " + rule.id() + ": max_offset must not be negative");
        }
        if (!(minOverlap >= 0 && minOverlap <= 1)) {
            throw new InputException("rule " + rule.id() + ": min_overlap must be between 0 and 1");
        }
        if (rule.has("bump_nets") != rule.has("pad_nets")) {
            throw new InputException("rule " + rule.id() + ": bump_nets and pad_nets go together");
        }
        double maxDbu = maxUm / ctx.dbuUm();
        List<Port> bumps = Ports.of(ctx.merged(bumpLayer));
        List<Port> pads = Ports.of(ctx.merged(padLayer));
        BoxIndex padIndex = BoxIndex.of(pads.stream().map(Port::shape).toList());
        List<SortedSet<String>> bumpNets = null;
        List<SortedSet<String>> padNets = null;
        if (rule.has("bump_nets")) {
            bumpNets = NetLabels.of(bumps, BoxIndex.of(bumps.stream().map(Port::shape).toList()),
                    ctx.labels(rule.layer("bump_nets")));
            padNets = NetLabels.of(pads, padIndex, ctx.labels(rule.layer("pad_nets")));
        }
        Findings findings = new Findings(rule, ctx, sink);
        boolean[] touched = new boolean[pads.size()];
        for (int i = 0; i < bumps.size(); i++) {
            Port bump = bumps.get(i);
            List<Integer> on = touchingPads(bump, pads, padIndex);
            on.forEach(j -> touched[j] = true);
            if (on.isEmpty()) {
                findings.report(where(bumpLayer, bump, ctx) + " touches no " + padLayer + " pad (open)", bump.envelope(), 0, maxUm);
                continue;
            }
            if (on.size() > 1) {
                Envelope box = bump.envelope();
                double nearest = Double.POSITIVE_INFINITY;
                for (int j : on) {
                    box.expandToInclude(pads.get(j).envelope());
                    nearest = Math.min(nearest, bump.distance(pads.get(j)));
                }
                findings.report(where(bumpLayer, bump, ctx) + " touches " + on.size() + " " + padLayer + " pads (short)", box,
                        ctx.toUm(nearest), maxUm);
                continue;
            }
            Port pad = pads.get(on.get(0));
            Envelope pair = new Envelope(bump.envelope());
            pair.expandToInclude(pad.envelope());
            double offset = bump.distance(pad);
            double area = bump.shape().getArea();
            double ratio = area > 0 ? overlap(bump.shape(), pad.shape()) / area : 1;
            List<String> why = new ArrayList<>();
            if (offset > maxDbu + EPS_DBU) {
                why.add("centre " + Fmt.um(ctx.toUm(offset)) + " um from its pad's centre, max "
                        + Fmt.plain(maxUm) + " um");
            }
            if (ratio < minOverlap - EPS_RATIO) {
                why.add(Fmt.plain(ratio) + " of its area on the pad, min " + Fmt.plain(minOverlap));
            }
            if (!why.isEmpty()) {
                findings.report(where(bumpLayer, bump, ctx) + " on " + padLayer + " pad at " + Fmt.point(pad, ctx.dbuUm()) + ": "
                        + String.join("; ", why) + " (misaligned)", pair, ctx.toUm(offset), maxUm);
            }
            if (bumpNets != null) {
                SortedSet<String> b = bumpNets.get(i);
                SortedSet<String> p = padNets.get(on.get(0));
                if (!b.isEmpty() && !p.isEmpty() && !b.equals(p)) {
                    findings.report(where(bumpLayer, bump, ctx) + " net " + NetLabels.text(b) + " lands on " + padLayer + " pad net "
                            + NetLabels.text(p) + " (net mismatch)", pair, ctx.toUm(offset), maxUm);
                }
            }
        }
        if ("error".equals(rule.string("unmatched_pads"))) {
            for (int j = 0; j < pads.size(); j++) {
                if (!touched[j]) {
                    Port pad = pads.get(j);
                    findings.report(padLayer + " pad at " + Fmt.point(pad, ctx.dbuUm()) + " under no " + bumpLayer
                            + " bump (unmatched pad)", pad.envelope(), 0, maxUm);
                }
            }
        }
    }

    /** The start of a bump's message; formatted only for bumps that fail (formatting 100k positions costs seconds). */
    private static String where(String bumpLayer, Port bump, CheckContext ctx) {
        return bumpLayer + " bump at " + Fmt.point(bump, ctx.dbuUm());
    }

    /** Indexes of the pads sharing at least one point with the bump, ascending. */
    private static List<Integer> touchingPads(Port bump, List<Port> pads, BoxIndex index) {
        Envelope e = bump.envelope();
        int hits = index.query((long) Math.floor(e.getMinX()), (long) Math.floor(e.getMinY()),
                (long) Math.ceil(e.getMaxX()), (long) Math.ceil(e.getMaxY()));
        List<Integer> on = new ArrayList<>(2);
        for (int h = 0; h < hits; h++) {
            int j = index.hits()[h];
            if (pads.get(j).shape().intersects(bump.shape())) {
                on.add(j);
            }
        }
        on.sort(null);
        return on;
    }

    /** The area the bump shares with the pad (square dbu); no overlay when the pad covers the bump. */
    private static double overlap(Polygon bump, Polygon pad) {
        if (pad.covers(bump)) {
            return bump.getArea();
        }
        return OverlayNGRobust.overlay(bump, pad, OverlayNG.INTERSECTION).getArea();
    }
}
