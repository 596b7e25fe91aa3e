package dev.perfkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable view of what a timer recorded over an interval: count, total, min, max, mean, any percentile, and how
 * many values were clamped (overflow) or rejected (negative).
 *
 * <p>Count, total, min and max are exact. Percentiles come from the timer's histogram: the reported value is the
 * highest value of the histogram bucket that holds the true percentile, capped to [{@link #minNanos()},
 * {@link #maxNanos()}], so it is never below the true value and exceeds it by at most the timer's relative precision
 * ({@code 2^-precisionBits}). Thread-safe; all values in nanoseconds. A snapshot carries its timer's name and
 * {@link #tags()}.
 */
public final class TimerSnapshot {

    private final String name;
    private final Tags tags;
    private final long count;
    private final long totalNanos;
    private final long minNanos;
    private final long maxNanos;
    private final long overflowCount;
    private final long rejectedCount;
    private final long startTick;
    private final long endTick;
    private final int precisionBits;
    private final long[] bucketValues;
    private final long[] bucketCounts;

    private TimerSnapshot(
            String name,
            Tags tags,
            long totalNanos,
            long minNanos,
            long maxNanos,
            long overflowCount,
            long rejectedCount,
            long startTick,
            long endTick,
            int precisionBits,
            long[] bucketValues,
            long[] bucketCounts) {
        long n = 0;
        for (long c : bucketCounts) {
            n += c;
        }
        this.name = name;
        this.tags = tags;
        this.count = n;
        this.totalNanos = totalNanos;
        this.minNanos = n == 0 ? 0 : minNanos;
        this.maxNanos = n == 0 ? 0 : maxNanos;
        this.overflowCount = overflowCount;
        this.rejectedCount = rejectedCount;
        this.startTick = startTick;
        this.endTick = endTick;
        this.precisionBits = precisionBits;
        this.bucketValues = bucketValues;
        this.bucketCounts = bucketCounts;
    }

    /**
     * Creates a snapshot from a histogram given as buckets. The arrays are copied; the snapshot has no tags.
     *
     * @param name the timer's name; not null
     * @param totalNanos the exact sum of the values, in nanoseconds
     * @param minNanos the exact smallest value, in nanoseconds; ignored when there are no buckets
     * @param maxNanos the exact largest value, in nanoseconds; ignored when there are no buckets
     * @param overflowCount how many values were clamped to the highest trackable value
     * @param rejectedCount how many negative values were rejected
     * @param startTick the ticker reading at which the covered interval starts
     * @param endTick the ticker reading at which the covered interval ends
     * @param precisionBits the histogram precision, in bits
     * @param bucketValues the highest value each bucket holds, strictly ascending
     * @param bucketCounts how many values each bucket holds, each positive; the count is their sum
     * @return the snapshot
     * @throws IllegalArgumentException if the arrays differ in length, values do not ascend or a count is not positive
     */
    public static TimerSnapshot of(
            String name,
            long totalNanos,
            long minNanos,
            long maxNanos,
            long overflowCount,
            long rejectedCount,
            long startTick,
            long endTick,
            int precisionBits,
            long[] bucketValues,
            long[] bucketCounts) {
        Objects.requireNonNull(name, "name");
        if (bucketValues.length != bucketCounts.length) {
            throw new IllegalArgumentException("bucketValues and bucketCounts differ in length: " + bucketValues.length
                    + " vs " + bucketCounts.length);
        }
        for (int i = 0; i < bucketValues.length; i++) {
            if (bucketCounts[i] <= 0) {
                throw new IllegalArgumentException("bucketCounts[" + i + "] must be positive, got " + bucketCounts[i]);
            }
            if (i > 0 && bucketValues[i] <= bucketValues[i - 1]) {
                throw new IllegalArgumentException("bucketValues must ascend strictly, but [" + i + "] = "
                        + bucketValues[i] + " follows " + bucketValues[i - 1]);
            }
        }
        return new TimerSnapshot(
                name,
                Tags.empty(),
                totalNanos,
                minNanos,
                maxNanos,
                overflowCount,
                rejectedCount,
                startTick,
                endTick,
                precisionBits,
                bucketValues.clone(),
                bucketCounts.clone());
    }

    /**
     * Returns a builder that assembles a snapshot bucket by bucket without copying: when exactly
     * {@code bucketCapacity} buckets are added, {@link Builder#build()} hands the builder's arrays to the snapshot.
     *
     * @param name the timer's name; not null
     * @param precisionBits the histogram precision, in bits
     * @param bucketCapacity how many buckets to make room for; more may be added, at the cost of a copy
     * @return a new builder
     * @throws IllegalArgumentException if {@code bucketCapacity} is negative
     */
    public static Builder builder(String name, int precisionBits, int bucketCapacity) {
        return new Builder(Objects.requireNonNull(name, "name"), precisionBits, bucketCapacity);
    }

    /**
     * Returns a snapshot with nothing recorded and no tags.
     *
     * @param name the timer's name; not null
     * @param startTick the ticker reading at which the covered interval starts
     * @param endTick the ticker reading at which the covered interval ends
     * @param precisionBits the histogram precision, in bits
     * @return the empty snapshot
     */
    public static TimerSnapshot empty(String name, long startTick, long endTick, int precisionBits) {
        return new TimerSnapshot(
                Objects.requireNonNull(name, "name"),
                Tags.empty(),
                0,
                0,
                0,
                0,
                0,
                startTick,
                endTick,
                precisionBits,
                new long[0],
                new long[0]);
    }

    /** {@return the timer's name} */
    public String name() {
        return name;
    }

    /**
     * The timer's tags; empty for a timer without tags.
     *
     * @return the timer's tags; empty for a timer without tags
     */
    public Tags tags() {
        return tags;
    }

    /** {@return the number of values recorded, clamped ones included, rejected ones not} */
    public long count() {
        return count;
    }

    /** {@return true when no value was recorded} */
    public boolean isEmpty() {
        return count == 0;
    }

    /**
     * The exact sum of all recorded values (clamped values count as the highest trackable value); saturates at
     * {@code Long.MAX_VALUE}.
     *
     * @return the sum of all recorded values, in nanoseconds
     */
    public long totalNanos() {
        return totalNanos;
    }

    /** {@return the smallest recorded value, exact; 0 when empty} */
    public long minNanos() {
        return minNanos;
    }

    /** {@return the largest recorded value, exact (after clamping); 0 when empty} */
    public long maxNanos() {
        return maxNanos;
    }

    /** {@return the exact mean, {@code totalNanos / count}; 0 when empty} */
    public double meanNanos() {
        return count == 0 ? 0 : (double) totalNanos / count;
    }

    /**
     * {@return how many values exceeded the highest trackable value and were clamped to it, plus the
     * coordinated-omission corrections left out because their synthetic samples would have overflowed the total}
     */
    public long overflowCount() {
        return overflowCount;
    }

    /** {@return how many negative values were rejected (not recorded)} */
    public long rejectedCount() {
        return rejectedCount;
    }

    /** {@return the ticker reading at which the covered interval starts} */
    public long startTick() {
        return startTick;
    }

    /** {@return the ticker reading at which the covered interval ends} */
    public long endTick() {
        return endTick;
    }

    /** {@return the length of the covered interval; zero if the end tick is not after the start tick} */
    public Duration interval() {
        return Duration.ofNanos(Math.max(0, endTick - startTick));
    }

    /** {@return recorded values per second over the covered interval; 0 when the interval is empty} */
    public double ratePerSecond() {
        long nanos = endTick - startTick;
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }

    /**
     * The histogram precision in bits: percentiles are within a relative error of {@code 2^-precisionBits}.
     *
     * @return the precision, in bits
     */
    public int precisionBits() {
        return precisionBits;
    }

    /**
     * Returns the value at the given percentile (0 to 100): the smallest bucket value {@code v} such that at least
     * {@code percentile}% of the recorded values are {@code <= v}; 0 for an empty snapshot. Percentile 0 gives the
     * minimum and 100 the maximum, both exact.
     *
     * @param percentile the percentile, from 0 to 100
     * @return the value at that percentile, in nanoseconds
     * @throws IllegalArgumentException if {@code percentile} is not within [0, 100]
     */
    public long valueAtPercentile(double percentile) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be within [0, 100], got " + percentile);
        }
        if (count == 0) {
            return 0;
        }
        long rank = rankOf(percentile, count);
        long seen = 0;
        for (int i = 0; i < bucketCounts.length; i++) {
            seen += bucketCounts[i];
            if (seen >= rank) {
                return Math.max(minNanos, Math.min(maxNanos, bucketValues[i]));
            }
        }
        return maxNanos;
    }

    /**
     * The 1-based rank a percentile selects among {@code count} sorted values: {@code ceil(percentile / 100 * count)},
     * at least 1. Floating-point noise below {@code 1e-9} is ignored, so 7 % of 100 values is rank 7, not 8.
     *
     * @param percentile the percentile, from 0 to 100
     * @param count how many values there are
     * @return the rank; at least 1, and at most {@code count} when {@code count} is positive
     */
    public static long rankOf(double percentile, long count) {
        double exact = percentile / 100.0 * count;
        long rank = (long) Math.ceil(exact - 1e-9 * Math.max(1.0, exact));
        return Math.max(1, Math.min(count, rank));
    }

    /** {@return the number of non-empty histogram buckets} */
    public int bucketCount() {
        return bucketValues.length;
    }

    /**
     * The highest value held by the {@code i}-th non-empty bucket, ascending in {@code i}.
     *
     * @param i the bucket's index, from 0 to {@link #bucketCount()} - 1
     * @return the bucket's highest value, in nanoseconds
     */
    public long bucketValue(int i) {
        return bucketValues[i];
    }

    /**
     * The number of values in the {@code i}-th non-empty bucket.
     *
     * @param i the bucket's index, from 0 to {@link #bucketCount()} - 1
     * @return how many values the bucket holds; positive
     */
    public long bucketCountAt(int i) {
        return bucketCounts[i];
    }

    /**
     * Hands this snapshot to {@code sink}: {@link SnapshotSink#begin} with the scalars, then every bucket.
     *
     * @param sink the sink to write to
     */
    public void writeTo(SnapshotSink sink) {
        sink.begin(
                name,
                precisionBits,
                startTick,
                endTick,
                count,
                totalNanos,
                minNanos,
                maxNanos,
                overflowCount,
                rejectedCount);
        for (int i = 0; i < bucketValues.length; i++) {
            sink.bucket(bucketValues[i], bucketCounts[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimerSnapshot s
                && name.equals(s.name)
                && tags.equals(s.tags)
                && count == s.count
                && totalNanos == s.totalNanos
                && minNanos == s.minNanos
                && maxNanos == s.maxNanos
                && overflowCount == s.overflowCount
                && rejectedCount == s.rejectedCount
                && startTick == s.startTick
                && endTick == s.endTick
                && precisionBits == s.precisionBits
                && Arrays.equals(bucketValues, s.bucketValues)
                && Arrays.equals(bucketCounts, s.bucketCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                name, tags, count, totalNanos, minNanos, maxNanos, startTick, endTick, Arrays.hashCode(bucketCounts));
    }

    @Override
    public String toString() {
        String id = tags.isEmpty() ? name : name + " " + tags;
        if (count == 0) {
            return id + ": no samples";
        }
        return id + ": count=" + count + " mean=" + Units.formatNanos(Math.round(meanNanos()))
                + " p50=" + Units.formatNanos(valueAtPercentile(50)) + " p99="
                + Units.formatNanos(valueAtPercentile(99))
                + " max=" + Units.formatNanos(maxNanos)
                + (overflowCount > 0 ? " overflow=" + overflowCount : "")
                + (rejectedCount > 0 ? " rejected=" + rejectedCount : "");
    }

    /**
     * Assembles a {@link TimerSnapshot} from scalars and ascending buckets, validating each bucket as it comes. Not
     * thread-safe; one builder builds one snapshot.
     */
    public static final class Builder {
        private final String name;
        private Tags tags = Tags.empty();
        private final int precisionBits;
        private long[] values;
        private long[] counts;
        private int size;
        private long totalNanos;
        private long minNanos;
        private long maxNanos;
        private long overflowCount;
        private long rejectedCount;
        private long startTick;
        private long endTick;

        private Builder(String name, int precisionBits, int bucketCapacity) {
            if (bucketCapacity < 0) {
                throw new IllegalArgumentException("bucketCapacity must not be negative, got " + bucketCapacity);
            }
            this.name = name;
            this.precisionBits = precisionBits;
            this.values = new long[bucketCapacity];
            this.counts = new long[bucketCapacity];
        }

        /**
         * Sets the timer's tags; empty unless set.
         *
         * @param tags the timer's tags
         * @return this builder
         */
        public Builder tags(Tags tags) {
            this.tags = Objects.requireNonNull(tags, "tags");
            return this;
        }

        /**
         * Sets the exact sum of the values.
         *
         * @param totalNanos the sum, in nanoseconds
         * @return this builder
         */
        public Builder totalNanos(long totalNanos) {
            this.totalNanos = totalNanos;
            return this;
        }

        /**
         * Sets the exact smallest and largest values (ignored when no bucket is added).
         *
         * @param minNanos the smallest value, in nanoseconds
         * @param maxNanos the largest value, in nanoseconds
         * @return this builder
         */
        public Builder minMaxNanos(long minNanos, long maxNanos) {
            this.minNanos = minNanos;
            this.maxNanos = maxNanos;
            return this;
        }

        /**
         * Sets how many values were clamped and how many were rejected.
         *
         * @param overflowCount how many values were clamped to the highest trackable value
         * @param rejectedCount how many negative values were rejected
         * @return this builder
         */
        public Builder overflowAndRejected(long overflowCount, long rejectedCount) {
            this.overflowCount = overflowCount;
            this.rejectedCount = rejectedCount;
            return this;
        }

        /**
         * Sets the ticker readings at which the covered interval starts and ends.
         *
         * @param startTick the reading at the start
         * @param endTick the reading at the end
         * @return this builder
         */
        public Builder ticks(long startTick, long endTick) {
            this.startTick = startTick;
            this.endTick = endTick;
            return this;
        }

        /**
         * Adds the next bucket; grows the arrays if the capacity given to the builder is exceeded.
         *
         * @param highestValue the highest value the bucket holds, in nanoseconds; above the previous bucket's
         * @param count how many values the bucket holds; positive
         * @return this builder
         * @throws IllegalArgumentException if {@code count} is not positive or {@code highestValue} does not ascend
         */
        public Builder bucket(long highestValue, long count) {
            if (count <= 0) {
                throw new IllegalArgumentException(
                        "bucket counts must be positive, got " + count + " at " + highestValue);
            }
            if (size > 0 && highestValue <= values[size - 1]) {
                throw new IllegalArgumentException(
                        "bucket values must ascend strictly, but " + highestValue + " follows " + values[size - 1]);
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(8, size * 2));
                counts = Arrays.copyOf(counts, values.length);
            }
            values[size] = highestValue;
            counts[size++] = count;
            return this;
        }

        /** {@return the snapshot; the builder must not be used afterwards} */
        public TimerSnapshot build() {
            long[] v = values;
            long[] c = counts;
            if (size != v.length) {
                v = Arrays.copyOf(v, size);
                c = Arrays.copyOf(c, size);
            }
            values = null;
            counts = null;
            return new TimerSnapshot(
                    name,
                    tags,
                    totalNanos,
                    minNanos,
                    maxNanos,
                    overflowCount,
                    rejectedCount,
                    startTick,
                    endTick,
                    precisionBits,
                    v,
                    c);
        }
    }
}
