package org.cpodrc.check.generic;

import org.cpodrc.geom.edges.EdgePairChecks;

/** {@code isolated}: two different shapes closer than min; notches within one shape are not checked (KLayout isolated). */
public final class IsolatedCheck extends OneLayerSpaceCheck {
    public IsolatedCheck() {
        super("isolated", "two different shapes closer than min; notches within one shape are not checked"
                + " (KLayout isolated)", EdgePairChecks::isolated);
    }
}
