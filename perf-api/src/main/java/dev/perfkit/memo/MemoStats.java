package dev.perfkit.memo;

/**
 * An immutable snapshot of a memo's statistics. Counts are never negative; {@link #plus} and {@link #minus} combine
 * snapshots (for example, the difference between two points in time), saturating at 0 and {@code Long.MAX_VALUE}.
 *
 * <p>Definitions, per call of {@code apply} or {@code get} (recursive calls through {@code self} included):
 * <ul>
 *   <li>a <em>hit</em> is answered by a cached result (a cached {@code null} or exception included);</li>
 *   <li>a <em>miss</em> found none, so it computed the result or waited for another thread computing it;</li>
 *   <li>a <em>load</em> is one completed computation: a success, or a failure (an exception);</li>
 *   <li>an <em>eviction</em> is a result removed because of the size bound or expiry (not by {@code invalidate}).</li>
 * </ul>
 *
 * <p>Recursion deeper than {@link Memo#INLINE_DEPTH} restarts abandoned computations (see {@link RecursiveFunction}).
 * A restart is not a new request: a key whose computation was abandoned and run again counts one miss and one load.
 * The restarted computation does ask again for the keys it had asked for; those calls find their results cached and
 * count as hits, so each restart adds exactly one hit (the key the restart computed first). Memoized
 * {@code fib(90)} on a fresh memo counts 91 loads, 91 misses and 89 hits (88 without the restart).
 */
public final class MemoStats {

    private static final MemoStats EMPTY = new MemoStats(0, 0, 0, 0, 0, 0);

    private final long hitCount;
    private final long missCount;
    private final long loadSuccessCount;
    private final long loadFailureCount;
    private final long totalLoadTimeNanos;
    private final long evictionCount;

    private MemoStats(
            long hitCount,
            long missCount,
            long loadSuccessCount,
            long loadFailureCount,
            long totalLoadTimeNanos,
            long evictionCount) {
        this.hitCount = hitCount;
        this.missCount = missCount;
        this.loadSuccessCount = loadSuccessCount;
        this.loadFailureCount = loadFailureCount;
        this.totalLoadTimeNanos = totalLoadTimeNanos;
        this.evictionCount = evictionCount;
    }

    /**
     * Returns statistics with the given counts.
     *
     * @param hitCount calls answered by a cached result
     * @param missCount calls that found no cached result
     * @param loadSuccessCount computations that returned a result
     * @param loadFailureCount computations that threw
     * @param totalLoadTimeNanos the total time spent computing, in nanoseconds
     * @param evictionCount results removed by the size bound or by expiry
     * @return the statistics
     * @throws IllegalArgumentException if any count is negative
     */
    public static MemoStats of(
            long hitCount,
            long missCount,
            long loadSuccessCount,
            long loadFailureCount,
            long totalLoadTimeNanos,
            long evictionCount) {
        if ((hitCount | missCount | loadSuccessCount | loadFailureCount | totalLoadTimeNanos | evictionCount) < 0) {
            throw new IllegalArgumentException("memo statistics must not be negative: hits=" + hitCount + " misses="
                    + missCount + " loadSuccesses=" + loadSuccessCount + " loadFailures=" + loadFailureCount
                    + " totalLoadTimeNanos=" + totalLoadTimeNanos + " evictions=" + evictionCount);
        }
        return new MemoStats(
                hitCount, missCount, loadSuccessCount, loadFailureCount, totalLoadTimeNanos, evictionCount);
    }

    /** {@return statistics with every count 0} */
    public static MemoStats empty() {
        return EMPTY;
    }

    /** {@return the number of calls answered by a cached result} */
    public long hitCount() {
        return hitCount;
    }

    /** {@return the number of calls that found no cached result} */
    public long missCount() {
        return missCount;
    }

    /** {@return the number of requests: hits plus misses} */
    public long requestCount() {
        return saturatedAdd(hitCount, missCount);
    }

    /** {@return hits divided by requests; 1.0 when there were no requests} */
    public double hitRate() {
        long requests = requestCount();
        return requests == 0 ? 1.0 : (double) hitCount / requests;
    }

    /** {@return misses divided by requests; 0.0 when there were no requests} */
    public double missRate() {
        long requests = requestCount();
        return requests == 0 ? 0.0 : (double) missCount / requests;
    }

    /** {@return the number of computations that returned a result ({@code null} included)} */
    public long loadSuccessCount() {
        return loadSuccessCount;
    }

    /** {@return the number of computations that threw} */
    public long loadFailureCount() {
        return loadFailureCount;
    }

    /** {@return the number of computations: successful plus failed} */
    public long loadCount() {
        return saturatedAdd(loadSuccessCount, loadFailureCount);
    }

    /** {@return the total time spent computing, in nanoseconds of the memo's ticker, failures included} */
    public long totalLoadTimeNanos() {
        return totalLoadTimeNanos;
    }

    /** {@return the mean time of one computation in nanoseconds; 0 when nothing was computed} */
    public double averageLoadPenaltyNanos() {
        long loads = loadCount();
        return loads == 0 ? 0.0 : (double) totalLoadTimeNanos / loads;
    }

    /** {@return the number of results removed by the size bound or by expiry} */
    public long evictionCount() {
        return evictionCount;
    }

    /**
     * Returns the sum of these statistics and {@code other}, each count saturating at {@code Long.MAX_VALUE}.
     *
     * @param other the statistics to add
     * @return the sum
     */
    public MemoStats plus(MemoStats other) {
        return new MemoStats(
                saturatedAdd(hitCount, other.hitCount),
                saturatedAdd(missCount, other.missCount),
                saturatedAdd(loadSuccessCount, other.loadSuccessCount),
                saturatedAdd(loadFailureCount, other.loadFailureCount),
                saturatedAdd(totalLoadTimeNanos, other.totalLoadTimeNanos),
                saturatedAdd(evictionCount, other.evictionCount));
    }

    /**
     * Returns these statistics minus {@code other}, each count at least 0.
     *
     * @param other the statistics to subtract, usually an earlier reading of the same memo
     * @return the difference
     */
    public MemoStats minus(MemoStats other) {
        return new MemoStats(
                Math.max(0, hitCount - other.hitCount),
                Math.max(0, missCount - other.missCount),
                Math.max(0, loadSuccessCount - other.loadSuccessCount),
                Math.max(0, loadFailureCount - other.loadFailureCount),
                Math.max(0, totalLoadTimeNanos - other.totalLoadTimeNanos),
                Math.max(0, evictionCount - other.evictionCount));
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemoStats s
                && hitCount == s.hitCount
                && missCount == s.missCount
                && loadSuccessCount == s.loadSuccessCount
                && loadFailureCount == s.loadFailureCount
                && totalLoadTimeNanos == s.totalLoadTimeNanos
                && evictionCount == s.evictionCount;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                hitCount, missCount, loadSuccessCount, loadFailureCount, totalLoadTimeNanos, evictionCount);
    }

    @Override
    public String toString() {
        return "MemoStats[hits=" + hitCount + ", misses=" + missCount + ", loadSuccesses=" + loadSuccessCount
                + ", loadFailures=" + loadFailureCount + ", totalLoadTimeNanos=" + totalLoadTimeNanos
                + ", evictions=" + evictionCount + "]";
    }
}
