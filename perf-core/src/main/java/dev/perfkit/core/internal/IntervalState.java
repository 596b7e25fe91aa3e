package dev.perfkit.core.internal;

import dev.perfkit.TimerSnapshot;

/**
 * What a timer remembers between interval snapshots: the cumulative counts and scalars at the last interval read
 * (kept sparse: only non-empty buckets), the min and max of all earlier intervals, and when the current interval began.
 * Reader-side only; the timer's read lock guards it.
 */
final class IntervalState {

  private long start;
  private int[] lastIndexes = new int[0];
  private long[] lastCounts = new long[0];
  private long lastTotal;
  private long lastOverflow;
  private long lastRejected;
  private long earlierMin = Long.MAX_VALUE;
  private long earlierMax = Long.MIN_VALUE;

  IntervalState(long start) {
    this.start = start;
  }

  /** The cumulative snapshot: every cell's counts, and min/max over earlier intervals and the current one. */
  TimerSnapshot cumulative(StripedTimer.Sum sum, String name, long createdTick, long now, Layout layout) {
    Totals t = sum.totals;
    return build(name, sum.counts, t.total, Math.min(t.min, earlierMin), Math.max(t.max, earlierMax), t.overflow,
        t.rejected, createdTick, now, layout);
  }

  /** The interval snapshot: the difference from the previous interval read, which it then replaces. */
  TimerSnapshot next(StripedTimer.Sum sum, String name, long now, Layout layout) {
    long[] counts = sum.counts;
    Totals t = sum.totals;
    for (int i = 0; i < lastIndexes.length; i++) {
      counts[lastIndexes[i]] -= lastCounts[i];
    }
    TimerSnapshot snapshot = build(name, counts, t.total == Long.MAX_VALUE ? Long.MAX_VALUE : t.total - lastTotal,
        t.min, t.max, t.overflow - lastOverflow, t.rejected - lastRejected, start, now, layout);
    for (int i = 0; i < lastIndexes.length; i++) {
      counts[lastIndexes[i]] += lastCounts[i];
    }
    remember(counts);
    lastTotal = t.total;
    lastOverflow = t.overflow;
    lastRejected = t.rejected;
    earlierMin = Math.min(earlierMin, t.min);
    earlierMax = Math.max(earlierMax, t.max);
    start = now;
    return snapshot;
  }

  private void remember(long[] cumulative) {
    int n = 0;
    for (long c : cumulative) {
      if (c != 0) {
        n++;
      }
    }
    int[] indexes = new int[n];
    long[] counts = new long[n];
    for (int i = 0, j = 0; i < cumulative.length; i++) {
      if (cumulative[i] != 0) {
        indexes[j] = i;
        counts[j++] = cumulative[i];
      }
    }
    lastIndexes = indexes;
    lastCounts = counts;
  }

  private static TimerSnapshot build(String name, long[] dense, long total, long min, long max, long overflow,
      long rejected, long startTick, long endTick, Layout layout) {
    int n = 0;
    for (long c : dense) {
      if (c != 0) {
        n++;
      }
    }
    long[] values = new long[n];
    long[] counts = new long[n];
    for (int i = 0, j = 0; i < dense.length; i++) {
      if (dense[i] != 0) {
        values[j] = layout.highestValueAt(i);
        counts[j++] = dense[i];
      }
    }
    return TimerSnapshot.of(name, total, min, max, overflow, rejected, startTick, endTick, layout.precisionBits, values,
        counts);
  }

  long footprintBytes() {
    return 80 + 16 + 4L * lastIndexes.length + 16 + 8L * lastCounts.length;
  }
}
