package dev.perfkit.core.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The last resort of a writer that found every cell it tried taken: atomic counters that any number of threads may
 * update at once. Lossless and non-blocking, slower than a cell, and created only the first time it is needed.
 *
 * <p>A reader sees each field exactly once per sample, but not all of one sample's fields at the same instant: a
 * sample recorded while an interval snapshot is taken may have its count in one interval and its total in the next.
 * Cells, which carry almost every sample, have no such skew.
 */
final class Spill {

  private final Layout layout;
  private final AtomicLongArray counts;
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong min = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong max = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong overflow = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong used = new AtomicLong();

  Spill(Layout layout) {
    this.layout = layout;
    this.counts = new AtomicLongArray(layout.length());
  }

  void record(long value) {
    used.incrementAndGet();
    if (value < 0) {
      rejected.incrementAndGet();
      return;
    }
    long v = value;
    if (v > layout.highestTrackable) {
      overflow.incrementAndGet();
      v = layout.highestTrackable;
    }
    counts.incrementAndGet(layout.indexOf(v));
    total.accumulateAndGet(v, Totals::saturatedAdd);
    min.accumulateAndGet(v, Math::min);
    max.accumulateAndGet(v, Math::max);
  }

  /** Records one value with coordinated-omission correction (see {@link Cell#record(long, long)}). */
  void record(long value, long interval) {
    record(value);
    long v = Math.min(value, layout.highestTrackable);
    long n = Layout.missedSamples(v, interval);
    if (n > 0) {
      layout.addSequence(v, interval, n, counts::addAndGet);
      total.accumulateAndGet(Layout.sequenceSum(v, interval, n), Totals::saturatedAdd);
      min.accumulateAndGet(v - n * interval, Math::min);
    }
  }

  /** How many record calls took this path, for diagnostics and tests. */
  long used() {
    return used.get();
  }

  void drainInto(long[] acc, Totals into, boolean resetMinMax) {
    for (int i = 0; i < acc.length; i++) {
      acc[i] += counts.get(i);
    }
    long mn = resetMinMax ? min.getAndSet(Long.MAX_VALUE) : min.get();
    long mx = resetMinMax ? max.getAndSet(Long.MIN_VALUE) : max.get();
    into.add(total.get(), mn, mx, overflow.get(), rejected.get());
  }

  long footprintBytes() {
    return 16 + 8L * layout.length() + 7 * 24 + 48;
  }
}
