package dev.perfkit.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One stripe of a timer: a histogram plus exact total, min, max, overflow and rejected counts, written by one thread at
 * a time.
 *
 * <p>Ownership is taken with one compare-and-set on {@link #CLAIM} and given back with a release store; a writer that
 * finds the cell taken never waits, it goes elsewhere (see {@link StripedTimer}). Between the two, the owner updates the
 * fields with plain writes. A reader takes the same claim to see a consistent cell, which is what makes interval
 * snapshots exact without stopping writers.
 *
 * <p>The scalar fields are padded (see {@link CellFields}) so that no two cells, and no neighbouring object, share a
 * cache line; the histogram's chunks are allocated by the owner the first time a value lands in them.
 */
final class Cell extends CellPadAfter implements Layout.BucketSink {

  private static final VarHandle CLAIM;

  static {
    try {
      CLAIM = MethodHandles.lookup().findVarHandle(CellFields.class, "claim", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static final long FREE = 0;
  static final long WRITER = 1;
  static final long READER = 2;

  /** Synthetic values beyond this many are added per bucket rather than one by one. */
  private static final long LOOP_LIMIT = 64;

  private final Layout layout;
  // the layout's numbers, copied so the record path reads them from this object alone
  private final long highest;
  private final long subBucketMask;
  private final int leadingZeroBase;
  private final int shift;
  private final int mask;
  final long[][] chunks;

  Cell(Layout layout) {
    this.layout = layout;
    this.highest = layout.highestTrackable;
    this.shift = layout.chunkShift;
    this.mask = layout.chunkMask;
    this.subBucketMask = (1L << (shift + 1)) - 1;
    this.leadingZeroBase = 63 - shift;
    this.chunks = new long[layout.chunkCount][];
  }

  boolean tryClaim() {
    return CLAIM.compareAndSet(this, FREE, WRITER);
  }

  void release() {
    CLAIM.setRelease(this, FREE);
  }

  /** Whether a writer (rather than a reader) holds the cell right now; a racy hint for growing. */
  boolean heldByWriter() {
    return (long) CLAIM.getOpaque(this) == WRITER;
  }

  /** Takes the claim for reading; spins while a writer finishes its few instructions. */
  void claimForRead() {
    int spins = 0;
    while (!CLAIM.compareAndSet(this, FREE, READER)) {
      if (++spins < 256) {
        Thread.onSpinWait();
      } else {
        Thread.yield();
      }
    }
  }

  /** Records one value; the caller holds the claim. Never throws. */
  void record(long value) {
    if (value < 0) {
      rejected++;
      return;
    }
    long v = value;
    if (v > highest) {
      overflow++;
      v = highest;
    }
    // Layout.indexOf, inlined: the chunk is the power of two (two chunks share the exact range below 2^(shift+1)),
    // the slot is the precision bits below the leading one
    int bucket = leadingZeroBase - Long.numberOfLeadingZeros(v | subBucketMask);
    int chunkIndex = bucket + (int) (v >>> (bucket + shift));
    long[] chunk = chunks[chunkIndex];
    if (chunk == null) {
      chunk = newChunk(chunkIndex);
      if (chunk == null) {
        rejected++;
        return;
      }
    }
    chunk[(int) (v >>> bucket) & mask]++;
    long t = total + v;
    total = t < 0 ? Long.MAX_VALUE : t;
    if (v < min) {
      min = v;
    }
    if (v > max) {
      max = v;
    }
  }

  /**
   * Records {@code value} and the samples a stalled caller missed: {@code value - i * interval} for {@code i >= 1}
   * while at least {@code interval}. The caller holds the claim. Never throws.
   */
  void record(long value, long interval) {
    record(value);
    long v = Math.min(value, layout.highestTrackable);
    long n = Layout.missedSamples(v, interval);
    if (n == 0) {
      return;
    }
    if (n <= LOOP_LIMIT) {
      for (long missing = v - interval; missing >= interval; missing -= interval) {
        record(missing);
      }
      return;
    }
    layout.addSequence(v, interval, n, this);
    total = Totals.saturatedAdd(total, Layout.sequenceSum(v, interval, n));
    min = Math.min(min, v - n * interval);
  }

  @Override
  public void add(int index, long count) {
    long[] chunk = chunks[index >>> layout.chunkShift];
    if (chunk == null && (chunk = newChunk(index >>> layout.chunkShift)) == null) {
      rejected += count;
      return;
    }
    chunk[index & layout.chunkMask] += count;
  }

  private long[] newChunk(int chunkIndex) {
    try {
      long[] chunk = new long[layout.chunkMask + 1];
      chunks[chunkIndex] = chunk;
      return chunk;
    } catch (OutOfMemoryError e) {
      return null;
    }
  }

  /**
   * Adds this cell's counts into {@code acc} and its scalars into {@code into}, then (for interval reads) resets its
   * min and max. The caller holds the claim for reading.
   */
  void drainInto(long[] acc, Totals into, boolean resetMinMax) {
    for (int c = 0; c < chunks.length; c++) {
      long[] chunk = chunks[c];
      if (chunk != null) {
        int base = c << layout.chunkShift;
        for (int i = 0; i < chunk.length; i++) {
          acc[base + i] += chunk[i];
        }
      }
    }
    into.add(total, min, max, overflow, rejected);
    if (resetMinMax) {
      min = Long.MAX_VALUE;
      max = Long.MIN_VALUE;
    }
  }

  /** Retained bytes of this cell's arrays (object headers included, compressed references assumed). */
  long footprintBytes() {
    long bytes = 16 + 8L * (16 + 6 + 16) + 48 + 16 + 4L * chunks.length;
    for (long[] chunk : chunks) {
      if (chunk != null) {
        bytes += 16 + 8L * chunk.length;
      }
    }
    return bytes + 24;
  }
}
