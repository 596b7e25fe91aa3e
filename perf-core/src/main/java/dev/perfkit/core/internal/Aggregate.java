package dev.perfkit.core.internal;

import dev.perfkit.SnapshotSink;
import dev.perfkit.Tags;
import dev.perfkit.TimerSnapshot;

/**
 * Padding before an {@link Aggregate}'s fields: folds on different cores write different aggregates' scalars, which
 * must not share a cache line with each other or with fields that writers read on every record.
 */
abstract class AggregatePadBefore {
  long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The scalars of an {@link Aggregate}. */
abstract class AggregateFields extends AggregatePadBefore {
  long total;
  long min = Long.MAX_VALUE;
  long max = Long.MIN_VALUE;
  long overflow;
  long rejected;
  /** Values added (synthetic ones included) since the last {@link Aggregate#clear()}. */
  long samples;
}

/** Padding after the scalars. */
abstract class AggregatePadAfter extends AggregateFields {
  long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}

/**
 * A histogram in HdrHistogram's layout plus exact total, min, max, overflow and rejected counts: what a timer has
 * folded so far. Not thread-safe: only the holder of its {@link Lane}'s lock (or a reader holding every lane) touches
 * it (see {@link StripedTimer}).
 *
 * <p>The counts live in chunks of {@code 2^precisionBits} counters, one per power of two, allocated the first time a
 * value lands in them, so memory follows the range of values seen rather than the configured range. A wide aggregate
 * counts in {@code long}s. A {@linkplain #narrow narrow} one counts in {@code int}s (half the memory) and takes at most
 * its limit ({@link #NARROW_LIMIT} by default) of values between clears: it is the second lane of a contended timer,
 * emptied into the wide one by every read, and its callers check {@link #narrowRoom()} before they fold into it.
 */
final class Aggregate extends AggregatePadAfter implements FoldTarget {

  /** The most values a narrow aggregate holds between clears: no int counter can overflow. */
  static final long NARROW_LIMIT = Integer.MAX_VALUE;

  /** Synthetic values beyond this many are added per bucket rather than one by one. */
  private static final long LOOP_LIMIT = 64;

  private final Layout layout;
  /** Wide counts; empty (length 0) in a narrow aggregate. */
  private final long[][] chunks;
  /** Narrow counts; null in a wide aggregate. */
  private final int[][] narrowChunks;
  private final long narrowLimit;

  /** A wide aggregate: {@code long} counts, no limit. */
  Aggregate(Layout layout) {
    this.layout = layout;
    this.chunks = new long[layout.chunkCount][];
    this.narrowChunks = null;
    this.narrowLimit = Long.MAX_VALUE;
  }

  /** A narrow aggregate: {@code int} counts, at most {@code limit} (at most {@link #NARROW_LIMIT}) values. */
  Aggregate(Layout layout, long limit) {
    if (limit < 0 || limit > NARROW_LIMIT) {
      throw new IllegalArgumentException("narrow limit " + limit);
    }
    this.layout = layout;
    this.chunks = new long[0][];
    this.narrowChunks = new int[layout.chunkCount][];
    this.narrowLimit = limit;
  }

  boolean narrow() {
    return narrowChunks != null;
  }

  /** How many more values this aggregate takes before it must be cleared: unlimited if wide. */
  long narrowRoom() {
    return narrowChunks == null ? Long.MAX_VALUE : narrowLimit - samples;
  }

  @Override
  public void record(long value) {
    if (value < 0) {
      rejected++;
      return;
    }
    long v = value;
    if (v > layout.highestTrackable) {
      overflow++;
      v = layout.highestTrackable;
    }
    add(layout.indexOf(v), 1);
    total = saturatedAdd(total, v);
    if (v < min) {
      min = v;
    }
    if (v > max) {
      max = v;
    }
  }

  /**
   * Records {@code value} and the samples a stalled caller missed: {@code value - i * interval} for {@code i >= 1}
   * while at least {@code interval}, as one step.
   */
  @Override
  public void record(long value, long interval) {
    recordCorrected(this, layout, value, interval);
  }

  /**
   * Records {@code value} into {@code into} and the samples a stalled caller missed: {@code value - i * interval} for
   * {@code i >= 1} while at least {@code interval}, one by one if few, else per bucket.
   */
  static void recordCorrected(FoldTarget into, Layout layout, long value, long interval) {
    into.record(value);
    if (value < 0) {
      return;
    }
    long v = Math.min(value, layout.highestTrackable);
    long n = Layout.missedSamples(v, interval);
    if (n == 0) {
      return;
    }
    if (n <= LOOP_LIMIT) {
      for (long missing = v - interval; missing >= interval; missing -= interval) {
        into.record(missing);
      }
      return;
    }
    layout.addSequence(v, interval, n, into);
    into.addRun(Layout.sequenceSum(v, interval, n), v - n * interval);
  }

  @Override
  public void addRun(long sum, long lowest) {
    total = saturatedAdd(total, sum);
    min = Math.min(min, lowest);
  }

  @Override
  public void add(int index, long count) {
    samples += count;
    int c = index >>> layout.chunkShift;
    if (narrowChunks != null) {
      addNarrow(c, index & layout.chunkMask, count);
      return;
    }
    long[] chunk = chunks[c];
    if (chunk == null) {
      chunk = new long[layout.chunkMask + 1];
      chunks[c] = chunk;
    }
    chunk[index & layout.chunkMask] += count;
  }

  /** Adds {@code count} (which fits: see {@link #narrowRoom()}) to a narrow aggregate's counter. */
  private void addNarrow(int c, int i, long count) {
    int[] chunk = narrowChunks[c];
    if (chunk == null) {
      chunk = new int[layout.chunkMask + 1];
      narrowChunks[c] = chunk;
    }
    chunk[i] += (int) count;
  }

  /** Adds everything in {@code other} (wide or narrow) to this aggregate. */
  void addAll(Aggregate other) {
    for (int c = 0; c < layout.chunkCount; c++) {
      int base = c << layout.chunkShift;
      if (other.narrowChunks != null) {
        int[] from = other.narrowChunks[c];
        if (from != null) {
          for (int i = 0; i < from.length; i++) {
            if (from[i] != 0) {
              add(base + i, from[i]);
            }
          }
        }
      } else {
        long[] from = other.chunks[c];
        if (from != null) {
          for (int i = 0; i < from.length; i++) {
            if (from[i] != 0) {
              add(base + i, from[i]);
            }
          }
        }
      }
    }
    total = saturatedAdd(total, other.total);
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
    overflow += other.overflow;
    rejected += other.rejected;
  }

  /** Forgets every value; keeps the chunks for the next interval. */
  void clear() {
    for (long[] chunk : chunks) {
      if (chunk != null) {
        java.util.Arrays.fill(chunk, 0);
      }
    }
    if (narrowChunks != null) {
      for (int[] chunk : narrowChunks) {
        if (chunk != null) {
          java.util.Arrays.fill(chunk, 0);
        }
      }
    }
    samples = 0;
    total = 0;
    min = Long.MAX_VALUE;
    max = Long.MIN_VALUE;
    overflow = 0;
    rejected = 0;
  }

  private long count(int index) {
    long[] chunk = chunks[index >>> layout.chunkShift];
    return chunk == null ? 0 : chunk[index & layout.chunkMask];
  }

  /** The count in bucket {@code index} of {@code a} and {@code b} together; {@code b} may be null. */
  private static long count(Aggregate a, Aggregate b, int index) {
    return b == null ? a.count(index) : a.count(index) + b.count(index);
  }

  /** How many buckets are non-empty in {@code a} and {@code b} together. */
  private static int nonEmpty(Aggregate a, Aggregate b) {
    int n = 0;
    for (int c = 0; c < a.chunks.length; c++) {
      if (a.chunks[c] == null && (b == null || b.chunks[c] == null)) {
        continue;
      }
      int base = c << a.layout.chunkShift;
      for (int i = 0; i <= a.layout.chunkMask; i++) {
        if (count(a, b, base + i) != 0) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Builds the snapshot of the wide aggregates {@code a} and {@code b} together ({@code b} may be null) with one copy: the result's arrays
   * are sized exactly and filled straight from the chunks.
   */
  static TimerSnapshot snapshot(String name, Tags tags, Aggregate a, Aggregate b, long startTick, long endTick) {
    Layout layout = a.layout;
    TimerSnapshot.Builder out = TimerSnapshot.builder(name, layout.precisionBits, nonEmpty(a, b))
        .tags(tags).ticks(startTick, endTick);
    long total = a.total;
    long mn = a.min;
    long mx = a.max;
    long overflow = a.overflow;
    long rejected = a.rejected;
    if (b != null) {
      total = saturatedAdd(total, b.total);
      mn = Math.min(mn, b.min);
      mx = Math.max(mx, b.max);
      overflow += b.overflow;
      rejected += b.rejected;
    }
    out.totalNanos(total).minMaxNanos(mn, mx).overflowAndRejected(overflow, rejected);
    for (int c = 0; c < a.chunks.length; c++) {
      if (a.chunks[c] == null && (b == null || b.chunks[c] == null)) {
        continue;
      }
      int base = c << layout.chunkShift;
      for (int i = 0; i <= layout.chunkMask; i++) {
        long n = count(a, b, base + i);
        if (n != 0) {
          out.bucket(layout.highestValueAt(base + i), n);
        }
      }
    }
    return out.build();
  }

  /** Hands this (wide) aggregate to {@code sink} without allocating. */
  void writeTo(SnapshotSink sink, String name, long startTick, long endTick) {
    long count = 0;
    for (long[] chunk : chunks) {
      if (chunk != null) {
        for (long n : chunk) {
          count += n;
        }
      }
    }
    sink.begin(name, layout.precisionBits, startTick, endTick, count, total, count == 0 ? 0 : min,
        count == 0 ? 0 : max, overflow, rejected);
    for (int c = 0; c < chunks.length; c++) {
      long[] chunk = chunks[c];
      if (chunk != null) {
        int base = c << layout.chunkShift;
        for (int i = 0; i < chunk.length; i++) {
          if (chunk[i] != 0) {
            sink.bucket(layout.highestValueAt(base + i), chunk[i]);
          }
        }
      }
    }
  }

  /** Retained bytes of this aggregate (object headers included, compressed references assumed). */
  long footprintBytes() {
    long bytes = 16 + 8 * 16 + 6 * 8 + 8 * 16 + 16 + 16 + 4L * layout.chunkCount;
    for (long[] chunk : chunks) {
      if (chunk != null) {
        bytes += 16 + 8L * chunk.length;
      }
    }
    if (narrowChunks != null) {
      for (int[] chunk : narrowChunks) {
        if (chunk != null) {
          bytes += 16 + 4L * chunk.length;
        }
      }
    }
    return bytes;
  }

  static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
