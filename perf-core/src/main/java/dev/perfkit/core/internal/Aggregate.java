package dev.perfkit.core.internal;

import dev.perfkit.SnapshotSink;
import dev.perfkit.Tags;
import dev.perfkit.TimerSnapshot;

/**
 * Padding before an {@link Aggregate}'s fields: folds on different cores write different aggregates' scalars, which
 * must not share a cache line with each other or with fields that writers read on every record.
 */
abstract class AggregatePadBefore {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The scalars of an {@link Aggregate}. */
abstract class AggregateFields extends AggregatePadBefore {
    long total;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    long overflow;
    long rejected;
    /** Values added (synthetic ones included) since the last {@link Aggregate#clear()}. */
    long samples;
}

/** Padding after the scalars. */
abstract class AggregatePadAfter extends AggregateFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}

/**
 * A histogram in HdrHistogram's layout plus exact total, min, max, overflow and rejected counts: what a timer has
 * folded so far. Not thread-safe: only the holder of its {@link Lane}'s lock (or a reader holding every lane) touches
 * it (see {@link StripedTimer}).
 *
 * <p>The counts live in chunks of {@code 2^precisionBits} counters, one per power of two, allocated the first time a
 * value lands in them, so memory follows the range of values seen rather than the configured range. Counts are
 * {@code int}s. Two kinds:
 * <ul>
 *   <li>unlimited ({@link #Aggregate(Layout)}): a count that reaches {@link ConcurrentAggregate#CARRY} moves into a
 *       {@code long} carry chunk made then, so it costs the memory of {@code long} counts only for the powers of two
 *       that hold a billion values: a timer's first lane and its earlier intervals;</li>
 *   <li>{@linkplain #narrow narrow}: no carry, at most its limit ({@link #NARROW_LIMIT} by default) of values between
 *       clears: the second lane of a contended timer, emptied into the first by every read; its callers check
 *       {@link #narrowRoom()} before they fold into it.</li>
 * </ul>
 */
final class Aggregate extends AggregatePadAfter implements FoldTarget {

    /** The most values a narrow aggregate holds between clears: no int counter can overflow. */
    static final long NARROW_LIMIT = Integer.MAX_VALUE;

    /** Synthetic values beyond this many are added per bucket rather than one by one. */
    private static final long LOOP_LIMIT = 64;

    private final Layout layout;
    private final int[][] chunks;
    private final long narrowLimit;
    /**
     * The {@code long} part of counts that reached {@link ConcurrentAggregate#CARRY} (a chunk made the first time one
     * of its counts does); null in a narrow aggregate.
     */
    private final long[][] carries;

    /** An unlimited aggregate: {@code int} counts with a {@code long} carry. */
    Aggregate(Layout layout) {
        this(layout, Long.MAX_VALUE, true);
    }

    /** A narrow aggregate: at most {@code limit} (at most {@link #NARROW_LIMIT}) values, no carry. */
    Aggregate(Layout layout, long limit) {
        this(layout, checkedLimit(limit), false);
    }

    private static long checkedLimit(long limit) {
        if (limit < 0 || limit > NARROW_LIMIT) {
            throw new IllegalArgumentException("narrow limit " + limit);
        }
        return limit;
    }

    private Aggregate(Layout layout, long limit, boolean carry) {
        this.layout = layout;
        this.chunks = new int[layout.chunkCount][];
        this.narrowLimit = limit;
        this.carries = carry ? new long[layout.chunkCount][] : null;
    }

    /** Whether this aggregate has a limit: the narrow lane's (int counts, no carry). */
    boolean narrow() {
        return narrowLimit != Long.MAX_VALUE;
    }

    /** How many more values this aggregate takes before it must be cleared: unlimited if not narrow. */
    long narrowRoom() {
        return narrowLimit == Long.MAX_VALUE ? Long.MAX_VALUE : narrowLimit - samples;
    }

    @Override
    public void record(long value) {
        if (value < 0) {
            rejected++;
            return;
        }
        long v = value;
        if (v > layout.highestTrackable) {
            overflow++;
            v = layout.highestTrackable;
        }
        add(layout.indexOf(v), 1);
        total = saturatedAdd(total, v);
        if (v < min) {
            min = v;
        }
        if (v > max) {
            max = v;
        }
    }

    /**
     * Records {@code value} and the samples a stalled caller missed: {@code value - i * interval} for {@code i >= 1}
     * while at least {@code interval}, as one step.
     */
    @Override
    public void record(long value, long interval) {
        recordCorrected(this, layout, value, interval);
    }

    /**
     * Records {@code value} into {@code into} and the samples a stalled caller missed: {@code value - i * interval} for
     * {@code i >= 1} while at least {@code interval}, one by one if few, else per bucket. Clamps instead of
     * inventing samples, and counts the clamp as overflow: a value above the highest trackable value is clamped and
     * gets no synthetic samples (its true size is unknown, and the clamped one would invent them), and a correction
     * whose synthetic samples would sum beyond {@code Long.MAX_VALUE} adds none, so one record never saturates the
     * total.
     */
    static void recordCorrected(FoldTarget into, Layout layout, long value, long interval) {
        into.record(value);
        if (value < 0 || value > layout.highestTrackable) {
            return;
        }
        long v = value;
        long n = Layout.missedSamples(v, interval);
        if (n == 0) {
            return;
        }
        if (n <= LOOP_LIMIT) {
            for (long missing = v - interval; missing >= interval; missing -= interval) {
                into.record(missing);
            }
            return;
        }
        long sum = Layout.sequenceSum(v, interval, n);
        if (sum == Long.MAX_VALUE) {
            into.countOverflow();
            return;
        }
        layout.addSequence(v, interval, n, into);
        into.addRun(sum, v - n * interval);
    }

    @Override
    public void countOverflow() {
        overflow++;
    }

    @Override
    public void addRun(long sum, long lowest) {
        total = saturatedAdd(total, sum);
        min = Math.min(min, lowest);
    }

    /** Adds {@code count} to bucket {@code index} (in a narrow aggregate it fits: see {@link #narrowRoom()}). */
    @Override
    public void add(int index, long count) {
        samples += count;
        int c = index >>> layout.chunkShift;
        int i = index & layout.chunkMask;
        int[] chunk = chunks[c];
        if (chunk == null) {
            chunk = new int[layout.chunkMask + 1];
            chunks[c] = chunk;
        }
        if (carries != null && chunk[i] + count >= ConcurrentAggregate.CARRY) {
            long[] carry = carries[c];
            if (carry == null) {
                carry = new long[layout.chunkMask + 1];
                carries[c] = carry;
            }
            carry[i] += chunk[i] + count;
            chunk[i] = 0;
            return;
        }
        chunk[i] += (int) count;
    }

    /** Adds everything in {@code other} to this aggregate. */
    void addAll(Aggregate other) {
        for (int c = 0; c < layout.chunkCount; c++) {
            if (other.hasChunk(c)) {
                int base = c << layout.chunkShift;
                for (int i = 0; i <= layout.chunkMask; i++) {
                    long n = other.count(base + i);
                    if (n != 0) {
                        add(base + i, n);
                    }
                }
            }
        }
        total = saturatedAdd(total, other.total);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        overflow += other.overflow;
        rejected += other.rejected;
    }

    /** Forgets every value; keeps the chunks for the next interval. */
    void clear() {
        for (int[] chunk : chunks) {
            if (chunk != null) {
                java.util.Arrays.fill(chunk, 0);
            }
        }
        if (carries != null) {
            for (long[] carry : carries) {
                if (carry != null) {
                    java.util.Arrays.fill(carry, 0);
                }
            }
        }
        samples = 0;
        total = 0;
        min = Long.MAX_VALUE;
        max = Long.MIN_VALUE;
        overflow = 0;
        rejected = 0;
    }

    private long count(int index) {
        int c = index >>> layout.chunkShift;
        int i = index & layout.chunkMask;
        int[] chunk = chunks[c];
        long n = chunk == null ? 0 : chunk[i];
        return carries == null || carries[c] == null ? n : n + carries[c][i];
    }

    /** Whether chunk {@code c} has counters (counts or carry). */
    private boolean hasChunk(int c) {
        return chunks[c] != null || (carries != null && carries[c] != null);
    }

    /** The count in bucket {@code index} of {@code a} and {@code b} together; {@code b} may be null. */
    private static long count(Aggregate a, Aggregate b, int index) {
        return b == null ? a.count(index) : a.count(index) + b.count(index);
    }

    /** How many buckets are non-empty in {@code a} and {@code b} together. */
    private static int nonEmpty(Aggregate a, Aggregate b) {
        int n = 0;
        for (int c = 0; c < a.layout.chunkCount; c++) {
            if (!a.hasChunk(c) && (b == null || !b.hasChunk(c))) {
                continue;
            }
            int base = c << a.layout.chunkShift;
            for (int i = 0; i <= a.layout.chunkMask; i++) {
                if (count(a, b, base + i) != 0) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Builds the snapshot of the aggregates {@code a} and {@code b} ({@code b} may be null) together with one copy:
     * the result's arrays are sized exactly and filled straight from the chunks.
     */
    static TimerSnapshot snapshot(String name, Tags tags, Aggregate a, Aggregate b, long startTick, long endTick) {
        Layout layout = a.layout;
        TimerSnapshot.Builder out = TimerSnapshot.builder(name, layout.precisionBits, nonEmpty(a, b))
                .tags(tags)
                .ticks(startTick, endTick);
        long total = a.total;
        long mn = a.min;
        long mx = a.max;
        long overflow = a.overflow;
        long rejected = a.rejected;
        if (b != null) {
            total = saturatedAdd(total, b.total);
            mn = Math.min(mn, b.min);
            mx = Math.max(mx, b.max);
            overflow += b.overflow;
            rejected += b.rejected;
        }
        out.totalNanos(total).minMaxNanos(mn, mx).overflowAndRejected(overflow, rejected);
        for (int c = 0; c < a.layout.chunkCount; c++) {
            if (!a.hasChunk(c) && (b == null || !b.hasChunk(c))) {
                continue;
            }
            int base = c << layout.chunkShift;
            for (int i = 0; i <= layout.chunkMask; i++) {
                long n = count(a, b, base + i);
                if (n != 0) {
                    out.bucket(layout.highestValueAt(base + i), n);
                }
            }
        }
        return out.build();
    }

    /** Hands this aggregate to {@code sink} without allocating. */
    void writeTo(SnapshotSink sink, String name, long startTick, long endTick) {
        long count = 0;
        for (int c = 0; c < layout.chunkCount; c++) {
            if (hasChunk(c)) {
                int base = c << layout.chunkShift;
                for (int i = 0; i <= layout.chunkMask; i++) {
                    count += count(base + i);
                }
            }
        }
        sink.begin(
                name,
                layout.precisionBits,
                startTick,
                endTick,
                count,
                total,
                count == 0 ? 0 : min,
                count == 0 ? 0 : max,
                overflow,
                rejected);
        for (int c = 0; c < layout.chunkCount; c++) {
            if (hasChunk(c)) {
                int base = c << layout.chunkShift;
                for (int i = 0; i <= layout.chunkMask; i++) {
                    long n = count(base + i);
                    if (n != 0) {
                        sink.bucket(layout.highestValueAt(base + i), n);
                    }
                }
            }
        }
    }

    /** Retained bytes of this aggregate (object headers included, compressed references assumed). */
    long footprintBytes() {
        long bytes = 16 + 8 * 16 + 6 * 8 + 8 * 16 + 16 + 16 + 4L * layout.chunkCount;
        for (int[] chunk : chunks) {
            if (chunk != null) {
                bytes += 16 + 4L * chunk.length;
            }
        }
        if (carries != null) {
            bytes += 16 + 4L * layout.chunkCount;
            for (long[] carry : carries) {
                if (carry != null) {
                    bytes += 16 + 8L * carry.length;
                }
            }
        }
        return bytes;
    }

    static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }
}
