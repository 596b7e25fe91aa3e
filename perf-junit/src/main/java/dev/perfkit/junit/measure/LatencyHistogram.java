package dev.perfkit.junit.measure;

import dev.perfkit.TimerSnapshot;
import java.util.Arrays;

/**
 * A single-writer log-linear histogram of latencies, allocated whole when created so that recording into it never
 * allocates: the harness records inside the region whose allocation it meters, and a histogram that grew there would
 * charge its own memory to the measured code. Values below {@code 2^(bits+1)} are exact; above, each bucket spans
 * {@code 2^-bits} of its value; values above {@link #MAX_NANOS} are clamped and counted as overflow. Not thread-safe:
 * one writer, read after it has finished (or by the writer itself).
 */
public final class LatencyHistogram {

    /** The precision every measurement records latencies at: 2^-8, about 0.4 %. */
    public static final int PRECISION_BITS = 8;

    /** The largest value kept: about 73 minutes. */
    static final long MAX_NANOS = (1L << 42) - 1;

    private final int bits;
    private final long[] counts;
    private long count;
    private long total;
    private long min = Long.MAX_VALUE;
    private long max;
    private long overflow;

    /** An empty histogram with a relative precision of {@code 2^-bits} (1 to 16 bits). */
    public LatencyHistogram(int bits) {
        this.bits = bits;
        this.counts = new long[index(MAX_NANOS) + 1];
    }

    /** Records one value; negative values count as 0, values above {@link #MAX_NANOS} as that, counted as overflow. */
    public void record(long nanos) {
        long v = Math.max(0, nanos);
        if (v > MAX_NANOS) {
            v = MAX_NANOS;
            overflow++;
        }
        counts[index(v)]++;
        count++;
        total += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
    }

    private int index(long v) {
        if (v < 2L << bits) {
            return (int) v;
        }
        int shift = 63 - Long.numberOfLeadingZeros(v) - bits;
        return (2 << bits) + ((shift - 1) << bits) + (int) ((v >>> shift) - (1L << bits));
    }

    /** The highest value bucket {@code i} holds. */
    private long highest(int i) {
        if (i < 2 << bits) {
            return i;
        }
        int shift = ((i - (2 << bits)) >>> bits) + 1;
        long sub = (1L << bits) + ((i - (2 << bits)) & ((1 << bits) - 1));
        return ((sub + 1) << shift) - 1;
    }

    /** How many values were recorded. */
    public long count() {
        return count;
    }

    /** The nearest-rank percentile's bucket value (never below the true value); 0 when empty. */
    public long valueAtPercentile(double percentile) {
        if (count == 0) {
            return 0;
        }
        long rank = TimerSnapshot.rankOf(percentile, count);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(highest(i), max);
            }
        }
        return max;
    }

    /** Adds every value of {@code other}, which must have the same precision. */
    public void add(LatencyHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        count += other.count;
        total += other.total;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        overflow += other.overflow;
    }

    /** Empties the histogram without allocating. */
    public void reset() {
        Arrays.fill(counts, 0);
        count = 0;
        total = 0;
        min = Long.MAX_VALUE;
        max = 0;
        overflow = 0;
    }

    /** The histogram as an immutable snapshot covering {@code startTick} to {@code endTick}. */
    public TimerSnapshot snapshot(String name, long startTick, long endTick) {
        int n = 0;
        for (long c : counts) {
            n += c > 0 ? 1 : 0;
        }
        long[] values = new long[n];
        long[] cs = new long[n];
        int j = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                values[j] = Math.min(highest(i), max);
                cs[j++] = counts[i];
            }
        }
        return TimerSnapshot.of(
                name, total, count == 0 ? 0 : min, max, overflow, 0, startTick, endTick, bits, values, cs);
    }
}
