package dev.perfkit.micrometer.internal;

/**
 * What a perfkit timer shows in Micrometer after one refresh: cumulative count and total, and the max and percentiles
 * of the window between the last two refreshes. Immutable; all durations in nanoseconds.
 *
 * @param count values recorded since the timer was created
 * @param totalNanos their exact sum
 * @param maxNanos the largest value of the window: exact when it is the largest since creation, otherwise the upper
 *     bound of its histogram bucket (within the timer's precision); 0 for an empty window
 * @param percentileNanos the window's values at the configured percentiles, in the configured order; 0 when empty
 */
public record WindowStats(long count, long totalNanos, long maxNanos, long[] percentileNanos) {

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
}
