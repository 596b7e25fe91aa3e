package dev.perfkit.core.internal;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 *       a small {@link Node} on a stack: lock-free, one allocation, taken as a whole by the holder.</li>
 * </ol>
 *
 * <p>The ring and the stack have one half per phase of the timer, so that a reader takes exactly the samples put
 * before its phase flip (writers put samples here inside a {@code WriterReaderPhaser} critical section, which the
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
  final MpscAtomicArrayQueue<ValueBuffer> full;
  private final AtomicLongArray ring = new AtomicLongArray(2 * RING_SLOTS);
  /** Filled ring slots per phase, counted after the slot is filled: never more than there are. */
  private final AtomicIntegerArray ringUsed = new AtomicIntegerArray(2);
  private final AtomicReferenceArray<Node> stacks = new AtomicReferenceArray<>(2);
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
    addSpares(spares);
  }

  /** Adds {@code n} fresh spare buffers to the pool. */
  void addSpares(int n) {
    for (int i = 0; i < n; i++) {
      pool.offer(new ValueBuffer(bufferCapacity));
    }
  }

  /**
   * Keeps one sample in {@code phase}'s half: in the ring if a slot is free, else on the stack. Never fails, never
   * waits.
   */
  void put(long value, long interval, int hash, int phase) {
    uses.incrementAndGet();
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
    return !full.isEmpty() || ringUsed.get(0) > 0 || ringUsed.get(1) > 0 || stacks.get(0) != null
        || stacks.get(1) != null;
  }

  /**
   * Folds every handed-off buffer (then pools it) and the samples put in {@code phase} into {@code into}; fold lock
   * held.
   */
  void drainInto(Aggregate into, int phase) {
    ValueBuffer b;
    while ((b = full.poll()) != null) {
      b.foldInto(into);
      b.reset();
      pool.offer(b);
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

  /** How many samples took this path, for diagnostics and tests. */
  long uses() {
    return uses.get();
  }

  long footprintBytes() {
    long buffers = (16 + 8L * bufferCapacity + 24) * pool.size();
    return 64 + 2 * (256 + 8L * pool.capacity()) + 16 + 16L * RING_SLOTS + 96 + buffers;
  }
}
