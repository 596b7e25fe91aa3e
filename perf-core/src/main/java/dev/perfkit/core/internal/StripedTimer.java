package dev.perfkit.core.internal;

import dev.perfkit.Ticker;
import dev.perfkit.Timer;
import dev.perfkit.TimerConfig;
import dev.perfkit.TimerSnapshot;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The core engine's timer: a small, growable array of single-writer {@link Cell}s, one {@link Spill} of last resort,
 * and reader-side state for interval snapshots.
 *
 * <p>Record path: pick a cell (the only one, or by the thread's {@link Probe}), claim it with one CAS, update it with
 * plain writes, release it. A writer that finds its cell taken by another writer moves to another cell and, up to
 * {@link #maxCells}, adds cells; after a few failed tries it records into the spill. It never waits, never locks and,
 * once its histogram chunks exist, never allocates. Memory is bounded by {@code maxCells} whatever the thread count.
 *
 * <p>Read path (not hot): under a lock that only readers take, claim each cell in turn, sum it, release it.
 */
final class StripedTimer implements Timer {

  private static final VarHandle GROWING;
  private static final VarHandle SPILL;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      GROWING = lookup.findVarHandle(StripedTimer.class, "growing", int.class);
      SPILL = lookup.findVarHandle(StripedTimer.class, "spill", Spill.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final int ATTEMPTS = 3;

  private final TimerConfig config;
  private final Layout layout;
  private final Ticker ticker;
  private final int maxCells;
  private volatile Cell[] cells;
  @SuppressWarnings("unused") // accessed through GROWING
  private volatile int growing;
  private volatile Spill spill;

  private final ReentrantLock readLock = new ReentrantLock();
  private final long createdTick;
  private final IntervalState interval;

  StripedTimer(TimerConfig config, Ticker ticker, int maxCells) {
    this.config = config;
    this.layout = new Layout(config.precisionBits(), config.highestTrackableNanos());
    this.ticker = ticker;
    this.maxCells = maxCells;
    this.cells = new Cell[] {new Cell(layout)};
    this.createdTick = ticker.nanos();
    this.interval = new IntervalState(createdTick);
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public TimerConfig config() {
    return config;
  }

  @Override
  public long tick() {
    return ticker.nanos();
  }

  @Override
  public void recordNanos(long nanos) {
    Cell[] cs = cells;
    Cell c = cs.length == 1 ? cs[0] : cs[Probe.current().hash() & (cs.length - 1)];
    if (c.tryClaim()) {
      c.record(nanos);
      c.release();
    } else {
      recordContended(nanos, 0, c);
    }
  }

  @Override
  public void recordNanos(long nanos, long expectedIntervalNanos) {
    Cell[] cs = cells;
    Cell c = cs.length == 1 ? cs[0] : cs[Probe.current().hash() & (cs.length - 1)];
    if (c.tryClaim()) {
      c.record(nanos, expectedIntervalNanos);
      c.release();
    } else {
      recordContended(nanos, expectedIntervalNanos, c);
    }
  }

  private void recordContended(long nanos, long expectedInterval, Cell failed) {
    Probe probe = Probe.current();
    Cell c = failed;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Cell[] cs = c.heldByWriter() && cells.length < maxCells ? grow() : cells;
      probe.rehash();
      c = cs[probe.hash() & (cs.length - 1)];
      if (c.tryClaim()) {
        c.record(nanos, expectedInterval);
        c.release();
        return;
      }
    }
    spill().record(nanos, expectedInterval);
  }

  /** Doubles the cell array unless another thread is doing so; returns the array to use now. */
  private Cell[] grow() {
    Cell[] cs = cells;
    if (cs.length < maxCells && GROWING.compareAndSet(this, 0, 1)) {
      try {
        if (cells == cs) {
          Cell[] bigger = new Cell[cs.length * 2];
          System.arraycopy(cs, 0, bigger, 0, cs.length);
          for (int i = cs.length; i < bigger.length; i++) {
            bigger[i] = new Cell(layout);
          }
          cells = bigger;
        }
      } catch (OutOfMemoryError e) {
        // stay with the cells we have
      } finally {
        growing = 0;
      }
    }
    return cells;
  }

  private Spill spill() {
    Spill s = spill;
    if (s == null) { // rare: the first time every tried cell was taken
      Spill fresh = new Spill(layout);
      s = SPILL.compareAndSet(this, null, fresh) ? fresh : spill;
    }
    return s;
  }

  @Override
  public TimerSnapshot snapshot() {
    readLock.lock();
    try {
      Sum sum = sumCells(false);
      return interval.cumulative(sum, config.name(), createdTick, ticker.nanos(), layout);
    } finally {
      readLock.unlock();
    }
  }

  @Override
  public TimerSnapshot intervalSnapshot() {
    readLock.lock();
    try {
      Sum sum = sumCells(true);
      return interval.next(sum, config.name(), ticker.nanos(), layout);
    } finally {
      readLock.unlock();
    }
  }

  private Sum sumCells(boolean resetMinMax) {
    Sum sum = new Sum(layout.length());
    for (Cell c : cells) {
      c.claimForRead();
      try {
        c.drainInto(sum.counts, sum.totals, resetMinMax);
      } finally {
        c.release();
      }
    }
    Spill s = spill;
    if (s != null) {
      s.drainInto(sum.counts, sum.totals, resetMinMax);
    }
    return sum;
  }

  /** Bytes this timer retains now (cells, their chunks, spill, interval state); an estimate for footprint reports. */
  long footprintBytes() {
    long bytes = 64;
    for (Cell c : cells) {
      bytes += c.footprintBytes();
    }
    Spill s = spill;
    readLock.lock();
    try {
      return bytes + (s == null ? 0 : s.footprintBytes()) + interval.footprintBytes();
    } finally {
      readLock.unlock();
    }
  }

  int cellCount() {
    return cells.length;
  }

  long spillUses() {
    Spill s = spill;
    return s == null ? 0 : s.used();
  }

  @Override
  public String toString() {
    return "Timer[" + config.name() + "]";
  }

  /** Dense counts and scalars summed over all cells at one read. */
  static final class Sum {
    final long[] counts;
    final Totals totals = new Totals();

    Sum(int length) {
      this.counts = new long[length];
    }
  }
}
