package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.Tags;
import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The second lane: a thread that prefers it folds into its narrow aggregate, which must never hold more than its limit
 * (it is emptied into the wide lane when full) nor any correction, and every read must empty it.
 */
class LaneTest {

    private static final long LIMIT = 40;

    @Test
    void narrowAggregateCountsUpToItsLimitAndAddsIntoAWideOne() {
        Layout layout = new Layout(6, TimerProperties.HIGHEST);
        Aggregate narrow = new Aggregate(layout, LIMIT);
        Aggregate wide = new Aggregate(layout);
        Reference ref = new Reference(TimerProperties.HIGHEST);
        for (long v : new long[] {5, 5, 1_000, -3, 70_000_000_000L, 123_456}) {
            narrow.record(v);
            ref.record(v);
        }
        assertEquals(LIMIT - 5, narrow.narrowRoom(), "five values counted, the rejected one not");
        assertEquals(Long.MAX_VALUE, wide.narrowRoom());
        wide.addAll(narrow);
        ref.assertAgrees(Aggregate.snapshot("t", Tags.empty(), wide, null, 0, 1));
        narrow.clear();
        assertEquals(LIMIT, narrow.narrowRoom());
        assertThrows(IllegalArgumentException.class, () -> new Aggregate(layout, Aggregate.NARROW_LIMIT + 1));
    }

    @Test
    void aThreadOnTheNarrowLaneLosesNothingWhenItFillsUp() throws Exception {
        StripedTimer timer = new StripedTimer(
                TimerConfig.builder("t")
                        .highestTrackableNanos(TimerProperties.HIGHEST)
                        .precisionBits(6)
                        .build(),
                new ScriptedTicker(),
                2,
                4,
                LIMIT);
        TestAccess.grow(timer); // a timer of one stripe folds into the wide lane first, whatever the thread prefers
        Reference ref = new Reference(TimerProperties.HIGHEST);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Aggregate narrow = TestAccess.lanes(timer)[1].aggregate;
        long[] seenInNarrow = new long[1];
        Thread writer = onLane(
                1,
                () -> {
                    SplittableRandom random = new SplittableRandom(7);
                    for (int i = 0; i < 1_000; i++) {
                        long v = random.nextLong(-5, 5_000_000);
                        long interval = i % 97 == 0 ? 10_000 : 0; // a few corrections: never into the narrow lane
                        timer.recordNanos(v, interval);
                        ref.recordWithInterval(v, interval);
                        seenInNarrow[0] = Math.max(seenInNarrow[0], narrow.samples);
                        assertTrue(narrow.samples <= LIMIT, "narrow lane over its limit: " + narrow.samples);
                    }
                },
                failure,
                true);
        writer.join();
        assertEquals(null, failure.get());
        assertTrue(seenInNarrow[0] > 0, "the writer folded into the narrow lane");
        TimerSnapshot s = timer.snapshot();
        ref.assertAgrees(s);
        assertEquals(0, narrow.samples, "a read empties the narrow lane");
    }

    /**
     * While a reader holds the wide lane, writers fold the current phase's hand-offs into the narrow lane, so that no
     * backlog builds up for the next read; a buffer holding a correction stays in the queue for the wide lane. Played
     * on one thread: the test holds the lanes as a reader and a stopped writer would.
     */
    @Test
    void handOffsFoldIntoTheNarrowLaneWhileTheWideOneIsTaken() {
        StripedTimer timer = oneStripeOfFour();
        Reference ref = new Reference(TimerProperties.HIGHEST);
        Lane[] lanes = TestAccess.lanes(timer);
        assertTrue(lanes[0].tryLock() && lanes[1].tryLock());
        // both lanes taken: the two full buffers below are handed off (one stripe has two spares), the second holding a
        // correction
        for (int i = 0; i < 4; i++) {
            timer.recordNanos(1_000 + i);
            ref.record(1_000 + i);
        }
        timer.recordNanos(500, 100);
        ref.recordWithInterval(500, 100);
        for (int i = 0; i < 5; i++) {
            timer.recordNanos(2_000 + i);
            ref.record(2_000 + i);
        }
        assertEquals(0, lanes[1].aggregate.samples, "nothing folded while both lanes are taken");
        lanes[1].unlock(); // the wide lane stays taken, as by a reader folding the old phase
        timer.recordNanos(3_000); // fills the stripe's buffer: the writer folds it into the narrow lane, then helps
        ref.record(3_000);
        assertEquals(
                4 + 4, lanes[1].aggregate.samples, "its own buffer and the handed-off buffer before the correction");
        assertEquals(0, timer.atomicAdds(), "every full buffer found a spare");
        lanes[0].unlock();
        ref.assertAgrees(timer.snapshot());
        assertEquals(0, lanes[1].aggregate.samples, "a read empties the narrow lane");
    }

    /**
     * With both lanes taken for good (their holders stopped) a writer hands off as many buffers as there are spares,
     * then adds full buffers to the phase's concurrent aggregate: memory stays bounded, nothing waits, and the next
     * read holds every sample, corrections and rejected values included.
     */
    @Test
    void withTheLanesTakenAndNoSpareLeftBuffersGoToTheConcurrentAggregate() {
        StripedTimer timer = oneStripeOfFour();
        Reference ref = new Reference(TimerProperties.HIGHEST);
        Lane[] lanes = TestAccess.lanes(timer);
        assertTrue(lanes[0].tryLock() && lanes[1].tryLock());
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 10_000; i++) {
            long interval = i % 101 == 0 ? 1_000 : 0;
            long v = interval == 0 ? random.nextLong(-3, TimerProperties.HIGHEST + 1_000) : random.nextLong(1, 200_000);
            timer.recordNanos(v, interval);
            ref.recordWithInterval(v, interval);
        }
        long bounded = timer.footprintBytesWithLanesHeld();
        for (int i = 0; i < 100_000; i++) {
            timer.recordNanos(5_000 + i);
            ref.record(5_000 + i);
        }
        assertEquals(bounded, timer.footprintBytesWithLanesHeld(), "no memory added by 100,000 more records");
        assertTrue(timer.atomicAdds() > 5_000, "full buffers went to the concurrent aggregate: " + timer.atomicAdds());
        lanes[0].unlock();
        lanes[1].unlock();
        ref.assertAgrees(timer.intervalSnapshot());
        ref.assertAgrees(timer.snapshot());
        timer.recordNanos(7);
        assertEquals(1, timer.intervalSnapshot().count(), "the next interval holds only what came after");
    }

    /**
     * Two threads that start on the same lane and fold one after the other, round after round (as two threads on two
     * cores do, minus the timing), end up preferring different lanes, and both lanes fill: each thread then keeps its
     * aggregate to itself.
     */
    @Test
    void twoThreadsTakingTurnsSettleOnDifferentLanes() throws Exception {
        StripedTimer timer = TimerProperties.timer(6, 2, 16);
        TestAccess.grow(timer); // two stripes, as two threads recording at once make
        int rounds = 1_000;
        Semaphore[] turn = {new Semaphore(1), new Semaphore(0)};
        int[] lane = new int[2];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] threads = new Thread[2];
        for (int w = 0; w < 2; w++) {
            int me = w;
            threads[w] = onLane(
                    0,
                    () -> {
                        try {
                            for (int r = 0; r < rounds; r++) {
                                turn[me].acquire();
                                for (int i = 0; i < 16; i++) { // one buffer: one fold per turn
                                    timer.recordNanos(1_000 + me);
                                }
                                turn[1 - me].release();
                            }
                            lane[me] = ThreadStripeHash.current().lane();
                        } catch (InterruptedException e) {
                            failure.set(e);
                        }
                    },
                    failure,
                    false);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(null, failure.get());
        assertTrue(lane[0] != lane[1], "the threads prefer different lanes: " + lane[0] + ", " + lane[1]);
        Lane[] lanes = TestAccess.lanes(timer);
        assertTrue(lanes[0].aggregate.samples > 0 && lanes[1].aggregate.samples > 0, "both lanes were folded into");
        TimerSnapshot s = timer.snapshot();
        assertEquals(2L * rounds * 16, s.count());
        assertEquals(rounds * 16L * (1_000 + 1_001), s.totalNanos());
    }

    /**
     * Threads that record into a timer one at a time fold into its wide lane only, whatever lane they prefer (a thread
     * moves to the narrow lane after meeting another's fold in some contended timer): such a timer keeps one aggregate
     * (two after an interval read), not the narrow lane's as well.
     */
    @Test
    void threadsRecordingOneAtATimeNeverFillTheNarrowLane() throws Exception {
        StripedTimer timer = TimerProperties.timer(6, 16, 16);
        Lane[] lanes = TestAccess.lanes(timer);
        long narrowBytes = lanes[1].aggregate.footprintBytes();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int k = 0; k < 8; k++) { // eight threads one after the other, every other one preferring the narrow lane
            onLane(
                    k % 2,
                    () -> {
                        for (int i = 0; i < 2_500; i++) {
                            timer.recordNanos(1_000 + i);
                        }
                    },
                    failure,
                    true);
            if (k == 3) {
                assertEquals(10_000, timer.intervalSnapshot().count());
            }
        }
        assertEquals(null, failure.get());
        assertEquals(1, timer.stripeCount(), "no thread met another: one stripe");
        assertEquals(narrowBytes, lanes[1].aggregate.footprintBytes(), "the narrow lane made no chunk");
        assertEquals(20_000, timer.snapshot().count());
    }

    /**
     * A timer of one stripe with buffers of four values (and so two spares) and no owner, so that the test's thread
     * records through the stripe: few records reach every path.
     */
    private static StripedTimer oneStripeOfFour() {
        return TimerProperties.stripesOnly(
                TimerConfig.builder("t")
                        .highestTrackableNanos(TimerProperties.HIGHEST)
                        .precisionBits(6)
                        .build(),
                1,
                4);
    }

    /** Starts {@code body} on a new thread that prefers {@code lane}; waits for it to end if {@code join}. */
    private static Thread onLane(int lane, Runnable body, AtomicReference<Throwable> failure, boolean join)
            throws Exception {
        Thread t = new Thread(() -> {
            try {
                TestAccess.preferLane(lane);
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        if (join) {
            t.join();
        }
        return t;
    }
}
