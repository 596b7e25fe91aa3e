package dev.perfkit.core.internal;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The record path's fallback of last resort: an {@link Aggregate} that any number of threads add to at once with
 * atomic instructions, so that a writer that finds every lane taken and no spare buffer left still records without
 * waiting and without growing memory. One per phase of a timer, created the first time it is needed, and read only
 * by a reader once no writer can add to it any more (see {@link Spill}); it has the same semantics as
 * {@link Aggregate#record(long)} and {@link Aggregate#record(long, long)}, counts included.
 *
 * <p>It costs an atomic instruction per counter touched: the price of never waiting when the scheduler has stopped the
 * threads holding the lanes, paid only then. Counts are {@code int}s (half the memory of {@code long}s: this aggregate
 * is a timer's third while it lives); a count that reaches {@link #CARRY} moves that much into a {@code long} carry
 * chunk, created only then, and runs of synthetic values longer than {@link #DIRECT_LIMIT} go to the carry directly,
 * so no {@code int} overflows however long no read comes.
 */
final class ConcurrentAggregate implements FoldTarget {

    /** A count that reaches this moves it into the carry; far enough below 2^31 for any number of adders meanwhile. */
    static final int CARRY = 1 << 30;
    /** Adds of more than this go to the carry at once. */
    static final long DIRECT_LIMIT = 64;

    private final Layout layout;
    private final AtomicReferenceArray<AtomicIntegerArray> chunks;
    private final AtomicReferenceArray<AtomicLongArray> carries;
    /** The sum of the values, added with one atomic add each time (no compare-and-set loop); see {@link #addTotal}. */
    private final AtomicLong total = new AtomicLong();
    /**
     * Set by the add that carried {@link #total} past {@link Long#MAX_VALUE}: the total then reads as
     * {@code Long.MAX_VALUE}, as {@link Aggregate}'s saturating total does. Read only once no writer adds any more.
     */
    private volatile boolean totalSaturated;

    private final AtomicLong min = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong max = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong overflow = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    /** Counts that reach this move into the carry: {@link #CARRY}, or less in tests. */
    private final int carryAt;

    ConcurrentAggregate(Layout layout) {
        this(layout, CARRY);
    }

    /** With a chosen carry threshold, so that tests can reach the carry. */
    ConcurrentAggregate(Layout layout, int carryAt) {
        this.layout = layout;
        this.carryAt = carryAt;
        this.chunks = new AtomicReferenceArray<>(layout.chunkCount);
        this.carries = new AtomicReferenceArray<>(layout.chunkCount);
    }

    @Override
    public void countOverflow() {
        overflow.incrementAndGet();
    }

    @Override
    public void record(long value) {
        if (value < 0) {
            rejected.incrementAndGet();
            return;
        }
        long v = value;
        if (v > layout.highestTrackable) {
            overflow.incrementAndGet();
            v = layout.highestTrackable;
        }
        add(layout.indexOf(v), 1);
        addTotal(v);
        lower(v);
        raise(v);
    }

    /** Records {@code value} and the samples a stalled caller missed, as {@link Aggregate#record(long, long)} does. */
    @Override
    public void record(long value, long interval) {
        Aggregate.recordCorrected(this, layout, value, interval);
    }

    @Override
    public void addRun(long sum, long lowest) {
        addTotal(sum);
        lower(lowest);
    }

    /**
     * Adds {@code sum} (at least 0) to the total. Two sums of at most {@code Long.MAX_VALUE} cannot wrap past zero
     * twice, so the add that makes a non-negative total negative is the one that saturated it.
     */
    private void addTotal(long sum) {
        long before = total.getAndAdd(sum);
        if (before >= 0 && before + sum < 0) {
            totalSaturated = true;
        }
    }

    private void lower(long v) {
        for (long m = min.get(); v < m && !min.compareAndSet(m, v); m = min.get()) {
            // another writer moved it: compare again
        }
    }

    private void raise(long v) {
        for (long m = max.get(); v > m && !max.compareAndSet(m, v); m = max.get()) {
            // another writer moved it: compare again
        }
    }

    /**
     * Adds plain values {@code vs[from..to)} (no correction marker among them) with one atomic instruction per value's
     * bucket and one per scalar for the whole run: the scalars are the counters every writer here shares.
     */
    void recordAll(long[] vs, int from, int to) {
        long sum = 0;
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        long over = 0;
        long rej = 0;
        for (int i = from; i < to; i++) {
            long v = vs[i];
            if (v < 0) {
                rej++;
                continue;
            }
            if (v > layout.highestTrackable) {
                over++;
                v = layout.highestTrackable;
            }
            add(layout.indexOf(v), 1);
            sum = Aggregate.saturatedAdd(sum, v);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (rej != 0) {
            rejected.addAndGet(rej);
        }
        if (over != 0) {
            overflow.addAndGet(over);
        }
        if (hi >= 0) {
            addTotal(sum);
            lower(lo);
            raise(hi);
        }
    }

    @Override
    public void add(int index, long count) {
        int c = index >>> layout.chunkShift;
        int i = index & layout.chunkMask;
        if (count > DIRECT_LIMIT) {
            carry(c).addAndGet(i, count);
            return;
        }
        AtomicIntegerArray chunk = chunks.get(c);
        if (chunk == null) {
            AtomicIntegerArray fresh = new AtomicIntegerArray(layout.chunkMask + 1);
            chunk = chunks.compareAndSet(c, null, fresh) ? fresh : chunks.get(c);
        }
        int before = chunk.getAndAdd(i, (int) count);
        if (before < carryAt && before + count >= carryAt) { // exactly one adder crosses: it moves carryAt
            carry(c).addAndGet(i, carryAt);
            chunk.addAndGet(i, -carryAt);
        }
    }

    private AtomicLongArray carry(int c) {
        AtomicLongArray carry = carries.get(c);
        if (carry == null) {
            AtomicLongArray fresh = new AtomicLongArray(layout.chunkMask + 1);
            carry = carries.compareAndSet(c, null, fresh) ? fresh : carries.get(c);
        }
        return carry;
    }

    /** Adds everything recorded here to {@code into}; only once no writer can add here any more. */
    void addTo(Aggregate into) {
        for (int c = 0; c < layout.chunkCount; c++) {
            AtomicIntegerArray chunk = chunks.get(c);
            AtomicLongArray carry = carries.get(c);
            if (chunk != null || carry != null) {
                int base = c << layout.chunkShift;
                for (int i = 0; i <= layout.chunkMask; i++) {
                    long n = (chunk == null ? 0 : chunk.get(i)) + (carry == null ? 0 : carry.get(i));
                    if (n != 0) {
                        into.add(base + i, n);
                    }
                }
            }
        }
        into.total = Aggregate.saturatedAdd(into.total, totalSaturated ? Long.MAX_VALUE : total.get());
        into.min = Math.min(into.min, min.get());
        into.max = Math.max(into.max, max.get());
        into.overflow += overflow.get();
        into.rejected += rejected.get();
    }

    /** Retained bytes (object headers included, compressed references assumed). */
    long footprintBytes() {
        long bytes = 16 + 4 * 8 + 2 * (16 + 16 + 4L * layout.chunkCount) + 5 * 24;
        for (int c = 0; c < layout.chunkCount; c++) {
            AtomicIntegerArray chunk = chunks.get(c);
            AtomicLongArray carry = carries.get(c);
            bytes += chunk == null ? 0 : 16 + 16 + 4L * chunk.length();
            bytes += carry == null ? 0 : 16 + 16 + 8L * carry.length();
        }
        return bytes;
    }
}
