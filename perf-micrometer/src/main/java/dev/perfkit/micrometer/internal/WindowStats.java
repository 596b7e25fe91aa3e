package dev.perfkit.micrometer.internal;

/**
 * What a perfkit timer shows in Micrometer after one refresh: cumulative count and total, and the max and percentiles
 * of the window between the last two refreshes. Immutable; all durations in nanoseconds.
 *
 * <p>A class rather than a record: a record's accessor would hand out the percentile array itself.
 */
public final class WindowStats {

    private final long count;
    private final long totalNanos;
    private final long maxNanos;
    private final long[] percentileNanos;

    /**
     * Stats of one window; takes ownership of {@code percentileNanos}.
     *
     * @param count values recorded since the timer was created
     * @param totalNanos their exact sum
     * @param maxNanos the largest value of the window: exact when it is the largest since creation, otherwise the upper
     *     bound of its histogram bucket (within the timer's precision); 0 for an empty window
     * @param percentileNanos the window's values at the configured percentiles, in the configured order; 0 when empty
     */
    WindowStats(long count, long totalNanos, long maxNanos, long[] percentileNanos) {
        this.count = count;
        this.totalNanos = totalNanos;
        this.maxNanos = maxNanos;
        this.percentileNanos = percentileNanos;
    }

    /**
     * Stats with nothing recorded, for {@code percentiles} percentiles.
     *
     * @param percentiles how many percentiles are configured
     * @return stats with nothing recorded
     */
    public static WindowStats empty(int percentiles) {
        return new WindowStats(0, 0, 0, new long[percentiles]);
    }

    /**
     * The value at the {@code i}-th configured percentile.
     *
     * @param i the index of the percentile, in the configured order
     * @return the value at the {@code i}-th configured percentile
     */
    public long percentileNanos(int i) {
        return percentileNanos[i];
    }

    /**
     * Values recorded since the timer was created.
     *
     * @return the cumulative count
     */
    public long count() {
        return count;
    }

    /**
     * The exact sum of the values recorded since the timer was created.
     *
     * @return the cumulative total, in nanoseconds
     */
    public long totalNanos() {
        return totalNanos;
    }

    /**
     * The largest value of the window: exact when it is the largest since creation, otherwise the upper bound of its
     * histogram bucket; 0 for an empty window.
     *
     * @return the window's max, in nanoseconds
     */
    public long maxNanos() {
        return maxNanos;
    }

    /**
     * The window's values at every configured percentile, in the configured order; a copy.
     *
     * @return the values, in nanoseconds
     */
    public long[] percentileNanos() {
        return percentileNanos.clone();
    }
}
