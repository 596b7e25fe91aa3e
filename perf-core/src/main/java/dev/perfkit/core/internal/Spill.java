package dev.perfkit.core.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.jctools.queues.atomic.MpmcAtomicArrayQueue;
import org.jctools.queues.atomic.MpscUnboundedAtomicArrayQueue;

/**
 * Where a timer's writers put samples when they cannot fold (both lanes taken): created the first time that happens.
 *
 * <ol>
 *   <li>A writer whose buffer is full swaps it for a spare from {@link #pool} and hands the full one to the wide
 *       lane's holder through {@link #full(int)}, a JCTools MPSC queue: many writers offer, only that holder polls. The pool is a JCTools MPMC queue of spare buffers (writers take, the holder gives back), created on
 *       demand up to a bound. When the pool is empty (the holder is slow to drain, typically because the scheduler
 *       stopped it), the writer allocates a buffer: one allocation per buffer of samples, never a wait, and the holder
 *       drops what the pool has no room for. The queue is unbounded for that reason.</li>
 *   <li>With no stripe to claim, a single sample goes into {@link #ring}: one slot per sample, claimed by one
 *       compare-and-set from {@link #EMPTY}, so a reader sees it whole or not at all. No allocation.</li>
 *   <li>If the ring is full too, or the sample is a coordinated-omission correction (three numbers), the writer pushes
 *       a small {@link Node} on a stack: lock-free, one allocation, taken as a whole by the holder.</li>
 * </ol>
 *
 * <p>The queue, the ring and the stack have one half per phase of the timer, so that a reader takes exactly the
 * samples put before its phase flip and writers can go on handing off while it reads (a writer hands off inside its
 * stripe claim, which the reader waits for; it spills inside a {@code WriterReaderPhaser} critical section, which the
 * reader's flip waits for).
 */
final class Spill {

  /**
   * An empty ring slot. A slot holds {@code v + 1} for a value {@code v >= 0} (values beyond {@code 2^62}, the highest
   * trackable value a timer may have, are stored as {@code 2^62 + 1}: still an overflow) and -1 for a rejected value.
   */
  static final long EMPTY = 0;
  private static final long ABOVE_ANY_RANGE = (1L << 62) + 1;
  /** Ring slots per phase. */
  static final int RING_SLOTS = 32;
  private static final int RING_PROBES = 16;

  final MpmcAtomicArrayQueue<ValueBuffer> pool;
  private final MpscUnboundedAtomicArrayQueue<ValueBuffer> fullEven;
  private final MpscUnboundedAtomicArrayQueue<ValueBuffer> fullOdd;
  private final LongAdder extraBuffers = new LongAdder();
  private final int drainBound;
  private final AtomicLongArray ring = new AtomicLongArray(2 * RING_SLOTS);
  /** Filled ring slots per phase, counted after the slot is filled: never more than there are. */
  private final AtomicIntegerArray ringUsed = new AtomicIntegerArray(2);
  private final AtomicReferenceArray<Node> stacks = new AtomicReferenceArray<>(2);
  private final LongAdder uses = new LongAdder();
  private final int bufferCapacity;
  private final int maxSpares;
  private final AtomicInteger spares = new AtomicInteger();

  /** A sample that found no other place; allocated only when the ring is full. */
  static final class Node {
    final long value;
    final long interval;
    Node next;

    Node(long value, long interval) {
      this.value = value;
      this.interval = interval;
    }
  }

  /**
   * @param maxBuffers the most buffers the timer keeps, installed in stripes or spare
   * @param maxSpares the most spare buffers this spill creates, on demand
   */
  Spill(int maxBuffers, int maxSpares, int bufferCapacity) {
    // the pool holds at most maxSpares: buffers allocated beyond them are dropped once folded, not kept
    this.pool = new MpmcAtomicArrayQueue<>(Math.max(2, Integer.highestOneBit(Math.max(2, maxSpares))));
    this.fullEven = new MpscUnboundedAtomicArrayQueue<>(Math.max(2, maxBuffers));
    this.fullOdd = new MpscUnboundedAtomicArrayQueue<>(Math.max(2, maxBuffers));
    this.drainBound = 4 * Math.max(2, maxBuffers);
    this.maxSpares = maxSpares;
    this.bufferCapacity = bufferCapacity;
  }

  /** The queue of full buffers of {@code phase}, for the wide lane's holder. */
  MpscUnboundedAtomicArrayQueue<ValueBuffer> full(int phase) {
    return phase == 0 ? fullEven : fullOdd;
  }

  /**
   * A spare buffer for a writer whose buffer is full: from the pool, or new (kept while fewer than {@code maxSpares}
   * exist, extra beyond that). Never null.
   */
  ValueBuffer spare() {
    ValueBuffer b = pool.relaxedPoll();
    if (b != null) {
      return b;
    }
    int n = spares.get();
    if (!(n < maxSpares && spares.compareAndSet(n, n + 1))) {
      extraBuffers.increment();
    }
    return new ValueBuffer(bufferCapacity);
  }

  /**
   * Keeps one sample in {@code phase}'s half: in the ring if a slot is free, else on the stack. Never fails, never
   * waits.
   */
  void put(long value, long interval, int hash, int phase) {
    uses.increment();
    if (interval == 0) {
      long v = value < 0 ? -1 : Math.min(value, ABOVE_ANY_RANGE) + 1;
      for (int i = 0; i < RING_PROBES; i++) {
        int slot = phase * RING_SLOTS + ((hash + i) & (RING_SLOTS - 1));
        if (ring.get(slot) == EMPTY && ring.compareAndSet(slot, EMPTY, v)) {
          ringUsed.incrementAndGet(phase);
          return;
        }
      }
    }
    Node node = new Node(value, interval);
    Node head;
    do {
      head = stacks.get(phase);
      node.next = head;
    } while (!stacks.compareAndSet(phase, head, node));
  }

  /** Whether anything waits to be folded. */
  boolean pending() {
    return !fullEven.isEmpty() || !fullOdd.isEmpty() || ringUsed.get(0) > 0 || ringUsed.get(1) > 0 || stacks.get(0) != null
        || stacks.get(1) != null;
  }

  /**
   * Folds the buffers handed off in {@code phase} (then pools them; at most a bounded number if {@code bounded}) and
   * the samples put in {@code phase} into {@code into}; wide lane held.
   */
  void drainInto(Aggregate into, int phase, boolean bounded) {
    ValueBuffer b;
    MpscUnboundedAtomicArrayQueue<ValueBuffer> full = full(phase);
    // a writer drains a bounded number per call, so that it finishes while others keep handing off; a reader drains a
    // phase that no writer adds to any more, so all of it
    for (int i = bounded ? drainBound : Integer.MAX_VALUE; i > 0 && (b = full.poll()) != null; i--) {
      b.foldInto(into);
      b.reset();
      pool.offer(b); // dropped if the pool is full: an extra buffer of a slow drain
    }
    int counted = ringUsed.get(phase);
    if (counted > 0) {
      // a slot filled but not yet counted may be left for the next drain, which pending() asks for
      int taken = 0;
      for (int i = phase * RING_SLOTS; i < (phase + 1) * RING_SLOTS && taken < counted; i++) {
        if (ring.get(i) != EMPTY) {
          long v = ring.getAndSet(i, EMPTY);
          into.record(v < 0 ? v : v - 1);
          taken++;
        }
      }
      ringUsed.addAndGet(phase, -taken);
    }
    for (Node n = stacks.getAndSet(phase, null); n != null; n = n.next) {
      into.record(n.value, n.interval);
    }
  }

  /** How many buffers were allocated beyond the pool's bound, for diagnostics. */
  long extraBuffers() {
    return extraBuffers.sum();
  }

  /** How many samples took this path, for diagnostics and tests. */
  long uses() {
    return uses.sum();
  }

  long footprintBytes() {
    long buffers = (16 + 8L * bufferCapacity + 24) * Math.min(spares.get(), pool.size());
    return 64 + 3 * (256 + 8L * pool.capacity()) + 16 + 16L * RING_SLOTS + 96 + buffers;
  }
}
