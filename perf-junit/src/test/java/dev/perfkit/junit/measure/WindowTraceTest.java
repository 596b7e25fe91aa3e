package dev.perfkit.junit.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The warm-up trace keeps every window until it is full, then every second, fourth, ... from the first on. */
class WindowTraceTest {

    @Test
    void keepsEveryWindowWhileThereIsRoom() {
        WindowTrace t = new WindowTrace();
        for (long i = 1; i <= 10; i++) {
            t.add(i * 100, i);
        }
        assertArrayEquals(LongStream.rangeClosed(1, 10).map(i -> i * 100).toArray(), t.endNanos());
        assertArrayEquals(LongStream.rangeClosed(1, 10).toArray(), t.medians());
    }

    @Test
    void thinsEvenlyWhenFullAndStaysBounded() {
        WindowTrace t = new WindowTrace();
        int n = 3 * WindowTrace.CAPACITY + 7; // 1543 windows: stride 4 after two halvings
        for (long i = 0; i < n; i++) {
            t.add(i, i);
        }
        long[] kept = t.medians();
        assertEquals(LongStream.range(0, n).filter(i -> i % 4 == 0).count(), kept.length);
        assertArrayEquals(
                LongStream.range(0, n).filter(i -> i % 4 == 0).toArray(),
                kept,
                "windows 0, 4, 8, ...: the first kept, spaced evenly to the end");
        assertArrayEquals(kept, t.endNanos());
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        WindowTrace t = new WindowTrace();
        for (long i = 0; i < 100_000; i++) {
            t.add(i, i);
            if (i % 997 == 0) {
                assertEquals(true, t.medians().length <= WindowTrace.CAPACITY);
            }
        }
        long[] kept = t.medians();
        assertEquals(0, kept[0]);
        long stride = kept[1] - kept[0];
        for (int i = 1; i < kept.length; i++) {
            assertEquals(stride, kept[i] - kept[i - 1]);
        }
        assertEquals(true, kept[kept.length - 1] > 100_000 - stride - 1, "reaches the end");
    }
}
