package org.cpodrc.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cpodrc.geom.Region;
import org.cpodrc.layout.Placement;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The dies of a multi-die package as checks and reports see them (STACK-SPEC): present only when
 * the design is a stack file ({@link CheckContext#assembly()}). Outlines are in package database
 * units; a die's placement maps its own coordinates (on the package grid) to package ones.
 *
 * @param dbuUm the package database unit in µm
 */
public record Assembly(String name, double dbuUm, List<Die> dies) {
    /** The die roles a stack file may give (STACK-SPEC §1). */
    public static final List<String> ROLES = List.of("pic", "eic", "substrate", "interposer", "mold", "fau", "lid",
            "other");

    public Assembly {
        dies = List.copyOf(dies);
    }

    /**
     * One placed die.
     *
     * @param file      the die's layout file as the stack file names it, or null for a die drawn in the stack file
     * @param outline   the die's OUTLINE in package units (merged)
     * @param placement die → package transform
     */
    public record Die(String name, String role, int tier, String file, String cell, Placement placement,
                      Region outline) {
    }

    /** A die a violation touches, with the marker's bounding box in that die's own coordinates (µm). */
    public record Spot(String die, String file, double[] bboxUm) {
    }

    public Optional<Die> die(String name) {
        return dies.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Dies whose name or role is {@code nameOrRole}, in stack order. */
    public List<Die> select(String nameOrRole) {
        return dies.stream().filter(d -> d.name().equals(nameOrRole) || d.role().equals(nameOrRole)).toList();
    }

    /**
     * For every die whose outline the box (package units) touches, the box in die coordinates (µm),
     * in stack order: where the engineer who owns the die file finds the spot.
     */
    public List<Spot> spots(long x1, long y1, long x2, long y2) {
        Envelope box = new Envelope(x1, x2, y1, y2);
        Geometry g = Region.FACTORY.toGeometry(box);
        List<Spot> out = new ArrayList<>();
        for (Die d : dies) {
            if (d.outline().isEmpty() || !d.outline().bbox().intersects(box) || !d.outline().geometry().intersects(g)) {
                continue;
            }
            long[] a = d.placement().toDie(x1, y1);
            long[] b = d.placement().toDie(x2, y2);
            out.add(new Spot(d.name(), d.file(), new double[] {Math.min(a[0], b[0]) * dbuUm, Math.min(a[1], b[1]) * dbuUm,
                    Math.max(a[0], b[0]) * dbuUm, Math.max(a[1], b[1]) * dbuUm}));
        }
        return out;
    }
}
