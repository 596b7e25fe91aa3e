package dev.perfkit.core.internal;

/** The scalar part of a snapshot while it is being summed over cells; reader-side only, not thread-safe. */
final class Totals {
  long total;
  long min = Long.MAX_VALUE;
  long max = Long.MIN_VALUE;
  long overflow;
  long rejected;

  void add(long cellTotal, long cellMin, long cellMax, long cellOverflow, long cellRejected) {
    total = saturatedAdd(total, cellTotal);
    min = Math.min(min, cellMin);
    max = Math.max(max, cellMax);
    overflow += cellOverflow;
    rejected += cellRejected;
  }

  static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
