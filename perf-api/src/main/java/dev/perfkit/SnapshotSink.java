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
     * @param name the timer's name
     * @param startTick the ticker reading at which the covered interval starts
     * @param endTick the ticker reading at which it ends
     * @param count the number of values recorded, clamped ones included, rejected ones not
     * @param totalNanos the exact sum of the recorded values, saturating at {@code Long.MAX_VALUE}
     * @param minNanos the smallest recorded value; 0 when {@code count} is 0
     * @param maxNanos the largest recorded value (after clamping); 0 when {@code count} is 0
     * @param overflowCount how many values exceeded the highest trackable value and were clamped to it
     * @param rejectedCount how many negative values were rejected (not recorded)
     * @param precisionBits the histogram precision: bucket values are within {@code 2^-precisionBits} of the values
     *     they stand for
     */
    void begin(
            String name,
            int precisionBits,
            long startTick,
            long endTick,
            long count,
            long totalNanos,
            long minNanos,
            long maxNanos,
            long overflowCount,
            long rejectedCount);

    /**
     * One non-empty bucket: the highest value it holds and how many values it holds (positive).
     *
     * @param highestValue the highest value the bucket holds, in nanoseconds
     * @param count how many values the bucket holds, positive
     */
    void bucket(long highestValue, long count);
}
