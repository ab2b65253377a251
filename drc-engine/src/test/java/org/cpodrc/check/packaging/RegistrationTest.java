package org.cpodrc.check.packaging;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.cpodrc.check.CheckRegistry;
import org.junit.jupiter.api.Test;

class RegistrationTest {
    @Test
    void bothChecksAreFoundByTheRegistry() {
        CheckRegistry registry = CheckRegistry.standard();
        assertInstanceOf(FiberArrayCheck.class, registry.find("fiber_array").orElseThrow());
        assertInstanceOf(EdgeBandwidthCheck.class, registry.find("edge_bandwidth").orElseThrow());
        assertInstanceOf(BumpAlignmentCheck.class, registry.find("bump_alignment").orElseThrow());
    }
}
