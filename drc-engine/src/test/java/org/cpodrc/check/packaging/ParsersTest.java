package org.cpodrc.check.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class ParsersTest {
    @Test
    void densities() {
        assertEquals(3.0, BandwidthDensity.parse("3Tbps/mm").getAsDouble(), 1e-12);
        assertEquals(0.5, BandwidthDensity.parse("0.5Tbps/mm").getAsDouble(), 1e-12);
        assertEquals(0.14, BandwidthDensity.parse("140Gbps/mm").getAsDouble(), 1e-12);
        assertEquals(10.536, BandwidthDensity.parse("1317GB/s/mm").getAsDouble(), 1e-12);
        assertEquals(0.224, BandwidthDensity.parse(" 28 GB/s / mm ").getAsDouble(), 1e-12);
        assertEquals(1.6, BandwidthDensity.parse("1.6Tb/s/mm").getAsDouble(), 1e-12);
        assertEquals(2.5, BandwidthDensity.parse("2.5").getAsDouble(), 1e-12);
        for (String bad : new String[] {"", "3Tbps", "fast", "3 Tbps/um", "-1Tbps/mm", "3tbps/mm"}) {
            assertTrue(BandwidthDensity.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void portRates() {
        assertEquals(1600.0, PortRate.parseGbps("8x200G").getAsDouble());
        assertEquals(400.0, PortRate.parseGbps("1x400G").getAsDouble());
        assertEquals(200.0, PortRate.parseGbps("200G").getAsDouble());
        assertEquals(1600.0, PortRate.parseGbps("1.6T").getAsDouble(), 1e-9);
        assertEquals(1600.0, PortRate.parseGbps("16 X 100Gbps").getAsDouble());
        assertEquals(200.0, PortRate.parseGbps("4*50Gb/s").getAsDouble());
        assertEquals(0.0, PortRate.parseGbps("0G").getAsDouble());
        for (String other : new String[] {"opt_in_TE_1550_device_MZI", "GC1", "8x", "x200G", "200"}) {
            assertEquals(OptionalDouble.empty(), PortRate.parseGbps(other), other);
        }
    }

    @Test
    void couplingLossMatchesDomainNumbers() {
        assertEquals(1.0, CouplingLoss.db(2.2, 9.2), 0.01);   // 1310 nm, SMF-28
        assertEquals(1.0, CouplingLoss.db(2.5, 10.4), 0.01);  // 1550 nm
        assertEquals(0.1, CouplingLoss.db(0.7, 9.2), 0.002);
        assertEquals(0.0, CouplingLoss.db(0, 9.2));
    }

    @Test
    void compactNumbers() {
        assertEquals("3.0", Fmt.compact(3));
        assertEquals("0.28", Fmt.compact(0.28));
        assertEquals("1.79", Fmt.compact(1.79));
        assertEquals("10.536", Fmt.compact(10.536));
    }
}
