package dev.perfkit.micrometer.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.TimerSnapshot;
import org.junit.jupiter.api.Test;

/** Windows between two cumulative snapshots, on hand-made buckets with known answers. */
class TimerWindowTest {

    private static final double[] P = {0, 0.5, 0.99, 1};

    private static TimerSnapshot snapshot(long total, long min, long max, long[] values, long[] counts) {
        return TimerSnapshot.of("t", total, min, max, 0, 0, 0, 0, 6, values, counts);
    }

    @Test
    void theFirstWindowIsEverythingSoFar() {
        TimerSnapshot now = snapshot(10 + 20 * 98 + 30, 10, 30, new long[] {10, 20, 30}, new long[] {1, 98, 1});
        WindowStats w = TimerWindow.between(null, now, P);
        assertEquals(100, w.count());
        assertEquals(now.totalNanos(), w.totalNanos());
        assertEquals(30, w.maxNanos());
        assertArrayEquals(new long[] {10, 20, 20, 30}, w.percentileNanos());
    }

    @Test
    void laterWindowsSubtractThePreviousSnapshotBucketByBucket() {
        TimerSnapshot before = snapshot(1_000, 10, 500, new long[] {10, 500}, new long[] {2, 1});
        // the window adds 3 values in bucket 20 and one in bucket 500 (not a new all-time max)
        TimerSnapshot now = snapshot(1_000 + 60 + 480, 10, 500, new long[] {10, 20, 500}, new long[] {2, 3, 2});
        WindowStats w = TimerWindow.between(before, now, P);
        assertEquals(7, w.count(), "count stays cumulative");
        assertEquals(now.totalNanos(), w.totalNanos());
        assertEquals(500, w.maxNanos(), "the window's highest bucket, capped by the all-time max");
        assertArrayEquals(new long[] {20, 20, 500, 500}, w.percentileNanos());
    }

    @Test
    void aNewAllTimeMaxIsExactAndAnEmptyWindowIsZero() {
        TimerSnapshot before = snapshot(10, 10, 10, new long[] {10}, new long[] {1});
        TimerSnapshot now = snapshot(10 + 1_003, 10, 1_003, new long[] {10, 1_007}, new long[] {1, 1});
        WindowStats w = TimerWindow.between(before, now, P);
        assertEquals(1_003, w.maxNanos());
        assertArrayEquals(new long[] {1_003, 1_003, 1_003, 1_003}, w.percentileNanos(), "capped by the max");
        WindowStats quiet = TimerWindow.between(now, now, P);
        assertEquals(2, quiet.count());
        assertEquals(0, quiet.maxNanos());
        assertArrayEquals(new long[4], quiet.percentileNanos());
    }
}
