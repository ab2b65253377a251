package org.cpodrc.check.packaging;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.InputException;
import org.cpodrc.check.Assembly;
import org.cpodrc.check.Check;
import org.cpodrc.check.CheckContext;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.ResultSink;
import org.cpodrc.check.Rule;
import org.cpodrc.geom.Region;

/**
 * {@code tier_order} (STACK-SPEC §3): in a multi-die stack, every die of {@code above} must sit
 * on a higher tier than every die of {@code below} whose outline it overlaps (Photonic-3D: the
 * EIC above the PIC; FOPoP: the PIC above the EICs). One violation per offending pair, marked by
 * the overlap of their outlines, measured by the tier difference (above − below), required 1.
 * Outlines that only touch do not overlap. On a plain layout (no stack) the check has nothing to
 * compare and passes; a name that is neither a role nor a die of the stack is an input error.
 */
public final class TierOrderCheck implements Check {
    @Override
    public String name() {
        return "tier_order";
    }

    @Override
    public String summary() {
        return "Stacks only: a die of `above` that overlaps a die of `below` without being on a higher tier. "
                + "One violation per pair, marked by the overlap of their outlines, measured by the tier "
                + "difference (required 1). Passes on a plain layout.";
    }

    @Override
    public List<ParamSpec> parameters() {
        return List.of(
                ParamSpec.required("above", ParamType.STRING, "die role (" + String.join(", ", Assembly.ROLES)
                        + ") or die name; several separated by commas"),
                ParamSpec.required("below", ParamType.STRING, "die role or die name the `above` dies must be stacked on;"
                        + " several separated by commas"));
    }

    @Override
    public void run(Rule rule, CheckContext ctx, ResultSink sink) {
        Assembly assembly = ctx.assembly().orElse(null);
        if (assembly == null) {
            return;
        }
        List<Assembly.Die> above = select(assembly, rule, "above");
        List<Assembly.Die> below = select(assembly, rule, "below");
        Findings findings = new Findings(rule, ctx, sink);
        for (Assembly.Die a : above) {
            for (Assembly.Die b : below) {
                if (a == b || a.tier() > b.tier()) {
                    continue;
                }
                Region overlap = a.outline().and(b.outline());
                if (overlap.isEmpty() || overlap.area() <= 0) {
                    continue;
                }
                findings.report("die " + a.name() + " (" + a.role() + ", tier " + a.tier() + ") overlaps die "
                        + b.name() + " (" + b.role() + ", tier " + b.tier() + ") but is not on a higher tier",
                        overlap.bbox(), a.tier() - b.tier(), 1);
            }
        }
    }

    private static List<Assembly.Die> select(Assembly assembly, Rule rule, String param) {
        List<Assembly.Die> out = new ArrayList<>();
        for (String word : rule.string(param).split("[,\\s]+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<Assembly.Die> dies = assembly.select(word);
            if (dies.isEmpty() && !Assembly.ROLES.contains(word)) {
                throw new InputException("rule " + rule.id() + ": " + param + " '" + word
                        + "' is neither a die role nor a die of stack " + assembly.name() + " (dies: "
                        + String.join(", ", assembly.dies().stream().map(Assembly.Die::name).toList()) + ")");
            }
            for (Assembly.Die d : dies) {
                if (!out.contains(d)) {
                    out.add(d);
                }
            }
        }
        return out;
    }
}
