package dev.perfkit.core.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import org.jctools.queues.atomic.MpmcAtomicArrayQueue;
import org.jctools.queues.atomic.MpscAtomicArrayQueue;

/**
 * Where a timer's writers put samples when the fold lock is taken: created the first time that happens.
 *
 * <ol>
 *   <li>A writer whose buffer is full swaps it for a spare from {@link #pool} and hands the full one to the fold
 *       lock's holder through {@link #full}, a JCTools MPSC queue: many writers offer, only the fold lock's holder
 *       polls. The pool is a JCTools MPMC queue of spare buffers (writers take, the holder and growing stripes give).
 *       Both are bounded and sized to hold every buffer the timer owns, so an offer never fails.</li>
 *   <li>With no spare, or no stripe to claim, a single sample goes into {@link #ring}: one slot per sample, claimed by
 *       one compare-and-set from {@link #EMPTY}, so a reader sees it whole or not at all. No allocation.</li>
 *   <li>If the ring is full too, or the sample is a coordinated-omission correction (three numbers), the writer pushes
 *       a small {@link Node} on {@link #stack}: lock-free, one allocation, taken as a whole by the holder.</li>
 * </ol>
 */
final class Spill {

  /** An empty ring slot; rejected values are stored as -1, so no sample takes this value. */
  static final long EMPTY = Long.MIN_VALUE;
  static final int RING_SLOTS = 64;
  private static final int RING_PROBES = 16;

  final MpmcAtomicArrayQueue<ValueBuffer> pool;
  final MpscAtomicArrayQueue<ValueBuffer> full;
  private final AtomicLongArray ring = new AtomicLongArray(RING_SLOTS);
  private final AtomicInteger ringUsed = new AtomicInteger();
  private final AtomicReference<Node> stack = new AtomicReference<>();
  private final AtomicLong uses = new AtomicLong();
  private final int bufferCapacity;

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
   * @param maxBuffers the most buffers the timer will own (installed ones and spares)
   * @param spares the spare buffers to start with
   */
  Spill(int maxBuffers, int spares, int bufferCapacity) {
    this.pool = new MpmcAtomicArrayQueue<>(Math.max(2, maxBuffers));
    this.full = new MpscAtomicArrayQueue<>(Math.max(2, maxBuffers));
    this.bufferCapacity = bufferCapacity;
    for (int i = 0; i < RING_SLOTS; i++) {
      ring.set(i, EMPTY);
    }
    addSpares(spares);
  }

  /** Adds {@code n} fresh spare buffers to the pool. */
  void addSpares(int n) {
    for (int i = 0; i < n; i++) {
      pool.offer(new ValueBuffer(bufferCapacity));
    }
  }

  /** Keeps one sample here: in the ring if a slot is free, else on the stack. Never fails, never waits. */
  void put(long value, long interval, int hash) {
    uses.incrementAndGet();
    if (interval == 0) {
      long v = value < 0 ? -1 : value;
      for (int i = 0; i < RING_PROBES; i++) {
        int slot = (hash + i) & (RING_SLOTS - 1);
        if (ring.get(slot) == EMPTY && ring.compareAndSet(slot, EMPTY, v)) {
          ringUsed.incrementAndGet();
          return;
        }
      }
    }
    Node node = new Node(value, interval);
    Node head;
    do {
      head = stack.get();
      node.next = head;
    } while (!stack.compareAndSet(head, node));
  }

  /** Whether anything waits to be folded. */
  boolean pending() {
    return !full.isEmpty() || ringUsed.get() > 0 || stack.get() != null;
  }

  /** Folds every handed-off buffer (then pools it), ring slot and stack node into {@code into}; fold lock held. */
  void drainInto(Aggregate into) {
    ValueBuffer b;
    while ((b = full.poll()) != null) {
      b.foldInto(into);
      b.reset();
      pool.offer(b);
    }
    if (ringUsed.get() > 0) {
      int taken = 0;
      for (int i = 0; i < RING_SLOTS; i++) {
        if (ring.get(i) != EMPTY) {
          into.record(ring.getAndSet(i, EMPTY));
          taken++;
        }
      }
      ringUsed.addAndGet(-taken);
    }
    for (Node n = stack.getAndSet(null); n != null; n = n.next) {
      into.record(n.value, n.interval);
    }
  }

  /** How many samples took this path, for diagnostics and tests. */
  long uses() {
    return uses.get();
  }

  long footprintBytes() {
    long buffers = (16 + 8L * bufferCapacity + 24) * pool.size();
    return 64 + 2 * (256 + 8L * pool.capacity()) + 16 + 8L * RING_SLOTS + 64 + buffers;
  }
}
