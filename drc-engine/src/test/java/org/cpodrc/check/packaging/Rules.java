package org.cpodrc.check.packaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cpodrc.check.Rule;
import org.cpodrc.check.Severity;

/** Builds rules as the deck loader would hand them over (lengths in µm, rates in Gbps). */
final class Rules {
    private Rules() {
    }

    /** key/value pairs: rule("fiber_array", "layer", "F", "pitch", 127.0, ...). */
    static Rule rule(String check, Object... kv) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            params.put((String) kv[i], kv[i + 1]);
        }
        return new Rule("R.1", check, Severity.ERROR, "test rule", null, params);
    }
}
