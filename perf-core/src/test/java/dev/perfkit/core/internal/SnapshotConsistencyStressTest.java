package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Many more writer threads than cores, and two readers taking cumulative and interval snapshots all the while. Every
 * value recorded lands in a bucket of its own, so each snapshot can be checked on its own: its total must be the sum
 * of its buckets' values, its min and max the smallest and largest of them, no sentinel anywhere; cumulative
 * snapshots never shrink; and the intervals add up to exactly what was recorded.
 */
class SnapshotConsistencyStressTest {

    /** Each in a bucket of its own at 6 precision bits, from the exact range to seconds. */
    private static final long[] VALUES = {1, 7, 42, 127, 5_000, 1_000_000, 3_000_000_000L};

    @ParameterizedTest(
            name = "{0} writers, {1} stripes at most, {2}-slot buffers, {3} spares per stripe, {4}-slot owner buffers,"
                    + " hand-over after {5} idle reads")
    @CsvSource({
        "64, 4, 16, 2, 16, 1",
        "64, 32, 16, 2, 16, 1",
        "256, 4, 16, 2, 16, 1",
        "64, 2, 3, 2, 3, 1",
        "64, 2, 3, 0, 3, 1",
        "256, 4, 3, 2, 1, 0"
    })
    void everySnapshotHoldsWholeSamples(
            int writers, int maxStripes, int bufferCapacity, int spares, int ownerCapacity, int idleReads)
            throws Exception {
        StripedTimer timer = new StripedTimer(
                TimerConfig.builder("t")
                        .highestTrackableNanos(TimerProperties.HIGHEST)
                        .precisionBits(6)
                        .build(),
                new ScriptedTicker(),
                maxStripes,
                bufferCapacity,
                Aggregate.NARROW_LIMIT,
                spares,
                Spill.RING_SLOTS / 2,
                ownerCapacity,
                idleReads,
                PlantedBug.NONE);
        Layout layout = new Layout(6, TimerProperties.HIGHEST);
        Map<Long, Long> valueOfBucket = new HashMap<>();
        for (long v : VALUES) {
            assertEquals(null, valueOfBucket.put(layout.highestValueAt(layout.indexOf(v)), v), "one bucket per value");
        }
        int perWriter = 1_280_000 / writers;
        CountDownLatch start = new CountDownLatch(1);
        // writers stop halfway until each reader has read once after that: reads see a timer in mid-flight
        CountDownLatch halfway = new CountDownLatch(writers);
        CountDownLatch readMidway = new CountDownLatch(2);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int offset = w;
            threads.add(new Thread(
                    () -> {
                        await(start);
                        for (int i = 0; i < perWriter; i++) {
                            if (i == perWriter / 2) {
                                halfway.countDown();
                                await(readMidway);
                            }
                            timer.recordNanos(VALUES[(i + offset) % VALUES.length]);
                        }
                    },
                    "writer-" + w));
        }
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        List<TimerSnapshot> intervals = new ArrayList<>();
        long[] midwayCount = new long[1];
        Thread intervalReader = new Thread(
                () -> {
                    await(start);
                    boolean counted = false;
                    while (!done.get()) {
                        boolean afterHalfway = halfway.getCount() == 0;
                        TimerSnapshot s = timer.intervalSnapshot();
                        check(s, valueOfBucket, problems);
                        intervals.add(s);
                        if (afterHalfway && !counted) {
                            readMidway.countDown();
                            counted = true;
                        }
                    }
                },
                "interval-reader");
        Thread cumulativeReader = new Thread(
                () -> {
                    await(start);
                    long lastCount = 0;
                    long lastTotal = 0;
                    boolean counted = false;
                    while (!done.get()) {
                        boolean afterHalfway = halfway.getCount() == 0;
                        TimerSnapshot s = timer.snapshot();
                        check(s, valueOfBucket, problems);
                        if (s.count() < lastCount || s.totalNanos() < lastTotal) {
                            problems.add("cumulative snapshot shrank: " + s + " after count " + lastCount);
                        }
                        lastCount = s.count();
                        lastTotal = s.totalNanos();
                        if (afterHalfway && !counted) {
                            midwayCount[0] = s.count();
                            readMidway.countDown();
                            counted = true;
                        }
                    }
                },
                "cumulative-reader");
        threads.forEach(Thread::start);
        intervalReader.start();
        cumulativeReader.start();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        done.set(true);
        intervalReader.join();
        cumulativeReader.join();
        TimerSnapshot last = timer.intervalSnapshot();
        check(last, valueOfBucket, problems);
        intervals.add(last);

        assertEquals(List.of(), new ArrayList<>(problems), "every snapshot is internally consistent");
        long expectedCount = (long) writers * perWriter;
        long expectedTotal = 0;
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < perWriter; i++) {
                expectedTotal += VALUES[(i + w) % VALUES.length];
            }
        }
        long count = 0;
        long total = 0;
        for (TimerSnapshot s : intervals) {
            count += s.count();
            total += s.totalNanos();
        }
        assertEquals(expectedCount, count, "the intervals partition the samples");
        assertEquals(expectedTotal, total);
        TimerSnapshot cumulative = timer.snapshot();
        assertEquals(expectedCount, cumulative.count());
        assertEquals(expectedTotal, cumulative.totalNanos());
        assertEquals(1, cumulative.minNanos());
        assertEquals(3_000_000_000L, cumulative.maxNanos());
        if (idleReads == 0) {
            // the owner changed hands while other threads recorded and readers read: nothing lost or torn above
            assertTrue(timer.handOvers() > 1, "hand-overs " + timer.handOvers());
        }
        if (spares == 0) {
            assertTrue(timer.atomicAdds() > 0, "with no spares, some buffers went to the concurrent aggregate");
        }
        assertTrue(
                midwayCount[0] >= expectedCount / 2 && midwayCount[0] < expectedCount,
                "a cumulative read saw the timer in mid-flight: " + midwayCount[0]);
        assertTrue(timer.stripeCount() <= maxStripes, "stripes " + timer.stripeCount());
    }

    /** Checks one snapshot against the bucket-to-value map: whole samples only, no sentinels. */
    private static void check(TimerSnapshot s, Map<Long, Long> valueOfBucket, ConcurrentLinkedQueue<String> problems) {
        long total = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        long count = 0;
        for (int i = 0; i < s.bucketCount(); i++) {
            Long v = valueOfBucket.get(s.bucketValue(i));
            if (v == null) {
                problems.add("bucket " + s.bucketValue(i) + " holds no recorded value: " + s);
                return;
            }
            total += v * s.bucketCountAt(i);
            count += s.bucketCountAt(i);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (count == 0) {
            min = 0;
        }
        if (total != s.totalNanos()
                || min != s.minNanos()
                || max != s.maxNanos()
                || count != s.count()
                || s.rejectedCount() != 0
                || s.overflowCount() != 0) {
            problems.add("torn snapshot: " + s + " total " + s.totalNanos() + " (buckets say " + total + "), min "
                    + s.minNanos() + " (" + min + "), max " + s.maxNanos() + " (" + max + ")");
        }
        assertNotNull(s.toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
