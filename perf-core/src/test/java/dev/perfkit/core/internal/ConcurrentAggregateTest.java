package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.perfkit.Tags;
import dev.perfkit.TimerSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The concurrent and the compact aggregates against the plain one: the same values, corrections, rejections and
 * overflows give the same snapshot, whether one thread or many add them, and counts that pass the carry threshold
 * lose nothing.
 */
class ConcurrentAggregateTest {

    private static final Layout LAYOUT = new Layout(6, TimerProperties.HIGHEST);

    @Test
    void oneThreadAgreesWithThePlainAggregate() {
        for (int carryAt : new int[] {ConcurrentAggregate.CARRY, 3}) {
            ConcurrentAggregate concurrent = new ConcurrentAggregate(LAYOUT, carryAt);
            Aggregate plain = new Aggregate(LAYOUT);
            SplittableRandom random = new SplittableRandom(5);
            long[] run = new long[16];
            for (int i = 0; i < 20_000; i++) {
                long v = random.nextLong(-10, TimerProperties.HIGHEST + 1_000);
                switch (i % 3) {
                    case 0 -> {
                        concurrent.record(v);
                        plain.record(v);
                    }
                    case 1 -> { // a correction: few synthetic values, or a long run added per bucket
                        long value = random.nextLong(-2, 10_000_000);
                        long interval = random.nextBoolean() ? 1_000 : 7;
                        concurrent.record(value, interval);
                        plain.record(value, interval);
                    }
                    default -> {
                        int n = random.nextInt(run.length + 1);
                        for (int k = 0; k < n; k++) {
                            run[k] = random.nextLong(-3, TimerProperties.HIGHEST + 1_000);
                            plain.record(run[k]);
                        }
                        concurrent.recordAll(run, 0, n);
                    }
                }
            }
            assertSame(plain, concurrent, "carry at " + carryAt);
        }
    }

    @Test
    void manyThreadsLoseNothingAcrossTheCarry() throws Exception {
        ConcurrentAggregate concurrent = new ConcurrentAggregate(LAYOUT, 5);
        Aggregate plain = new Aggregate(LAYOUT);
        int threads = 4;
        int perThread = 50_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long seed = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                SplittableRandom random = new SplittableRandom(seed);
                long[] run = new long[8];
                for (int i = 0; i < perThread; i += run.length) {
                    for (int k = 0; k < run.length; k++) {
                        run[k] = 1_000L + random.nextInt(8); // few buckets: every thread crosses the carry often
                    }
                    concurrent.recordAll(run, 0, run.length);
                }
            });
            ts.add(thread);
            thread.start();
        }
        for (int t = 0; t < threads; t++) {
            SplittableRandom random = new SplittableRandom(t);
            for (int i = 0; i < perThread; i++) {
                plain.record(1_000 + random.nextInt(8));
            }
        }
        start.countDown();
        for (Thread t : ts) {
            t.join();
        }
        assertSame(plain, concurrent, "four threads");
    }

    /**
     * The unlimited aggregate (a timer's first lane and earlier intervals) against plain {@code long} counts: counts
     * past 2^30 move into the carry and still add up, in snapshots with another aggregate and when added to another
     * one.
     */
    @Test
    void unlimitedAggregateAgreesWithLongCountsAcrossTheCarry() {
        Aggregate compact = new Aggregate(LAYOUT);
        long[] expected = new long[LAYOUT.chunkCount << LAYOUT.chunkShift];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 5_000; i++) {
            int index = LAYOUT.indexOf(random.nextLong(0, 1 << 20));
            long count =
                    i % 50 == 0 ? ConcurrentAggregate.CARRY + random.nextLong(1, 1 << 20) : random.nextLong(1, 1 << 22);
            compact.add(index, count);
            expected[index] += count;
        }
        compact.record(12_345, 1_000); // a correction: the scalars as well
        TimerSnapshot correction = snapshotOf(a -> a.record(12_345, 1_000));
        for (int b = 0; b < correction.bucketCount(); b++) {
            expected[LAYOUT.indexOf(correction.bucketValue(b))] += correction.bucketCountAt(b);
        }
        Aggregate current = new Aggregate(LAYOUT);
        current.record(777);
        expected[LAYOUT.indexOf(777)]++;
        TimerSnapshot both = Aggregate.snapshot("t", Tags.empty(), current, compact, 0, 1);
        assertEquals(
                describe(expected, correction.totalNanos() + 777, 777, correction.maxNanos()),
                Reference.describe(both));
        expected[LAYOUT.indexOf(777)]--;
        Aggregate sum = new Aggregate(LAYOUT);
        sum.addAll(compact);
        assertEquals(
                describe(expected, correction.totalNanos(), correction.minNanos(), correction.maxNanos()),
                Reference.describe(Aggregate.snapshot("t", Tags.empty(), sum, null, 0, 1)));
        assertEquals(Arrays.stream(expected).sum(), compact.samples);
        compact.clear();
        assertEquals(
                1, Aggregate.snapshot("t", Tags.empty(), current, compact, 0, 1).count(), "only current's value");
    }

    /**
     * The total is added with one atomic add, not a compare-and-set loop; past {@code Long.MAX_VALUE} it reads as
     * {@code Long.MAX_VALUE}, as the plain aggregate's does, even after the raw sum has wrapped round to a non-negative
     * value again.
     */
    @Test
    void totalSaturatesAsThePlainAggregatesDoes() throws Exception {
        Layout widest = new Layout(6, 1L << 62);
        ConcurrentAggregate concurrent = new ConcurrentAggregate(widest);
        Aggregate plain = new Aggregate(widest);
        concurrent.record(1L << 62);
        concurrent.recordAll(new long[] {(1L << 62) - 1}, 0, 1);
        plain.record(1L << 62);
        plain.record((1L << 62) - 1);
        assertEquals(Long.MAX_VALUE, totalOf(concurrent, widest), "exactly Long.MAX_VALUE, not saturated yet");
        concurrent.record(1);
        plain.record(1);
        assertEquals(plain.total, totalOf(concurrent, widest), "one past");
        assertEquals(Long.MAX_VALUE, plain.total);

        ConcurrentAggregate wrapped = new ConcurrentAggregate(widest);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 4; i++) {
                    wrapped.addRun(1L << 62, 1L << 62); // 16 x 2^62 = 2^66: the raw sum wraps to 0
                }
            });
            ts.add(thread);
            thread.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        assertEquals(Long.MAX_VALUE, totalOf(wrapped, widest), "four threads, four wraps");
        assertEquals(10, totalOf(aggregateOf(widest, 3, 7), widest), "no add past the limit: the plain sum");
    }

    private static ConcurrentAggregate aggregateOf(Layout layout, long... values) {
        ConcurrentAggregate a = new ConcurrentAggregate(layout);
        for (long v : values) {
            a.record(v);
        }
        return a;
    }

    private static long totalOf(ConcurrentAggregate concurrent, Layout layout) {
        Aggregate folded = new Aggregate(layout);
        concurrent.addTo(folded);
        return folded.total;
    }

    private static TimerSnapshot snapshotOf(Consumer<Aggregate> fill) {
        Aggregate a = new Aggregate(LAYOUT);
        fill.accept(a);
        return Aggregate.snapshot("t", Tags.empty(), a, null, 0, 1);
    }

    /** {@link Reference#describe} of a snapshot with these bucket counts (by index) and scalars. */
    private static String describe(long[] counts, long total, long min, long max) {
        int nonEmpty = 0;
        for (long n : counts) {
            nonEmpty += n == 0 ? 0 : 1;
        }
        TimerSnapshot.Builder b = TimerSnapshot.builder("t", LAYOUT.precisionBits, nonEmpty)
                .totalNanos(total)
                .minMaxNanos(min, max)
                .overflowAndRejected(0, 0);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                b.bucket(LAYOUT.highestValueAt(i), counts[i]);
            }
        }
        return Reference.describe(b.build());
    }

    private static void assertSame(Aggregate plain, ConcurrentAggregate concurrent, String what) {
        Aggregate folded = new Aggregate(LAYOUT);
        concurrent.addTo(folded);
        assertEquals(
                Reference.describe(Aggregate.snapshot("t", Tags.empty(), plain, null, 0, 1)),
                Reference.describe(Aggregate.snapshot("t", Tags.empty(), folded, null, 0, 1)),
                what);
        assertEquals(plain.samples, folded.samples, what);
    }
}
