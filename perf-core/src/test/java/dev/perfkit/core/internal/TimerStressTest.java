package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.TimerSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real threads hammer one timer while another thread takes interval snapshots: nothing lost, nothing doubled. */
class TimerStressTest {

    private static final int RECORDS_PER_THREAD = 250_000;

    @ParameterizedTest(name = "{0} writers, {1} stripes at most")
    @CsvSource({"2, 4", "4, 4", "8, 4", "8, 1"})
    void intervalsAddUpExactlyUnderConcurrentWriters(int writers, int maxStripes) throws Exception {
        StripedTimer timer = TimerProperties.timer(6, maxStripes);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            final long base = w;
            Thread t = new Thread(
                    () -> {
                        await(start);
                        for (int i = 0; i < RECORDS_PER_THREAD; i++) {
                            // values 0..4095 spread over many buckets; each thread's sum is known in closed form
                            timer.recordNanos((i + base) & 4095);
                        }
                    },
                    "writer-" + w);
            threads.add(t);
            t.start();
        }
        AtomicBoolean done = new AtomicBoolean();
        List<TimerSnapshot> intervals = new ArrayList<>();
        Thread reader = new Thread(
                () -> {
                    await(start);
                    while (!done.get()) {
                        intervals.add(timer.intervalSnapshot());
                        Thread.onSpinWait();
                    }
                },
                "reader");
        reader.start();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        done.set(true);
        reader.join();
        intervals.add(timer.intervalSnapshot());

        long expectedCount = (long) writers * RECORDS_PER_THREAD;
        long expectedTotal = 0;
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < RECORDS_PER_THREAD; i++) {
                expectedTotal += (i + w) & 4095;
            }
        }
        long count = 0;
        long total = 0;
        long max = 0;
        for (TimerSnapshot s : intervals) {
            count += s.count();
            total += s.totalNanos();
            max = Math.max(max, s.maxNanos());
            assertTrue(s.count() >= 0 && s.totalNanos() >= 0, "no interval goes negative");
        }
        TimerSnapshot cumulative = timer.snapshot();
        assertEquals(expectedCount, cumulative.count());
        assertEquals(expectedTotal, cumulative.totalNanos());
        assertEquals(expectedCount, count, "intervals add up to every record, once");
        assertEquals(expectedTotal, total);
        assertEquals(0, cumulative.minNanos());
        assertEquals(4095, cumulative.maxNanos());
        assertEquals(4095, max);
        assertTrue(intervals.size() > 1, "the reader took snapshots while writers ran");
        assertTrue(timer.stripeCount() <= maxStripes, "stripes stay within their bound: " + timer.stripeCount());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
