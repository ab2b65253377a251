package org.cpodrc.check.generic;

import org.cpodrc.geom.edges.EdgePairChecks;

/** {@code notch}: two parts of one shape closer than min; gaps between different shapes are not checked (KLayout notch). */
public final class NotchCheck extends OneLayerSpaceCheck {
    public NotchCheck() {
        super("notch", "two parts of one shape (a notch) closer than min; gaps between different shapes are not checked"
                + " (KLayout notch)", EdgePairChecks::notch);
    }
}
