package dev.perfkit.core.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.jctools.queues.atomic.MpmcAtomicArrayQueue;
import org.jctools.queues.atomic.MpscAtomicArrayQueue;

/**
 * Where a timer's writers put samples when they cannot fold (both lanes taken): created the first time that happens.
 *
 * <ol>
 *   <li>A writer whose buffer is full swaps it for a spare from {@link #pool} and hands the full one off through
 *       {@link #full(int)}, a bounded JCTools MPSC queue: many writers offer, one lane holder at a time polls (the one
 *       that holds the phase's token, {@link #tryConsume}). The pool is a JCTools MPMC queue of spare buffers
 *       (writers take, lane holders give back with {@link #giveBack}, which never waits), created on demand up to a
 *       bound, two per stripe.</li>
 *   <li>When the pool is empty too (the lane holders are slow to drain, typically because the scheduler stopped
 *       them), the writer adds its full buffer to the phase's {@link ConcurrentAggregate} with atomic instructions and
 *       reuses it: no wait, no allocation beyond that aggregate's chunks, so memory stays bounded however long the
 *       lanes stay taken.</li>
 *   <li>With no stripe to claim, a single sample goes into {@link #ring}: one slot per sample, claimed by one
 *       compare-and-set from {@link #EMPTY}, so a reader sees it whole or not at all. No allocation. If the ring is
 *       full too, or the sample is a coordinated-omission correction (three numbers), it goes to the phase's
 *       concurrent aggregate.</li>
 * </ol>
 *
 * <p>The queue, the ring and the concurrent aggregate have one half per phase of the timer, so that a reader takes
 * exactly the samples put before its phase flip and writers can go on while it reads (a writer hands off or adds a
 * buffer inside its stripe claim, which the reader waits for; it spills inside a {@code WriterReaderPhaser} critical
 * section, which the reader's flip waits for). Only a reader reads a concurrent aggregate, once no writer can add to
 * it, and drops it: it costs memory only while the lanes cannot keep up.
 */
final class Spill {

    /**
     * An empty ring slot. A slot holds {@code v + 1} for a value {@code v >= 0} (values beyond {@code 2^62}, the
     * highest trackable value a timer may have, are stored as {@code 2^62 + 1}: still an overflow) and -1 for a
     * rejected value.
     */
    static final long EMPTY = 0;

    private static final long ABOVE_ANY_RANGE = (1L << 62) + 1;
    /** Ring slots per phase. */
    static final int RING_SLOTS = 32;

    private static final int RING_PROBES = 16;

    final MpmcAtomicArrayQueue<ValueBuffer> pool;
    private final MpscAtomicArrayQueue<ValueBuffer> fullEven;
    private final MpscAtomicArrayQueue<ValueBuffer> fullOdd;
    private final Layout layout;
    /** Per phase: created on first need, dropped by the reader that folds it. */
    private final AtomicReferenceArray<ConcurrentAggregate> atomics = new AtomicReferenceArray<>(2);

    private final LongAdder atomicAdds = new LongAdder();
    /** Per phase: 1 while a lane holder polls that phase's queue (its one consumer). */
    private final AtomicIntegerArray consumers = new AtomicIntegerArray(2);

    private final AtomicLongArray ring = new AtomicLongArray(2 * RING_SLOTS);
    /** Filled ring slots per phase, counted after the slot is filled: never more than there are. */
    private final AtomicIntegerArray ringUsed = new AtomicIntegerArray(2);

    private final LongAdder uses = new LongAdder();
    private final int bufferCapacity;
    private final int maxSpares;
    private final AtomicInteger spares = new AtomicInteger();
    private final int ringDrainAt;

    /**
     * @param maxBuffers the most buffers the timer keeps, installed in stripes or spare
     * @param maxSpares the most spare buffers this spill creates, on demand
     * @param ringDrainAt how many single samples in the ring make {@link #pending()} true
     */
    Spill(int maxBuffers, int maxSpares, int bufferCapacity, Layout layout, int ringDrainAt) {
        this.ringDrainAt = ringDrainAt;
        // the pool holds every spare (its capacity is rounded up to a power of two): no more than maxSpares are created
        this.pool = new MpmcAtomicArrayQueue<>(Math.max(2, maxSpares));
        // bounded: a handed-off buffer was replaced by a spare, so a queue never holds more than there are buffers; the
        // unbounded queue linked a new chunk every so many offers, and its producers spun while a stopped one linked it
        this.fullEven = new MpscAtomicArrayQueue<>(Math.max(2, maxBuffers));
        this.fullOdd = new MpscAtomicArrayQueue<>(Math.max(2, maxBuffers));
        this.maxSpares = maxSpares;
        this.bufferCapacity = bufferCapacity;
        this.layout = layout;
    }

    /** The queue of full buffers of {@code phase}, for the lane holder that holds the phase's token. */
    MpscAtomicArrayQueue<ValueBuffer> full(int phase) {
        return phase == 0 ? fullEven : fullOdd;
    }

    /**
     * A spare buffer for a writer whose buffer is full: from the pool, or new while fewer than {@code maxSpares} exist;
     * null once the pool is empty and every spare is out (the caller then uses {@link #addAtomically}).
     */
    ValueBuffer spare() {
        ValueBuffer b = pool.relaxedPoll();
        if (b != null) {
            return b;
        }
        int n = spares.get();
        return n < maxSpares && spares.compareAndSet(n, n + 1) ? new ValueBuffer(bufferCapacity) : null;
    }

    /**
     * Puts an empty spare back in the pool. The pool has room for every spare, so this fails only while a writer that
     * takes a spare has been stopped between its two steps; JCTools' {@code offer} would spin until that writer runs
     * again (a lane holder calls this), so the buffer is dropped instead and a writer may make a new one later.
     */
    void giveBack(ValueBuffer spare) {
        if (!pool.relaxedOffer(spare)) {
            spares.decrementAndGet();
        }
    }

    /**
     * Adds the published, not yet folded slots of {@code b} to {@code phase}'s concurrent aggregate; called by the
     * holder of the stripe {@code b} is installed in, for a buffer of that phase.
     */
    void addAtomically(ValueBuffer b, int phase) {
        atomicAdds.increment();
        b.foldInto(atomic(phase));
    }

    /** {@code phase}'s concurrent aggregate, created on first use. */
    private ConcurrentAggregate atomic(int phase) {
        ConcurrentAggregate a = atomics.get(phase);
        if (a == null) {
            ConcurrentAggregate fresh = new ConcurrentAggregate(layout);
            a = atomics.compareAndSet(phase, null, fresh) ? fresh : atomics.get(phase);
        }
        return a;
    }

    /**
     * Keeps one sample in {@code phase}'s half: in the ring if a slot is free, else in the concurrent aggregate. Never
     * fails, never waits.
     */
    void put(long value, long interval, int hash, int phase) {
        uses.increment();
        if (interval == 0 && ringUsed.get(phase) < RING_SLOTS) { // a full ring is not probed slot by slot
            long v = value < 0 ? -1 : Math.min(value, ABOVE_ANY_RANGE) + 1;
            for (int i = 0; i < RING_PROBES; i++) {
                int slot = phase * RING_SLOTS + ((hash + i) & (RING_SLOTS - 1));
                if (ring.get(slot) == EMPTY && ring.compareAndSet(slot, EMPTY, v)) {
                    ringUsed.incrementAndGet(phase);
                    return;
                }
            }
        }
        atomic(phase).record(value, interval);
    }

    /**
     * Whether enough waits to be folded for a writer to take a lane for it: a handed-off buffer, or
     * {@code ringDrainAt} single samples in the ring (half of it by default). Fewer samples wait for the next read or
     * the next buffer, so that a writer that spills (with many more threads than cores, most of them do) does not take
     * a lane and the queues' tokens for each sample.
     */
    boolean pending() {
        return !fullEven.isEmpty() || !fullOdd.isEmpty() || ringUsed.get(0) + ringUsed.get(1) >= ringDrainAt;
    }

    /** Whether buffers handed off in {@code phase} wait to be folded (a hint: the queue may change at once). */
    boolean handedOff(int phase) {
        return !full(phase).isEmpty();
    }

    /**
     * Takes the right to poll {@code phase}'s queue of full buffers: the queue has one consumer at a time, the holder
     * of a lane that took this token. Never waits; {@link #endConsume} gives it back.
     */
    boolean tryConsume(int phase) {
        return consumers.get(phase) == 0 && consumers.compareAndSet(phase, 0, 1);
    }

    void endConsume(int phase) {
        consumers.set(phase, 0);
    }

    /**
     * Folds up to {@code max} buffers handed off in {@code phase} into {@code into} and pools them; the caller holds
     * the lane of {@code into} and {@code phase}'s token. Into a narrow aggregate, a buffer it cannot take (a
     * correction, or no room) goes back to the queue and ends the drain. Returns how many buffers were folded.
     */
    int drainQueue(Aggregate into, int phase, int max) {
        MpscAtomicArrayQueue<ValueBuffer> full = full(phase);
        int done = 0;
        ValueBuffer b;
        while (done < max && (b = full.relaxedPoll()) != null) {
            if (into.narrow() && !b.fitsNarrow(into)) {
                // the wide lane's holder or the next read folds it; the queue has room for more than every spare, and
                // if it
                // had not, the buffer goes to the phase's concurrent aggregate (the phase cannot flip while a lane is
                // held)
                if (!full.offer(b)) {
                    addAtomically(b, phase);
                    b.reset();
                    giveBack(b);
                }
                break;
            }
            b.foldInto(into);
            b.reset();
            giveBack(b);
            done++;
        }
        return done;
    }

    /** Folds the single samples put in {@code phase}'s ring into {@code into}; wide lane held. */
    void drainSamples(Aggregate into, int phase) {
        int counted = ringUsed.get(phase);
        if (counted > 0) {
            // a slot filled but not yet counted may be left for the next drain, which pending() asks for
            int taken = 0;
            for (int i = phase * RING_SLOTS; i < (phase + 1) * RING_SLOTS && taken < counted; i++) {
                if (ring.get(i) != EMPTY) {
                    long v = ring.getAndSet(i, EMPTY);
                    into.record(v < 0 ? v : v - 1);
                    taken++;
                }
            }
            ringUsed.addAndGet(phase, -taken);
        }
    }

    /**
     * Adds {@code phase}'s concurrent aggregate to {@code into} and drops it; only by a reader, once no writer can add
     * to it (after its flip, the stripe holders and the spilling writers of that phase have left).
     */
    void drainAtomic(Aggregate into, int phase) {
        ConcurrentAggregate a = atomics.get(phase);
        if (a != null) {
            a.addTo(into);
            atomics.set(phase, null);
        }
    }

    /**
     * How many full buffers went to a concurrent aggregate, for diagnostics and tests (single samples are not counted:
     * a count per sample would cost one more atomic instruction on the path most records take when threads far
     * outnumber cores).
     */
    long atomicAdds() {
        return atomicAdds.sum();
    }

    /** How many samples took this path, for diagnostics and tests. */
    long uses() {
        return uses.sum();
    }

    long footprintBytes() {
        long buffers = (16 + 8L * bufferCapacity + 24) * Math.min(spares.get(), pool.size());
        long bytes = 64 + 3 * (256 + 8L * pool.capacity()) + 16 + 16L * RING_SLOTS + 96 + buffers;
        for (int p = 0; p < 2; p++) {
            ConcurrentAggregate a = atomics.get(p);
            bytes += a == null ? 0 : a.footprintBytes();
        }
        return bytes;
    }
}
