package dev.perfkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.perfkit.SnapshotSink;
import dev.perfkit.TimerConfig;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The owner fast path's hand-overs, closing, and the readers' turns, driven step by step from threads the test
 * controls (no timing).
 */
class OwnerTest {

    private static StripedTimer timer() {
        return new StripedTimer(
                TimerConfig.builder("t").build(), new ScriptedTicker(), 4, ValueBuffer.DEFAULT_CAPACITY);
    }

    private static void runAndJoin(Runnable r) throws InterruptedException {
        Thread t = new Thread(r);
        t.start();
        t.join();
    }

    @Test
    void theFirstThreadToRecordOwnsTheTimerAndOthersUseStripes() throws InterruptedException {
        StripedTimer t = timer();
        t.recordNanos(5);
        assertSame(Thread.currentThread(), t.ownerThread());
        runAndJoin(() -> {
            for (int i = 0; i < 100; i++) {
                t.recordNanos(7);
            }
        });
        for (int i = 0; i < 99; i++) {
            t.recordNanos(5); // folds its full buffer every 16 records
        }
        assertSame(Thread.currentThread(), t.ownerThread());
        assertEquals(200, t.snapshot().count());
        assertEquals(100 * 5 + 100 * 7, t.snapshot().totalNanos());
    }

    @Test
    void aDeadOwnersSamplesAreReadAndTheNextThreadOwnsTheTimer() throws InterruptedException {
        StripedTimer t = timer();
        Thread[] first = new Thread[1];
        runAndJoin(() -> {
            first[0] = Thread.currentThread();
            for (int i = 0; i < 20; i++) {
                t.recordNanos(3);
            }
        });
        assertSame(first[0], t.ownerThread());
        assertEquals(20, t.snapshot().count());
        assertEquals(1, t.handOvers());
        assertNull(t.ownerThread(), "a dead owner's pair is emptied and offered to the next thread");
        t.recordNanos(4);
        assertSame(Thread.currentThread(), t.ownerThread());
        assertEquals(21, t.snapshot().count());
        assertEquals(20 * 3 + 4, t.snapshot().totalNanos());
    }

    @Test
    void anIdleOwnerIsHandedOverAndItsLateSamplesStillCount() throws InterruptedException {
        StripedTimer t = timer();
        t.recordNanos(1);
        assertEquals(1, t.snapshot().count()); // progress since creation
        assertEquals(0, t.handOvers());
        assertEquals(1, t.snapshot().count()); // a read without progress: idle, handed over
        assertEquals(1, t.handOvers());
        assertNull(t.ownerThread());
        Thread[] next = new Thread[1];
        runAndJoin(() -> {
            next[0] = Thread.currentThread();
            t.recordNanos(2);
        });
        assertSame(next[0], t.ownerThread());
        t.recordNanos(1); // the former owner now records through a stripe
        assertEquals(3, t.snapshot().count());
        assertEquals(4, t.snapshot().totalNanos());
    }

    @Test
    void aFormerOwnerRecordingThroughTheStripesFreesItsPairForTheNextHandOver() throws InterruptedException {
        StripedTimer t = timer();
        t.recordNanos(1);
        t.snapshot();
        t.snapshot(); // idle: handed over, this thread's pair retired
        assertEquals(1, t.handOvers());
        CountDownLatch owned = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            t.recordNanos(2); // owns the fresh pair, then stays alive and idle
            owned.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        owned.await();
        for (int i = 0; i < 17; i++) {
            t.recordNanos(3); // through the stripe; the 17th finds its buffer full and takes the slow path
        }
        assertTrue(t.hasRetiredPair());
        t.snapshot(); // the retired pair's thread was seen out of it: dropped
        assertFalse(t.hasRetiredPair());
        t.snapshot(); // the other owner is idle now: handed over again, though it is alive
        assertEquals(2, t.handOvers());
        release.countDown();
        other.join();
        assertEquals(1 + 1 + 17, t.snapshot().count());
        assertEquals(1 + 2 + 17 * 3, t.snapshot().totalNanos());
    }

    @Test
    void closingTakesTheOwnersLaterRecordsAway() {
        StripedTimer t = timer();
        t.recordNanos(1);
        t.close();
        t.recordNanos(1);
        assertEquals(1, t.snapshot().count());
        assertEquals(0, t.handOvers());
    }

    /** A sink that runs {@code atBegin} while its reader holds the turn. */
    private static SnapshotSink sink(Runnable atBegin) {
        return new SnapshotSink() {
            @Override
            public void begin(
                    String name,
                    int precisionBits,
                    long startTick,
                    long endTick,
                    long count,
                    long totalNanos,
                    long minNanos,
                    long maxNanos,
                    long overflowCount,
                    long rejectedCount) {
                atBegin.run();
            }

            @Override
            public void bucket(long highestValue, long count) {}
        };
    }

    @Test
    void aReaderWaitsForAtMostOneReadOfAnotherThatReadsAgainAndAgain() throws Exception {
        StripedTimer t = timer();
        t.recordNanos(1);
        AtomicLong loopReads = new AtomicLong();
        long[] readsWhenQueued = {-1};
        long[] readsWhenServed = {-1};
        Thread reader = new Thread(() -> t.intervalSnapshot(sink(() -> readsWhenServed[0] = loopReads.get())));
        AtomicBoolean stop = new AtomicBoolean();
        Thread loop = new Thread(() -> {
            SnapshotSink s = sink(() -> {
                if (loopReads.get() == 10) {
                    // holding the turn: the other reader arrives and must queue
                    reader.start();
                    while (!t.readerWaits(reader)) {
                        Thread.onSpinWait();
                    }
                    readsWhenQueued[0] = loopReads.get();
                }
            });
            while (!stop.get()) {
                t.intervalSnapshot(s);
                loopReads.incrementAndGet();
            }
        });
        loop.start();
        while (readsWhenQueued[0] == -1 || reader.isAlive()) {
            reader.join(); // returns at once until the loop started it
            Thread.onSpinWait();
        }
        stop.set(true);
        loop.join();
        assertEquals(10, readsWhenQueued[0]);
        // the loop's read in progress when the other reader queued ends (it may count it before or after the other
        // reader is served); its next one waits for that reader
        assertTrue(
                readsWhenServed[0] == 10 || readsWhenServed[0] == 11,
                "reads of the looping reader while the other waited: " + (readsWhenServed[0] - 10));
    }
}
