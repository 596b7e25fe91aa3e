package dev.perfkit.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MemoStatsTest {

    @Test
    void derivedValues() {
        MemoStats s = MemoStats.of(3, 1, 1, 0, 40, 2);
        assertEquals(4, s.requestCount());
        assertEquals(0.75, s.hitRate());
        assertEquals(0.25, s.missRate());
        assertEquals(40.0, s.averageLoadPenaltyNanos());
        assertEquals(1.0, MemoStats.empty().hitRate());
        assertEquals(0.0, MemoStats.empty().averageLoadPenaltyNanos());
    }

    @Test
    void plusAndMinusSaturate() {
        MemoStats a = MemoStats.of(5, 4, 3, 2, 10, 1);
        MemoStats b = MemoStats.of(1, 1, 1, 1, 1, 1);
        assertEquals(MemoStats.of(6, 5, 4, 3, 11, 2), a.plus(b));
        assertEquals(MemoStats.of(4, 3, 2, 1, 9, 0), a.minus(b));
        assertEquals(MemoStats.empty(), b.minus(a));
        assertEquals(
                Long.MAX_VALUE,
                MemoStats.of(Long.MAX_VALUE, 0, 0, 0, 0, 0).plus(a).hitCount());
    }

    @Test
    void rejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> MemoStats.of(0, -1, 0, 0, 0, 0));
    }
}
