package dev.perfkit.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Padding before a {@link Stripe}'s fields: 128 bytes, so that no other object's fields share their cache line (or
 * the adjacent line a prefetcher pairs with it). HotSpot lays out superclass fields first.
 */
abstract class StripePadBefore {
  long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The claim and the installed buffer of a {@link Stripe}. */
abstract class StripeFields extends StripePadBefore {
  /** {@link Stripe#FREE}, {@link Stripe#HELD} or {@link Stripe#CLOSED}; accessed through a VarHandle. */
  volatile int claim;
  /** The buffer writers of this stripe append to; replaced only by the claim holder. */
  volatile ValueBuffer buffer;
}

/** Padding after the fields. */
abstract class StripePadAfter extends StripeFields {
  long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}

/**
 * One slot of a timer's record path: a claim that makes one thread at a time the writer of the installed
 * {@link ValueBuffer}. Taken with one compare-and-set, given back with a release store; a writer that finds it taken
 * goes elsewhere and never waits. Readers never take it: they read the buffer's published slots.
 */
final class Stripe extends StripePadAfter {

  private static final VarHandle CLAIM;
  private static final VarHandle BUFFER;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      CLAIM = lookup.findVarHandle(StripeFields.class, "claim", int.class);
      BUFFER = lookup.findVarHandle(StripeFields.class, "buffer", ValueBuffer.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static final int FREE = 0;
  static final int HELD = 1;
  /** Taken for good: the timer's registry is closed, writers find every stripe taken. */
  static final int CLOSED = 2;

  Stripe(ValueBuffer buffer) {
    BUFFER.setRelease(this, buffer);
  }

  boolean tryClaim() {
    return CLAIM.compareAndSet(this, FREE, HELD);
  }

  void release() {
    CLAIM.setRelease(this, FREE);
  }

  /** Whether a writer holds the stripe right now; a racy hint for growing. */
  boolean held() {
    return (int) CLAIM.getOpaque(this) == HELD;
  }

  /** The buffer as its claim holder sees it. */
  ValueBuffer ownerBuffer() {
    return (ValueBuffer) BUFFER.get(this);
  }

  /** The buffer as a reader sees it (acquire). */
  ValueBuffer readerBuffer() {
    return (ValueBuffer) BUFFER.getAcquire(this);
  }

  /** Installs a fresh buffer; claim held. Release: whatever the holder did before (a hand-off) is seen with it. */
  void install(ValueBuffer fresh) {
    BUFFER.setRelease(this, fresh);
  }

  /** Takes the stripe for good, waiting for the current holder's few instructions; for closing only. */
  void close() {
    while (!CLAIM.compareAndSet(this, FREE, CLOSED)) {
      if ((int) CLAIM.getOpaque(this) == CLOSED) {
        return;
      }
      Thread.yield();
    }
  }

  long footprintBytes() {
    return 16 + 8L * 32 + 8;
  }
}
