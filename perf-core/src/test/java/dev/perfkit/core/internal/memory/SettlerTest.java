package dev.perfkit.core.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.perfkit.Ticker;
import org.junit.jupiter.api.Test;

/** The settling rule on scripted readings and a scripted clock. */
class SettlerTest {

    private static final Ticker FROZEN = () -> 0;

    private static Settler settler(ScriptedGauge gauge, int stable, int max) {
        return new Settler(gauge, FROZEN, stable, max, Long.MAX_VALUE);
    }

    @Test
    void stopsAfterStableReadingsAndAnswersTheLowest() {
        ScriptedGauge g = new ScriptedGauge("g", 5000, 3000, 3000, 3000, 3000, 9);
        assertEquals(3000, settler(g, 3, 10).settledBytes());
        assertEquals(5, g.reads);
    }

    @Test
    void deadWoodThatStaysForSeveralReadingsIsOutlasted() {
        // A collector that compacts fully every 4th time: the heap looks 8 MB until then.
        ScriptedGauge g = new ScriptedGauge(
                "g", 8_000_000, 8_000_000, 8_000_000, 1_300_000, 1_300_000, 1_300_000, 1_300_000, 1_300_000);
        assertEquals(1_300_000, settler(g, 4, 12).settledBytes());
        assertEquals(8, g.reads);
    }

    @Test
    void dropsWithinTheToleranceDoNotRestartTheCount() {
        ScriptedGauge g = new ScriptedGauge("g", 10_000, 9_500, 9_200, 9_100);
        assertEquals(9_100, settler(g, 3, 10).settledBytes());
        assertEquals(4, g.reads);
    }

    @Test
    void readingsAreBounded() {
        ScriptedGauge g = new ScriptedGauge("g", 100_000, 90_000, 80_000, 70_000, 60_000, 50_000);
        assertEquals(70_000, settler(g, 2, 4).settledBytes());
        assertEquals(4, g.reads);
    }

    @Test
    void timeIsBounded() {
        long[] now = {0};
        Ticker ticker = () -> now[0] += 1_000;
        ScriptedGauge g = new ScriptedGauge("g", 100_000, 90_000, 80_000, 70_000, 60_000);
        Settler s = new Settler(g, ticker, 2, 100, 2_500);
        // Readings at ticks 2000, 3000, 4000 after a start at 1000: the budget is spent after the fourth.
        assertEquals(70_000, s.settledBytes());
        assertEquals(4, g.reads);
    }

    @Test
    void aGaugeThatCannotReadGivesMinusOneWithItsReason() {
        Settler s = settler(new ScriptedGauge("g", 5000, -1), 2, 5);
        assertEquals(-1, s.settledBytes());
        assertEquals("g cannot", s.whyNot());
        assertEquals(-1, settler(new ScriptedGauge("g", -1), 2, 5).settledBytes());
    }

    @Test
    void rejectsBoundsThatCannotSettle() {
        ScriptedGauge g = new ScriptedGauge("g", 1);
        assertThrows(IllegalArgumentException.class, () -> settler(g, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> settler(g, 5, 5));
    }
}
