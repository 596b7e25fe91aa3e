package dev.perfkit.core.internal;

/**
 * The bucket layout of a timer's histogram: HdrHistogram's log-linear layout with unit magnitude 0.
 *
 * <p>With {@code k} precision bits, values below {@code 2^(k+1)} have a bucket each; above that, every power of two
 * is split into {@code 2^k} equal buckets, so a bucket is at most {@code value / 2^k} wide. Bucket indexes are dense
 * from 0 to {@link #length()} - 1 and are grouped in chunks of {@code 2^k} (one chunk per power of two, two for the
 * exact range), which cells allocate only when a value first lands in them. Immutable and thread-safe.
 */
final class Layout {

    final int precisionBits;
    final long highestTrackable;
    final int chunkShift;
    final int chunkMask;
    final int chunkCount;
    private final long subBucketMask;
    private final int leadingZeroBase;
    private final long subBucketHalfCount;

    Layout(int precisionBits, long highestTrackable) {
        this.precisionBits = precisionBits;
        this.highestTrackable = highestTrackable;
        this.chunkShift = precisionBits;
        this.chunkMask = (1 << precisionBits) - 1;
        this.subBucketHalfCount = 1L << precisionBits;
        this.subBucketMask = (1L << (precisionBits + 1)) - 1;
        this.leadingZeroBase = 63 - precisionBits;
        this.chunkCount = bucketIndex(highestTrackable) + 2;
    }

    /** The number of bucket indexes. */
    int length() {
        return chunkCount << chunkShift;
    }

    private int bucketIndex(long value) {
        return leadingZeroBase - Long.numberOfLeadingZeros(value | subBucketMask);
    }

    /** The bucket index of a value in {@code [0, highestTrackable]}. */
    int indexOf(long value) {
        int bucket = bucketIndex(value);
        int subBucket = (int) (value >>> bucket);
        return ((bucket + 1) << chunkShift) + subBucket - (int) subBucketHalfCount;
    }

    /** The smallest value that lands in bucket {@code index}. */
    long lowestValueAt(int index) {
        int bucket = (index >> chunkShift) - 1;
        long subBucket = (index & chunkMask) + subBucketHalfCount;
        if (bucket < 0) {
            subBucket -= subBucketHalfCount;
            bucket = 0;
        }
        return subBucket << bucket;
    }

    /** The largest value that lands in bucket {@code index}. */
    long highestValueAt(int index) {
        int bucket = Math.max(0, (index >> chunkShift) - 1);
        return lowestValueAt(index) + (1L << bucket) - 1;
    }

    /** Receives bucket counts from {@link #addSequence}. */
    interface BucketSink {
        void add(int index, long count);
    }

    /**
     * Hands {@code sink} the bucket counts of the values {@code v - i * step} for {@code i = 1..n}, bucket by bucket:
     * O(buckets), whatever {@code n}. Requires {@code v - n * step >= 0}.
     */
    void addSequence(long v, long step, long n, BucketSink sink) {
        int from = indexOf(v - n * step);
        int to = indexOf(v - step);
        for (int index = from; index <= to; index++) {
            long iMin = Math.max(1, -Math.floorDiv(highestValueAt(index) - v, step));
            long iMax = Math.min(n, Math.floorDiv(v - lowestValueAt(index), step));
            if (iMax >= iMin) {
                sink.add(index, iMax - iMin + 1);
            }
        }
    }

    /** The sum of {@code v - i * step} for {@code i = 1..n}, saturated at {@code Long.MAX_VALUE}. */
    static long sequenceSum(long v, long step, long n) {
        try {
            long triangle = (n % 2 == 0) ? Math.multiplyExact(n / 2, n + 1) : Math.multiplyExact(n, (n + 1) / 2);
            return Math.subtractExact(Math.multiplyExact(n, v), Math.multiplyExact(step, triangle));
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    /** How many synthetic samples coordinated-omission correction adds for {@code v} at {@code interval}. */
    static long missedSamples(long v, long interval) {
        return interval <= 0 || v < 2 * interval ? 0 : v / interval - 1;
    }
}
