package org.cpodrc.geom.edges;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LongIntMapTest {
    /** Behaves as HashMap.putIfAbsent through many growths, with colliding and negative keys. */
    @Test
    void putIfAbsentAsHashMap() {
        Random r = new Random(11);
        LongIntMap map = new LongIntMap(1);
        Map<Long, Integer> reference = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            long key = r.nextBoolean() ? r.nextInt(5_000) - 2_500 : r.nextLong();
            int value = r.nextInt(Integer.MAX_VALUE);
            Integer expected = reference.putIfAbsent(key, value);
            assertEquals(expected == null ? -1 : expected, map.putIfAbsent(key, value), "key " + key);
        }
    }
}
