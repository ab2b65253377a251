package org.cpodrc.deck.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact parsing of lengths, areas, rates, densities and angles (DECK-SPEC §2). */
class QuantityTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "LENGTH, 127um, 127",
            "LENGTH, 0.127mm, 127",
            "LENGTH, 500nm, 0.5",
            "LENGTH, 2µm, 2",
            "LENGTH, 2μm, 2",
            "LENGTH, 3, 3",
            "LENGTH, -1.5um, -1.5",
            "LENGTH, ' 7 um ', 7",
            "LENGTH, 1e-3mm, 1",
            "LENGTH, .5um, 0.5",
            "AREA, 100, 100",
            "AREA, 100um2, 100",
            "AREA, 3µm², 3",
            "AREA, 0.001mm2, 1000",
            "RATE, 200Gbps, 200",
            "RATE, 1.6Tbps, 1600",
            "RATE, 25GB/s, 200",
            "RATE, 56, 56",
            "DENSITY, 3Tbps/mm, 3",
            "DENSITY, 0.5Tbps/mm, 0.5",
            "DENSITY, 1317GB/s/mm, 10.536",
            "DENSITY, 200Gbps/mm, 0.2",
            "DENSITY, 1.5, 1.5",
            "ANGLE, 80, 80",
            "ANGLE, 80deg, 80",
            "ANGLE, 45°, 45",
    })
    void parsesExactlyInTheBaseUnit(QuantityKind kind, String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(Quantity.parse(kind, text)),
                () -> text + " -> " + Quantity.parse(kind, text));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "LENGTH | 12uM  | 2 | unknown length unit 'uM' in '12uM'; did you mean 'um'? (accepted: mm, nm, um, µm, μm; a bare number is µm)",
            "LENGTH | um    | 0 | bad length 'um': expected a number with a unit (mm, nm, um, µm, μm; a bare number is µm)",
            "LENGTH | 1.2.3 | 0 | bad length '1.2.3': expected a number with a unit (mm, nm, um, µm, μm; a bare number is µm)",
            "RATE   | 2Gbs  | 1 | unknown rate unit 'Gbs' in '2Gbs'; did you mean 'Gb/s'? (accepted: GB/s, Gb/s, Gbps, Mbps, TB/s, Tb/s, Tbps; a bare number is Gbps)",
    })
    void rejectsWithTheOffsetOfTheFault(QuantityKind kind, String text, int offset, String message) {
        TextProblem p = assertThrows(TextProblem.class, () -> Quantity.parse(kind, text));
        assertEquals(message, p.getMessage());
        assertEquals(offset, p.offset());
    }
}
