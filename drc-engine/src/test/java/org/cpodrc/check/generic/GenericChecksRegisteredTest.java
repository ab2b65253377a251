package org.cpodrc.check.generic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cpodrc.check.Check;
import org.cpodrc.check.CheckRegistry;
import org.cpodrc.check.ParamSpec;
import org.junit.jupiter.api.Test;

/** The generic checks are found through the service file and document themselves for {@code deck doc}. */
class GenericChecksRegisteredTest {
    @Test
    void everyGenericCheckIsRegisteredAndDocumented() {
        CheckRegistry registry = CheckRegistry.standard();
        for (String name : List.of("keep_out", "inside", "overlap", "size", "area", "count", "pitch", "density",
                "covered")) {
            Check c = registry.find(name).orElseThrow(() -> new AssertionError(name + " not registered"));
            assertTrue(c.getClass().getPackageName().endsWith(".generic"), name);
            assertFalse(c.summary().isBlank(), name);
            assertTrue(c.parameters().stream().anyMatch(ParamSpec::required), name + " has a required parameter");
            for (ParamSpec p : c.parameters()) {
                assertFalse(p.doc() == null || p.doc().isBlank(), name + "." + p.name() + " undocumented");
            }
        }
    }
}
