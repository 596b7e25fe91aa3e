package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Huge values and huge corrections are clamped and counted as overflow; they never saturate the total for good. */
class HugeValuesTest {

    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private static StripedTimer timer() {
        return new StripedTimer(TimerConfig.builder("t").build(), new ScriptedTicker(), 4, 3);
    }

    @Test
    void aCorrectedValueAboveTheRangeIsClampedWithoutSyntheticSamples() {
        StripedTimer t = timer();
        t.recordNanos(Long.MAX_VALUE, 1);
        t.recordNanos(5);
        TimerSnapshot s = t.snapshot();
        assertEquals(2, s.count());
        assertEquals(HOUR + 5, s.totalNanos(), "the total stays exact: the clamped value plus the next one");
        assertEquals(1, s.overflowCount());
        assertEquals(HOUR, s.maxNanos());
    }

    @Test
    void aCorrectionWhoseSyntheticSamplesWouldSumBeyondALongAddsNone() {
        StripedTimer t = timer();
        t.recordNanos(HOUR, 1); // 3.6e12 synthetic samples summing to about 6.5e24 ns
        t.recordNanos(5);
        TimerSnapshot s = t.snapshot();
        assertEquals(2, s.count());
        assertEquals(HOUR + 5, s.totalNanos());
        assertEquals(1, s.overflowCount(), "the cut correction is counted");
    }

    @Test
    void aCorrectionThatFitsIsKept() {
        StripedTimer t = timer();
        t.recordNanos(HOUR, TimeUnit.SECONDS.toNanos(1)); // 3,599 synthetic samples
        TimerSnapshot s = t.snapshot();
        assertEquals(3_600, s.count());
        assertEquals(0, s.overflowCount());
        assertEquals(3_600L * 3_601 / 2 * TimeUnit.SECONDS.toNanos(1), s.totalNanos());
    }

    @Test
    void hugeValuesFromManyRecordsStayCountedAndTheIntervalRecovers() {
        StripedTimer t = timer();
        for (int i = 0; i < 100; i++) {
            t.recordNanos(Long.MAX_VALUE);
        }
        TimerSnapshot first = t.intervalSnapshot();
        assertEquals(100 * HOUR, first.totalNanos());
        assertEquals(100, first.overflowCount());
        t.recordNanos(7);
        assertEquals(7, t.intervalSnapshot().totalNanos());
        assertEquals(100 * HOUR + 7, t.snapshot().totalNanos());
    }
}
