package org.cpodrc.engine;

import java.util.ArrayList;
import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.ParamSpec;
import org.cpodrc.check.ParamType;
import org.cpodrc.check.Rule;

/** The deck layers a rule reads: the values of its check's LAYER parameters, in parameter order, once each. */
final class RuleLayers {
    private RuleLayers() {
    }

    static List<String> of(Rule rule, Check check) {
        List<String> names = new ArrayList<>();
        for (ParamSpec p : check.parameters()) {
            if (p.type() == ParamType.LAYER && rule.has(p.name()) && !names.contains(rule.layer(p.name()))) {
                names.add(rule.layer(p.name()));
            }
        }
        return List.copyOf(names);
    }
}
