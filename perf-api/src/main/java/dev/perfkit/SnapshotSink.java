package dev.perfkit;

/**
 * Receives one timer snapshot as plain numbers, so that a reporter can read intervals into storage it recycles
 * instead of allocating a {@link TimerSnapshot} per read (see {@link Timer#intervalSnapshot(SnapshotSink)}).
 *
 * <p>A source calls {@link #begin} once, then {@link #bucket} once per non-empty histogram bucket in ascending order
 * of value. The numbers mean what the {@link TimerSnapshot} accessors of the same names mean; all values are in
 * nanoseconds. Implementations need not be thread-safe: one read calls one sink from one thread.
 */
public interface SnapshotSink {

  /**
   * Starts a snapshot. {@code count} is the sum of the bucket counts that follow; min and max are 0 when it is 0.
   *
   * @param precisionBits the histogram precision: bucket values are within {@code 2^-precisionBits} of the values
   *     they stand for
   */
  void begin(String name, int precisionBits, long startTick, long endTick, long count, long totalNanos,
      long minNanos, long maxNanos, long overflowCount, long rejectedCount);

  /** One non-empty bucket: the highest value it holds and how many values it holds (positive). */
  void bucket(long highestValue, long count);
}
