package org.cpodrc.check.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ArrayGrouperTest {
    private static Port at(double x, double y) {
        return new Port(x, y, TestShapes.square(x / 1000, y / 1000, 1));
    }

    private static List<List<String>> names(List<List<Port>> arrays) {
        List<List<String>> out = new ArrayList<>();
        for (List<Port> a : arrays) {
            out.add(a.stream().map(p -> (long) p.x() + "," + (long) p.y()).toList());
        }
        return out;
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<Port> ports = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int i = 0; i < 5; i++) {
                ports.add(at(i * 127000, r * 127000)); // a square grid: rows and columns tie in spacing
            }
        }
        ports.add(at(2_000_000, 0));
        ArrayGrouper grouper = new ArrayGrouper(1.5 * 127000, 10);
        List<List<String>> first = names(grouper.group(ports));
        assertEquals(List.of(List.of("0,0", "127000,0", "254000,0", "381000,0", "508000,0"),
                List.of("0,127000", "127000,127000", "254000,127000", "381000,127000", "508000,127000"),
                List.of("0,254000", "127000,254000", "254000,254000", "381000,254000", "508000,254000"),
                List.of("2000000,0")), first);
        Random random = new Random(7);
        for (int k = 0; k < 10; k++) {
            Collections.shuffle(ports, random);
            assertEquals(first, names(grouper.group(ports)));
        }
    }

    @Test
    void aStepBeyondTheAngleLimitStartsANewArray() {
        // an L: five along x, then three going up from the last one
        List<Port> ports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ports.add(at(i * 127000, 0));
        }
        for (int i = 1; i <= 3; i++) {
            ports.add(at(4 * 127000, i * 127000));
        }
        List<List<String>> arrays = names(new ArrayGrouper(1.5 * 127000, 10).group(ports));
        assertEquals(List.of(List.of("0,0", "127000,0", "254000,0", "381000,0", "508000,0"),
                List.of("508000,127000", "508000,254000", "508000,381000")), arrays);
    }

    @Test
    void noPositionsNoArrays() {
        assertEquals(List.of(), new ArrayGrouper(100, 10).group(List.of()));
    }

    @Test
    void anArrayCutByALongerOneKeepsBothOfItsParts() {
        // a plus sign: a row of 7 wins; the column of 5 through its middle loses the crossing point
        List<Port> ports = new ArrayList<>();
        for (int i = -3; i <= 3; i++) {
            ports.add(at(i * 127000, 0));
        }
        for (int i : new int[] {-2, -1, 1, 2}) {
            ports.add(at(0, i * 127000));
        }
        List<List<String>> arrays = names(new ArrayGrouper(1.5 * 127000, 10).group(ports));
        assertEquals(List.of(List.of("-381000,0", "-254000,0", "-127000,0", "0,0", "127000,0", "254000,0", "381000,0"),
                List.of("0,-254000", "0,-127000"), List.of("0,127000", "0,254000")), arrays);
    }

    @Test
    void aSquareGridIsAmbiguousAndResolvesToColumns() {
        List<Port> ports = List.of(at(0, 0), at(127000, 0), at(0, 127000), at(127000, 127000));
        assertEquals(List.of(List.of("0,0", "0,127000"), List.of("127000,0", "127000,127000")),
                names(new ArrayGrouper(1.5 * 127000, 10).group(ports)));
    }
}
