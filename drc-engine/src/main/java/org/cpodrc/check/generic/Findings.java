package org.cpodrc.check.generic;

import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.Marker;
import org.cpodrc.check.Numbers;
import org.cpodrc.check.Rule;
import org.cpodrc.check.Violation;
import org.cpodrc.geom.Region;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/** Helpers the generic checks share: building violations, merged layers, spatial indexes. */
final class Findings {
    private Findings() {
    }

    /**
     * A violation whose bounding box is the marker's envelope widened outwards to whole database
     * units (markers such as nearest-point segments may have fractional coordinates).
     */
    static Violation violation(Rule rule, CheckContext ctx, String message, Geometry marker,
                               double measured, double required) {
        return violation(rule, ctx, message, marker.getEnvelopeInternal(), marker, measured, required);
    }

    /** A violation with an explicit bounding box (e.g. both shapes of a pair, marked by a segment). */
    static Violation violation(Rule rule, CheckContext ctx, String message, Envelope e, Geometry marker,
                               double measured, double required) {
        long x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        if (!e.isNull()) {
            x1 = (long) Math.floor(e.getMinX());
            y1 = (long) Math.floor(e.getMinY());
            x2 = (long) Math.ceil(e.getMaxX());
            y2 = (long) Math.ceil(e.getMaxY());
        }
        return Violation.of(rule.id(), rule.severity(), message, x1, y1, x2, y2, Marker.of(marker), measured,
                required, ctx.topCell());
    }

    /** A rule that would check nothing is a deck mistake: at least one of the bounds must be given. */
    static void requireOneOf(Rule rule, String... names) {
        for (String n : names) {
            if (rule.has(n)) {
                return;
            }
        }
        throw new InputException("check " + rule.check() + " needs " + String.join(" or ", names));
    }

    /** The merged polygons of a layer: the "shapes" of every generic check (KLayout's merged semantics). */
    static List<Polygon> merged(CheckContext ctx, String layer) {
        return ctx.merged(layer).polygons();
    }

    /**
     * The rings (outlines and holes) of the layer's merged polygons as vertex lists in KLayout's
     * convention ({@link org.cpodrc.geom.Rings}): the vertices and edges vertex and edge checks see.
     */
    static List<List<long[]>> rings(CheckContext ctx, String layer) {
        List<List<long[]>> out = new java.util.ArrayList<>();
        for (Polygon p : merged(ctx, layer)) {
            out.add(org.cpodrc.geom.Rings.vertices(p.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                out.add(org.cpodrc.geom.Rings.vertices(p.getInteriorRingN(h).getCoordinates(), false));
            }
        }
        return out;
    }

    /** An R-tree over polygons, items being the polygons' indexes in the list (so queries can be ordered). */
    static STRtree index(List<Polygon> polygons) {
        STRtree tree = new STRtree();
        for (int i = 0; i < polygons.size(); i++) {
            tree.insert(polygons.get(i).getEnvelopeInternal(), i);
        }
        tree.build();
        return tree;
    }

    /** Indexes of the polygons whose envelope meets env, ascending (query order of an R-tree is not stable). */
    static int[] query(STRtree tree, Envelope env) {
        @SuppressWarnings("unchecked")
        List<Integer> hits = tree.query(env);
        return hits.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** A distance or length in database units as µm text. */
    static String um(CheckContext ctx, double dbu) {
        return Numbers.format(ctx.toUm(dbu)) + " um";
    }

    /** An area in square database units in µm². */
    static double um2(CheckContext ctx, double dbu2) {
        return dbu2 * ctx.dbuUm() * ctx.dbuUm();
    }

    /** An area in µm² to square database units, on the half-unit grid integer polygons' areas lie on. */
    static double toDbu2(CheckContext ctx, double um2) {
        return Math.round(2 * um2 / (ctx.dbuUm() * ctx.dbuUm())) / 2.0;
    }

    /** The region as one geometry (for envelope or overlay), empty collection when empty. */
    static Geometry geometry(List<Polygon> polygons) {
        return Region.FACTORY.buildGeometry(polygons);
    }
}
